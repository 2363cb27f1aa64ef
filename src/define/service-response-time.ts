import { ServiceResponseTime } from '../components/service-response-time/service-response-time.js';
import { defineElement } from './define.js';

defineElement('service-response-time', ServiceResponseTime);
