// Registers every service-charter element.
import './service-charter.js';
import './service-promise.js';
import './service-hours.js';
import './service-response-time.js';
import './service-performance.js';
import './service-complaint-form.js';
import './service-wait-time.js';
import './service-scorecard.js';
import './service-you-said-we-did.js';
import './service-feedback.js';
