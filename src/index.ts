/**
 * service-charter: the element classes, their events and types, registration and the charter
 * reader, with no side effects. Import `service-charter/define` (or
 * `service-charter/define/<tag>`) to register the elements under their own names, or
 * `defineElement` to register a class under a tag name of your own, in any order.
 * Schedules, deadlines and figures without a DOM: `service-charter/core`. Staffing
 * arithmetic: `service-charter/erlang-c`.
 * @module
 */

// The elements.
export { ServiceCharter } from './components/service-charter/service-charter.js';
export { ServicePromise } from './components/service-promise/service-promise.js';
export { ServiceHours } from './components/service-hours/service-hours.js';
export { ServiceResponseTime } from './components/service-response-time/service-response-time.js';
export { ServicePerformance } from './components/service-performance/service-performance.js';
export { ServiceWaitTime } from './components/service-wait-time/service-wait-time.js';
export { ServiceComplaintForm } from './components/service-complaint-form/service-complaint-form.js';
export { ServiceScorecard } from './components/service-scorecard/service-scorecard.js';
export { ServiceYouSaidWeDid } from './components/service-you-said-we-did/service-you-said-we-did.js';
export { ServiceFeedback } from './components/service-feedback/service-feedback.js';
export { ServiceElement } from './components/service-element.js';

// Registration.
export { defineElement } from './define/define.js';

// Events.
export { CharterLoadEvent } from './events/charter-load.js';
export {
  ComplaintFailedEvent,
  ComplaintSentEvent,
  ComplaintSubmitEvent,
  type ComplaintOutcome,
} from './events/complaint-events.js';
export { FeedbackFailedEvent, FeedbackSentEvent, FeedbackSubmitEvent } from './events/feedback-events.js';
export {
  SubmitFailedEvent,
  SubmitRequestEvent,
  type SubmitFailedReason,
  type SubmitOutcome,
} from './events/submit-event.js';

// Context and time, for elements of your own inside a <service-charter>.
export { charterContext, type CharterContextValue } from './context/charter-context.js';
export { fixedClock, systemClock, type Clock } from './context/clock.js';

// The charter: reading it, and the types of the elements' properties.
export { parseCharter, readCharter } from './core/parse-charter.js';
export { CharterError, type Problem } from './core/problems.js';
export type * from './core/charter-types.js';
export type * from './core/schedule-types.js';
export type { LocalizedText } from './core/text.js';
export type { ComplaintBody, ComplaintFields, ComplaintKind } from './core/complaint.js';
export type { FeedbackBody, FeedbackFields, FeedbackSubject } from './core/feedback.js';
export type { FiguresDocument, PerformanceFigures } from './core/performance-figures.js';
export type { DraftStorageKind } from './controllers/draft-store.js';
export type { FeedOptions, FeedSnapshot, FeedStatus } from './controllers/feed/feed-connection.js';
export type { BackoffPolicy } from './core/backoff.js';
export type { ChannelFigures, FeedDocument } from './core/feed.js';

// Strings: every element's built-in tables, and their types for overrides.
export { stringsFor, type PluralForms, type Strings, type StringTables } from './strings/index.js';
export type * from './strings/element-strings.js';
export type { CharterStrings } from './strings/charter.js';
export type { CommonStrings } from './strings/common.js';
export type { ComplaintFormStrings } from './strings/complaint-form.js';
export type { FeedbackStrings } from './strings/feedback.js';
export type { FiguresStrings } from './strings/figures.js';
export type { FormWords } from './strings/form-words.js';
export type { HoursStrings } from './strings/hours.js';
export type { ImprovementStrings } from './strings/improvements.js';
export type { PerformanceStrings } from './strings/performance.js';
export type { PolicyStrings } from './strings/policy.js';
export type { ScorecardStrings } from './strings/scorecard.js';
export type { WaitStrings } from './strings/wait.js';
export type { KindPhrases, Nouns, PromiseStrings } from './strings/promises.js';
// Each area's built-in tables ({ en, cy }), for tooling or to build an element's overrides.
export {
  charterStrings,
  commonStrings,
  complaintFormStrings,
  feedbackStrings,
  figuresStrings,
  formWords,
  hoursStrings,
  improvementStrings,
  performanceStrings,
  policyStrings,
  promiseStrings,
  scorecardStrings,
  waitStrings,
} from './strings/areas.js';
export { en } from './strings/en.js';
export { cy } from './strings/cy.js';
