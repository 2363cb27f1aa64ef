import { ServicePerformance } from '../components/service-performance/service-performance.js';
import { defineElement } from './define.js';

defineElement('service-performance', ServicePerformance);
