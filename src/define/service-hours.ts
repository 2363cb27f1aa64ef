import { ServiceHours } from '../components/service-hours/service-hours.js';
import { define } from './define.js';

define('service-hours', ServiceHours);
