import { ServiceComplaintForm } from '../components/service-complaint-form/service-complaint-form.js';
import { define } from './define.js';

define('service-complaint-form', ServiceComplaintForm);
