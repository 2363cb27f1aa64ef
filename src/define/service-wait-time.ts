import { ServiceWaitTime } from '../components/service-wait-time/service-wait-time.js';
import { define } from './define.js';

define('service-wait-time', ServiceWaitTime);
