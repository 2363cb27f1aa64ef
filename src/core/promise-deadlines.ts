/**
 * When the targets of a promise, a complaint stage or an access offer fall due, for
 * something received at a given moment; and which calendar they count on.
 * @module
 */
import type { Calendar, Charter, CharterPromise, Duration, PromiseKind, PromiseTarget } from './charter-model.js';
import { deadline } from './deadline.js';
import type { Schedule, Target } from './schedule-types.js';

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

const boundAt = (schedule: Schedule, duration: Duration | undefined, start: Date): Date | undefined =>
  duration && deadline(schedule, coreTarget(duration), start);

/**
 * The deadlines of targets in order, each clock starting at `receivedAt` (`countedFrom:
 * "receipt"`) or at the previous target's `within` deadline (`"previous"`; its start when
 * it has none). Throws a RangeError when the schedule has no open time or working day to
 * count on (see `deadline`).
 */
export function targetDeadlines(
  schedule: Schedule,
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
 * The calendar a promise counts on: its channel's hours, else its service's, else the
 * charter's default `hours`, else the organisation's `workingCalendar`.
 */
export function promiseCalendar(charter: Charter, promise: CharterPromise): Calendar | undefined {
  const channel = promise.channel ? charter.channels.find((c) => c.id === promise.channel) : undefined;
  const service = promise.service ? charter.services.find((s) => s.id === promise.service) : undefined;
  return channel?.hours ?? service?.hours ?? charter.hours ?? charter.workingCalendar;
}

/**
 * The calendar for things that belong to no channel (complaints, organisation-wide
 * promises): the organisation's `workingCalendar`, else the default `hours`.
 */
export const organisationCalendar = (charter: Charter): Calendar | undefined =>
  charter.workingCalendar ?? charter.hours;

/**
 * The deadlines of a promise's targets for something received at `receivedAt`, on the
 * calendar it counts on; a target of elapsed time needs only a time zone, so the
 * charter's is used when no calendar applies. Undefined when a target counts working days
 * or business hours and no calendar applies.
 */
export function promiseDeadlines(
  charter: Charter,
  promise: CharterPromise,
  receivedAt: Date,
): TargetDeadline[] | undefined {
  const calendar = promiseCalendar(charter, promise);
  const open = promise.targets.some((t) => [t.within, t.atLeast, t.atMost].some((d) => d && countsOpenTime(d)));
  if (!calendar && open) return undefined;
  return targetDeadlines(calendar ?? { timeZone: charter.timeZone, weekly: {} }, promise.targets, receivedAt);
}
