/**
 * Deadlines for targets (docs/schedules-and-targets.md, Targets): elapsed time, calendar days, open hours and working days.
 * @module
 */
import {
  SEARCH_LIMIT_DAYS,
  compile,
  instantOf,
  isWorkingDayNumber,
  lastCloseOn,
  nextWorkingDay,
  openRangesOn,
  type CompiledSchedule,
} from './schedule-days.js';
import type { Schedule, Target, TargetKind } from './schedule-types.js';
import { DAY_MS, HOUR_MS, MINUTE_MS, instantToWall, localDayOf, startOfLocalDay, wallToInstant } from './time-zone.js';
import { regularRun } from './regular-runs.js';
import { DURATION_MAXIMA } from './limits.js';

const WHOLE_KINDS: ReadonlySet<TargetKind> = new Set(['days', 'weeks', 'workingDays']);
const KINDS: ReadonlySet<string> = new Set<TargetKind>([
  'minutes',
  'hours',
  'days',
  'weeks',
  'businessHours',
  'workingDays',
]);

/**
 * The largest amount of each kind of target `deadline` accepts: the charter's own maxima
 * (two years of each; 520 working days). Beyond these it throws a RangeError.
 */
export const TARGET_MAXIMA: Readonly<Record<TargetKind, number>> = {
  minutes: DURATION_MAXIMA.minutes,
  hours: DURATION_MAXIMA.hours,
  days: DURATION_MAXIMA.days,
  weeks: DURATION_MAXIMA.weeks,
  businessHours: DURATION_MAXIMA.businessHours,
  workingDays: DURATION_MAXIMA.workingDays,
};

/** The latest instant a Date can hold (±100,000,000 days from 1970). */
const LAST_INSTANT = 8.64e15;

/** The target's kind and amount; a RangeError for anything but one known kind with an amount from 0 to its maximum. */
function readTarget(target: Target): [TargetKind, number] {
  const keys = Object.keys(target ?? {});
  if (keys.length !== 1 || !KINDS.has(keys[0]))
    throw new RangeError(`A target needs exactly one of ${[...KINDS].join(', ')}`);
  const kind = keys[0] as TargetKind;
  const amount = (target as Record<string, unknown>)[kind];
  const whole = WHOLE_KINDS.has(kind);
  if (typeof amount !== 'number' || !Number.isFinite(amount) || amount < 0 || (whole && !Number.isInteger(amount))) {
    throw new RangeError(`target.${kind} must be ${whole ? 'a whole number' : 'a number'} ≥ 0`);
  }
  if (amount > TARGET_MAXIMA[kind]) throw new RangeError(`target.${kind} must be at most ${TARGET_MAXIMA[kind]}`);
  return [kind, amount];
}

/**
 * The same local wall-clock time (to the ms) `days` days later, resolved like Temporal's
 * `compatible`; 0 days is the same instant, as in Temporal's `ZonedDateTime#add`.
 */
const sameWallTimeLater = (timeZone: string, time: number, days: number): number =>
  days === 0 ? time : wallToInstant(timeZone, instantToWall(timeZone, time) + days * DAY_MS);

/**
 * The instant at which `duration` ms of open time have passed, counting from `time` (or the
 * next opening). Runs of ordinary days are counted at once (see `regularRun`), so even two
 * years of open hours on a schedule open one hour a week take a few thousand steps.
 */
function afterOpenTime(schedule: CompiledSchedule, time: number, duration: number): number {
  let remaining = duration;
  let cursor = time;
  let closedDays = 0;
  const firstDay = localDayOf(schedule.timeZone, time);
  // Days after one that could not be counted in a run (a clock change or a special date) are walked one by one.
  let walkUntil = firstDay + 1;
  for (let day = firstDay; closedDays <= SEARCH_LIMIT_DAYS; day++) {
    for (
      let start = day < walkUntil ? NaN : startOfLocalDay(schedule.timeZone, day);
      day >= walkUntil;
      start = cursor
    ) {
      const run = regularRun(schedule, day, start, remaining);
      if (run.days > 0) {
        remaining -= run.openMs;
        cursor = start + run.days * DAY_MS;
        day += run.days;
        closedDays = 0;
      }
      walkUntil = day + run.walk;
    }
    closedDays++;
    for (const [start, end] of openRangesOn(schedule, day)) {
      if (end <= cursor) continue;
      closedDays = 0;
      const from = Math.max(start, cursor);
      // `<=`: landing exactly on a closing time gives that closing time.
      if (remaining <= end - from) return from + remaining;
      remaining -= end - from;
      cursor = end;
    }
  }
  throw new RangeError(
    `No open time within ${SEARCH_LIMIT_DAYS} days after ${new Date(cursor).toISOString()} in this schedule`,
  );
}

/**
 * The last closing instant of the n-th working day after S, where S is the local date of
 * `time` if that is a working day and `time` is before its last closing instant, else the
 * next working day.
 */
function afterWorkingDays(schedule: CompiledSchedule, time: number, count: number): number {
  const today = localDayOf(schedule.timeZone, time);
  let day =
    isWorkingDayNumber(schedule, today) && time < lastCloseOn(schedule, today)
      ? today
      : nextWorkingDay(schedule, today);
  for (let step = 0; step < count; step++) day = nextWorkingDay(schedule, day);
  return lastCloseOn(schedule, day);
}

function deadlineTime(schedule: Schedule, target: Target, time: number): number {
  const [kind, amount] = readTarget(target);
  switch (kind) {
    case 'minutes':
      return time + Math.round(amount * MINUTE_MS);
    case 'hours':
      return time + Math.round(amount * HOUR_MS);
    case 'days':
      return sameWallTimeLater(schedule.timeZone, time, amount);
    case 'weeks':
      return sameWallTimeLater(schedule.timeZone, time, 7 * amount);
    case 'businessHours':
      return afterOpenTime(compile(schedule), time, Math.round(amount * HOUR_MS));
    case 'workingDays':
      return afterWorkingDays(compile(schedule), time, amount);
  }
}

/**
 * The deadline for something received at `receivedAt` (docs/schedules-and-targets.md, Targets): minutes and hours of
 * elapsed time; days and weeks at the same local wall-clock time; businessHours of open time
 * (from the next opening when closed; landing on a closing time gives that time);
 * workingDays to the last closing time of the n-th working day after the start day.
 * Throws a RangeError for an invalid target or date, an amount beyond `TARGET_MAXIMA`, a
 * deadline beyond the dates a Date can hold, or when the schedule has no open time or
 * working day within 5 years. Never returns an Invalid Date.
 */
export function deadline(schedule: Schedule, target: Target, receivedAt: Date): Date {
  return dateOf(deadlineTime(schedule, target, instantOf(receivedAt, 'receivedAt')));
}

/** A valid Date of an instant; a RangeError when the deadline lies beyond what a Date can hold. */
function dateOf(time: number): Date {
  if (!(Math.abs(time) <= LAST_INSTANT)) throw new RangeError('The deadline is past the last valid Date');
  return new Date(time);
}

/**
 * Deadlines of targets in sequence, each clock starting at the previous deadline (e.g. a
 * complaint's acknowledgement, then its response): one deadline per target.
 */
export function chainDeadlines(schedule: Schedule, targets: readonly Target[], start: Date): Date[] {
  let time = instantOf(start, 'start');
  return targets.map((target) => dateOf((time = deadlineTime(schedule, target, time))));
}
