import { ServiceWaitTime } from '../components/service-wait-time/service-wait-time.js';
import { defineElement } from './define.js';

defineElement('service-wait-time', ServiceWaitTime);
