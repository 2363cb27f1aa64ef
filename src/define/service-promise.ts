import { ServicePromise } from '../components/service-promise/service-promise.js';
import { defineElement } from './define.js';

defineElement('service-promise', ServicePromise);
