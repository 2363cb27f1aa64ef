import { ServiceResponseTime } from '../components/service-response-time/service-response-time.js';
import { define } from './define.js';

define('service-response-time', ServiceResponseTime);
