/**
 * service-charter: element classes and types, with no side effects.
 * Import `service-charter/define` (or `service-charter/define/<tag>`) to register the elements.
 * @module
 */
export { ServiceCharter } from './components/service-charter/service-charter.js';
export { ServicePromise } from './components/service-promise/service-promise.js';
export { ServiceHours } from './components/service-hours/service-hours.js';
export { ServiceResponseTime } from './components/service-response-time/service-response-time.js';
export { ServicePerformance } from './components/service-performance/service-performance.js';
export { ServiceWaitTime } from './components/service-wait-time/service-wait-time.js';
export * from './controllers/feed/index.js';
export { ServiceElement } from './components/service-element.js';
export { CharterLoadEvent } from './events/charter-load.js';
export { ServiceComplaintForm } from './components/service-complaint-form/service-complaint-form.js';
export type { DraftStorageKind } from './controllers/draft-store.js';
export * from './events/complaint-events.js';
export { charterContext, type CharterContextValue } from './context/charter-context.js';
export { fixedClock, systemClock, type Clock } from './context/clock.js';
export { stringsFor, stringsIn, type PluralForms, type Strings, type StringTables } from './strings/index.js';
export type * from './strings/element-strings.js';
export type { CharterStrings } from './strings/charter.js';
export type { CommonStrings } from './strings/common.js';
export type { ComplaintFormStrings } from './strings/complaint-form.js';
export type { FiguresStrings } from './strings/figures.js';
export type { HoursStrings } from './strings/hours.js';
export type { PerformanceStrings } from './strings/performance.js';
export type { PolicyStrings } from './strings/policy.js';
export type { WaitStrings } from './strings/wait.js';
// Each area's built-in tables ({ en, cy }), for tooling or to build an element's overrides.
export * as charterStrings from './strings/charter.js';
export * as commonStrings from './strings/common.js';
export * as complaintFormStrings from './strings/complaint-form.js';
export * as figuresStrings from './strings/figures.js';
export * as hoursStrings from './strings/hours.js';
export * as performanceStrings from './strings/performance.js';
export * as policyStrings from './strings/policy.js';
export * as waitStrings from './strings/wait.js';
export { en } from './strings/en.js';
export { cy } from './strings/cy.js';
export * from './core/index.js';
