import { ServiceCharter } from '../components/service-charter/service-charter.js';
import { define } from './define.js';
import './service-promise.js';

define('service-charter', ServiceCharter);
