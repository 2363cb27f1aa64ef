/**
 * The strings each element bundles and accepts in its `strings` property: its own area
 * plus the shared areas it shows. Types only, so importing this costs nothing.
 */
import type { CharterStrings } from './charter.js';
import type { CommonStrings } from './common.js';
import type { ComplaintFormStrings } from './complaint-form.js';
import type { FeedbackStrings } from './feedback.js';
import type { FiguresStrings } from './figures.js';
import type { HoursStrings } from './hours.js';
import type { ImprovementStrings } from './improvements.js';
import type { PerformanceStrings } from './performance.js';
import type { PolicyStrings } from './policy.js';
import type { PromiseStrings } from './promises.js';
import type { ScorecardStrings } from './scorecard.js';
import type { WaitStrings } from './wait.js';

/** `<service-promise>`: a promise's target and its latest figure. */
export type ServicePromiseStrings = PolicyStrings & PromiseStrings & FiguresStrings & CommonStrings;
/** `<service-charter>`: its own, plus its promises' (overrides are passed on to them). */
export type ServiceCharterStrings = CharterStrings & CommonStrings & ServicePromiseStrings & ImprovementStrings;
/** `<service-hours>` and `<service-response-time>` share the opening-hours strings. */
export type ServiceHoursStrings = HoursStrings & CommonStrings;
export type ServiceResponseTimeStrings = ServiceHoursStrings &
  PromiseStrings &
  Pick<PolicyStrings, 'targets' | 'sameWorkingDay'>;
export type ServicePerformanceStrings = PerformanceStrings & FiguresStrings & CommonStrings;
export type ServiceComplaintFormStrings = ComplaintFormStrings & PolicyStrings & PromiseStrings;
export type ServiceWaitTimeStrings = WaitStrings;
/** `<service-you-said-we-did>`: its own, and how a month is named. */
export type ServiceYouSaidWeDidStrings = ImprovementStrings & Pick<FiguresStrings, 'quarter' | 'months'>;
/** `<service-scorecard>`: its own, the figures' and the performance table's. */
export type ServiceScorecardStrings = ScorecardStrings & PerformanceStrings & FiguresStrings;
/** `<service-feedback>`: its own strings (the shared form words included). */
export type ServiceFeedbackStrings = FeedbackStrings;
