import { ServicePerformance } from '../components/service-performance/service-performance.js';
import { define } from './define.js';

define('service-performance', ServicePerformance);
