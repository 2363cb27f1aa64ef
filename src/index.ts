/**
 * service-charter: element classes and types, with no side effects.
 * Import `service-charter/define` (or `service-charter/define/<tag>`) to register the elements.
 * @module
 */
export { ServiceCharter } from './components/service-charter/service-charter.js';
export { ServicePromise } from './components/service-promise/service-promise.js';
export { ServiceElement } from './components/service-element.js';
export { charterContext, type CharterContextValue } from './context/charter-context.js';
export { stringsFor, type Strings } from './strings/index.js';
export * from './core/index.js';
