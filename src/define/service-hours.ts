import { ServiceHours } from '../components/service-hours/service-hours.js';
import { defineElement } from './define.js';

defineElement('service-hours', ServiceHours);
