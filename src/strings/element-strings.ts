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
import type { PerformanceStrings } from './performance.js';
import type { PolicyStrings } from './policy.js';
import type { PromiseStrings } from './promises.js';
import type { WaitStrings } from './wait.js';

/** `<service-promise>`: a promise's target and its latest figure. */
export type ServicePromiseStrings = PolicyStrings & PromiseStrings & FiguresStrings & CommonStrings;
/** `<service-charter>`: its own, plus its promises' (overrides are passed on to them). */
export type ServiceCharterStrings = CharterStrings & CommonStrings & ServicePromiseStrings;
/** `<service-hours>` and `<service-response-time>` share the opening-hours strings. */
export type ServiceHoursStrings = HoursStrings & CommonStrings;
export type ServiceResponseTimeStrings = ServiceHoursStrings &
  PromiseStrings &
  Pick<PolicyStrings, 'targets' | 'sameWorkingDay'>;
export type ServicePerformanceStrings = PerformanceStrings & FiguresStrings & CommonStrings;
export type ServiceComplaintFormStrings = ComplaintFormStrings & PolicyStrings & PromiseStrings;
export type ServiceWaitTimeStrings = WaitStrings;
/** `<service-feedback>`: its own strings (the shared form words included). */
export type ServiceFeedbackStrings = FeedbackStrings;
