import { ServiceComplaintForm } from '../components/service-complaint-form/service-complaint-form.js';
import { defineElement } from './define.js';

defineElement('service-complaint-form', ServiceComplaintForm);
