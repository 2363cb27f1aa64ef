/**
 * service-charter: element classes and types, with no side effects.
 * Import `service-charter/define` (or `service-charter/define/<tag>`) to register the elements.
 * @module
 */
export { ServiceCharter } from './components/service-charter/service-charter.js';
export { ServicePromise } from './components/service-promise/service-promise.js';
export { ServiceElement } from './components/service-element.js';
export { charterContext, type CharterContextValue } from './context/charter-context.js';
export type { Clock } from './context/clock.js';
export { stringsFor, type PluralForms, type Strings } from './strings/index.js';
export { en } from './strings/en.js';
export { cy } from './strings/cy.js';
export * from './core/index.js';
