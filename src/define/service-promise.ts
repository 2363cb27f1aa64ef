import { ServicePromise } from '../components/service-promise/service-promise.js';
import { define } from './define.js';

define('service-promise', ServicePromise);
