/**
 * When the targets of a promise, a complaint stage or an access offer fall due, for
 * something received at a given moment.
 * @module
 */
import type { Charter, CharterPromise, Duration, PromiseKind, PromiseTarget } from './charter-model.js';
import { deadline } from './deadline.js';
import { promiseCalendars } from './promise-calendars.js';
import type { Schedule, Target } from './schedule-types.js';

export { calendarsFor, organisationCalendar, promiseCalendars } from './promise-calendars.js';

/** A duration as the core's `Target`: seconds become fractional minutes. */
export const coreTarget = (duration: Duration): Target =>
  'seconds' in duration ? { minutes: duration.seconds / 60 } : duration;

/** True for durations counted on opening hours or working days, not elapsed time. */
export const countsOpenTime = (duration: Duration): boolean => 'businessHours' in duration || 'workingDays' in duration;

/** The deadlines of one target; each is absent when the target has no such bound. */
export interface TargetDeadline {
  kind: PromiseKind;
  target: PromiseTarget;
  /** Where this target's clock started. */
  start: Date;
  /** The `within` deadline (the end of a range). */
  due?: Date;
  /** The `atLeast` bound: the start of a range, or the earliest moment a notice may end. */
  earliest?: Date;
  /** The `atMost` bound: the latest an extension may go to. */
  latest?: Date;
}

/** The schedule to count a duration on: one for all, or one chosen by the duration's unit. */
export type ScheduleChoice = Schedule | ((duration: Duration) => Schedule);

const boundAt = (choice: ScheduleChoice, duration: Duration | undefined, start: Date): Date | undefined =>
  duration && deadline(typeof choice === 'function' ? choice(duration) : choice, coreTarget(duration), start);

/**
 * The deadlines of targets in order, each clock starting at `receivedAt` (`countedFrom:
 * "receipt"`) or at the previous target's `within` deadline (`"previous"`; its start when
 * it has none). Throws a RangeError when the schedule has no open time or working day to
 * count on (see `deadline`).
 */
export function targetDeadlines(
  schedule: ScheduleChoice,
  targets: readonly PromiseTarget[],
  receivedAt: Date,
): TargetDeadline[] {
  const result: TargetDeadline[] = [];
  for (const target of targets) {
    const previous = result.at(-1);
    const start = target.countedFrom === 'previous' && previous ? (previous.due ?? previous.start) : receivedAt;
    const due = boundAt(schedule, target.within, start);
    const earliest = boundAt(schedule, target.atLeast, start);
    const latest = boundAt(schedule, target.atMost, start);
    result.push({
      kind: target.kind,
      target,
      start,
      ...(due ? { due } : {}),
      ...(earliest ? { earliest } : {}),
      ...(latest ? { latest } : {}),
    });
  }
  return result;
}

/**
 * The deadlines of a promise's targets for something received at `receivedAt`: business
 * hours on its opening hours, everything else on its working-day calendar (a target of
 * elapsed time needs only a time zone: the charter's when no calendar applies).
 * Undefined when a target needs a calendar that does not apply.
 */
export function promiseDeadlines(
  charter: Charter,
  promise: CharterPromise,
  receivedAt: Date,
): TargetDeadline[] | undefined {
  const { workingDays, openingHours } = promiseCalendars(charter, promise);
  const elapsed: Schedule = workingDays ?? openingHours ?? { timeZone: charter.timeZone, weekly: {} };
  const durations = promise.targets.flatMap((t) => [t.within, t.atLeast, t.atMost]);
  const missing = durations.some(
    (d) => d && (('businessHours' in d && !openingHours) || ('workingDays' in d && !workingDays)),
  );
  if (missing) return undefined;
  const choose = (duration: Duration): Schedule =>
    'businessHours' in duration ? openingHours! : 'workingDays' in duration ? workingDays! : elapsed;
  return targetDeadlines(choose, promise.targets, receivedAt);
}
