import { ServiceYouSaidWeDid } from '../components/service-you-said-we-did/service-you-said-we-did.js';
import { defineElement } from './define.js';

defineElement('service-you-said-we-did', ServiceYouSaidWeDid);
