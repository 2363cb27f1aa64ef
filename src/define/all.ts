// Registers every service-charter element.
import './service-charter.js';
import './service-promise.js';
import './service-wait-time.js';
