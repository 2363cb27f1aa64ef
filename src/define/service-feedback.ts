import { ServiceFeedback } from '../components/service-feedback/service-feedback.js';
import { defineElement } from './define.js';

defineElement('service-feedback', ServiceFeedback);
