import { ServiceCharter } from '../components/service-charter/service-charter.js';
import { defineElement } from './define.js';
import './service-promise.js';

defineElement('service-charter', ServiceCharter);
