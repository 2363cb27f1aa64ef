/**
 * Opening hours (docs/schedules-and-targets.md): a date's intervals, working days, whether a service is open
 * at an instant and when that changes, and the open periods ahead.
 * @module
 */
import {
  compile,
  hoursOn,
  instantOf,
  isWorkingDayNumber,
  mergedOpenRanges,
  openRangesOn,
  type InstantRange,
} from './schedule-days.js';
import type { Interval, LocalDate, Schedule } from './schedule-types.js';
import { DAY_MS, localDateToDays } from './time-zone.js';

/** A stretch of open time: open from `opens` (inclusive) until `closes` (exclusive). */
export interface OpenPeriod {
  opens: Date;
  closes: Date;
}

/** Whether a service is open at an instant, and the next instant that changes (null: not within 366 days). */
export interface OpenState {
  open: boolean;
  changesAt: Date | null;
}

/** How far ahead `openState` and `nextOpenings` look. */
const LOOK_AHEAD_DAYS = 366;

const toPeriod = ([start, end]: InstantRange): OpenPeriod => ({ opens: new Date(start), closes: new Date(end) });

/**
 * The intervals of a local date: `special[date]` when present (`[]` = closed), else none
 * when the date is a holiday, else the weekday's intervals (none if the weekday is missing).
 */
export function intervalsOn(schedule: Schedule, date: LocalDate): readonly Interval[] {
  return hoursOn(compile(schedule), localDateToDays(date)).intervals;
}

/** True when a local date has at least one interval. */
export function isWorkingDay(schedule: Schedule, date: LocalDate): boolean {
  return isWorkingDayNumber(compile(schedule), localDateToDays(date));
}

/**
 * A local date's intervals as instants, each clipped to the instants whose local date is
 * that date ("24:00" is the start of the next day), sorted, empty ones dropped. Wall times
 * resolve like Temporal's `compatible`, so the service is open at t exactly when t is in
 * one of the periods of t's local date.
 */
export function openPeriodsOn(schedule: Schedule, date: LocalDate): OpenPeriod[] {
  return openRangesOn(compile(schedule), localDateToDays(date)).map(toPeriod);
}

/**
 * The open periods that overlap `[from, until)`, clipped to it, in order; touching or
 * overlapping intervals merge into one period, across midnight too.
 */
export function* openPeriods(schedule: Schedule, from: Date, until: Date): Generator<OpenPeriod> {
  for (const range of mergedOpenRanges(compile(schedule), instantOf(from, 'from'), instantOf(until, 'until')))
    yield toPeriod(range);
}

/**
 * Whether the service is open at `at`, and `changesAt`: the next instant the state actually
 * changes (touching intervals merge, across midnight too), or null if it does not change
 * within 366 days after `at`.
 */
export function openState(schedule: Schedule, at: Date): OpenState {
  const time = instantOf(at, 'at');
  const horizon = time + LOOK_AHEAD_DAYS * DAY_MS;
  // Ranges are clipped to [time, horizon + 1 ms), so an end past the horizon reads as horizon + 1.
  const first = mergedOpenRanges(compile(schedule), time, horizon + 1).next();
  if (first.done) return { open: false, changesAt: null };
  const [start, end] = first.value;
  const open = start === time;
  const changesAt = open ? end : start;
  return { open, changesAt: changesAt <= horizon ? new Date(changesAt) : null };
}

/** The next `count` open periods that begin after `from` (within 366 days; a period running past that is clipped). */
export function nextOpenings(schedule: Schedule, from: Date, count: number): OpenPeriod[] {
  const time = instantOf(from, 'from');
  const openings: OpenPeriod[] = [];
  if (count <= 0) return openings;
  for (const range of mergedOpenRanges(compile(schedule), time, time + LOOK_AHEAD_DAYS * DAY_MS)) {
    if (range[0] === time) continue;
    openings.push(toPeriod(range));
    if (openings.length === count) break;
  }
  return openings;
}
