/**
 * Internal: a schedule compiled to integers (local dates as days since 1970-01-01, times as
 * minutes), each local date's opening intervals as instants, and merged open ranges.
 * @module
 */
import { WEEKDAYS, wallMinutes, type Interval, type Schedule } from './schedule-types.js';
import {
  DAY_MS,
  MINUTE_MS,
  formatLocalDate,
  localDayOf,
  parseLocalDate,
  startOfLocalDay,
  wallToInstant,
  weekdayIndex,
} from './time-zone.js';

/** A half-open range of instants `[start, end)` in ms since the epoch. */
export type InstantRange = [number, number];

/** A day's intervals as written, and as minutes since local midnight (1440 = "24:00"). */
export interface DayHours {
  intervals: readonly Interval[];
  minutes: readonly (readonly [number, number])[];
}

export interface CompiledSchedule {
  timeZone: string;
  /** Indexed by weekday, 0 = Monday. */
  weekly: readonly DayHours[];
  holidays: ReadonlySet<number>;
  /**
   * Dates with their own hours: the schedule's `special` dates, and every date of a dated
   * period that is neither special nor a holiday (with that period's weekday hours).
   */
  special: ReadonlyMap<number, DayHours>;
  /** The schedule's own `special` dates. */
  ownSpecial: ReadonlySet<number>;
  /** Each date a dated period covers: the index of the first period covering it. */
  periodOf: ReadonlyMap<number, number>;
}

/** How far the core looks for the next working day or open time before giving up. */
export const SEARCH_LIMIT_DAYS = 5 * 366;

/** The time of a Date in ms; a RangeError naming the argument when it is not a valid Date. */
export function instantOf(date: Date, name: string): number {
  const time = date instanceof Date ? date.getTime() : NaN;
  if (Number.isNaN(time)) throw new RangeError(`${name} must be a valid Date`);
  return time;
}

const dayHours = (intervals: readonly Interval[] = []): DayHours => ({
  intervals,
  minutes: intervals.map(([open, close]) => [wallMinutes(open), wallMinutes(close)] as const),
});

/** Calls `see` with every value a compiled schedule depends on, in order, while it returns true. */
function everyValue(schedule: Schedule, see: (value: unknown) => boolean): boolean {
  const intervalsSeen = (intervals: readonly Interval[] | undefined) =>
    see(intervals?.length) && (intervals ?? []).every(([open, close]) => see(open) && see(close));
  if (!see(schedule.timeZone) || !WEEKDAYS.every((weekday) => intervalsSeen(schedule.weekly?.[weekday]))) return false;
  if (!(schedule.holidays ?? []).every(see) || !see('|')) return false;
  const special = schedule.special ?? {};
  if (!Object.keys(special).every((date) => see(date) && intervalsSeen(special[date])) || !see('|')) return false;
  return (schedule.periods ?? []).every(
    (period) =>
      see(period.from) && see(period.to) && WEEKDAYS.every((weekday) => intervalsSeen(period.weekly?.[weekday])),
  );
}

const compiled = new WeakMap<Schedule, { source: unknown[]; result: CompiledSchedule }>();

/** The schedule compiled to integers, cached by identity and compiled again if it was changed in place. */
export function compile(schedule: Schedule): CompiledSchedule {
  const cached = compiled.get(schedule);
  let index = 0;
  if (cached && everyValue(schedule, (value) => value === cached.source[index++]) && index === cached.source.length) {
    return cached.result;
  }
  const source: unknown[] = [];
  everyValue(schedule, (value) => source.push(value) > 0);
  const holidays = new Set((schedule.holidays ?? []).map(parseLocalDate));
  const result = {
    timeZone: schedule.timeZone,
    weekly: WEEKDAYS.map((weekday) => dayHours(schedule.weekly?.[weekday])),
    holidays,
    ...datedHours(schedule, holidays),
  };
  compiled.set(schedule, { source, result });
  return result;
}

/**
 * The special dates, and the dates of dated periods as special dates with their period's
 * weekday hours, except where a special date or a holiday decides the date (a holiday
 * inside "winter hours" stays closed). At most 100 periods of 366 days each.
 */
function datedHours(
  schedule: Schedule,
  holidays: ReadonlySet<number>,
): Pick<CompiledSchedule, 'special' | 'ownSpecial' | 'periodOf'> {
  const special = new Map(
    Object.entries(schedule.special ?? {}).map(([date, intervals]) => [parseLocalDate(date), dayHours(intervals)]),
  );
  const ownSpecial = new Set(special.keys());
  const periodOf = new Map<number, number>();
  (schedule.periods ?? []).forEach((period, index) => {
    const weekly = WEEKDAYS.map((weekday) => dayHours(period.weekly?.[weekday]));
    for (let day = parseLocalDate(period.from), last = parseLocalDate(period.to); day <= last; day++) {
      if (periodOf.has(day)) continue;
      periodOf.set(day, index);
      if (!ownSpecial.has(day) && !holidays.has(day)) special.set(day, weekly[weekdayIndex(day)]);
    }
  });
  return { special, ownSpecial, periodOf };
}

const CLOSED = dayHours([]);

/**
 * The hours of a local date: its special hours (its own, or its dated period's), else none
 * on a holiday, else its weekday's.
 */
export function hoursOn(schedule: CompiledSchedule, day: number): DayHours {
  return schedule.special.get(day) ?? (schedule.holidays.has(day) ? CLOSED : schedule.weekly[weekdayIndex(day)]);
}

export const isWorkingDayNumber = (schedule: CompiledSchedule, day: number): boolean =>
  hoursOn(schedule, day).minutes.length > 0;

/** The first working day after `day`; a RangeError when there is none within the search limit. */
export function nextWorkingDay(schedule: CompiledSchedule, day: number): number {
  for (let next = day + 1; next <= day + SEARCH_LIMIT_DAYS; next++) {
    if (isWorkingDayNumber(schedule, next)) return next;
  }
  throw new RangeError(
    `No working day within ${SEARCH_LIMIT_DAYS} days after ${formatLocalDate(day)} in this schedule`,
  );
}

/**
 * The instant of a wall time on a local date, clipped to the date's own instants
 * `[start of day, start of next day]` unless `clip` is false; minute 1440 ("24:00") is the
 * start of the next day.
 */
export function instantOnDay(timeZone: string, day: number, minute: number, clip = true): number {
  const dayStart = startOfLocalDay(timeZone, day);
  const nextDayStart = startOfLocalDay(timeZone, day + 1);
  if (minute === 0) return dayStart;
  if (minute === 1440) return nextDayStart;
  const wall = day * DAY_MS + minute * MINUTE_MS;
  const offsetAtStart = day * DAY_MS - dayStart;
  // The same offset at both ends: no transition that day, so every wall time uses it.
  if (offsetAtStart === (day + 1) * DAY_MS - nextDayStart) return wall - offsetAtStart;
  const instant = wallToInstant(timeZone, wall);
  return clip ? Math.min(Math.max(instant, dayStart), nextDayStart) : instant;
}

/** A local date's non-empty opening ranges as instants, clipped to the date, sorted by start. */
export function openRangesOn(schedule: CompiledSchedule, day: number): InstantRange[] {
  const ranges: InstantRange[] = [];
  for (const [open, close] of hoursOn(schedule, day).minutes) {
    const start = instantOnDay(schedule.timeZone, day, open);
    const end = instantOnDay(schedule.timeZone, day, close);
    if (end > start) ranges.push([start, end]);
  }
  // A skipped hour can map a later wall time to an earlier instant.
  return ranges.sort((a, b) => a[0] - b[0]);
}

/**
 * The last closing time of a working day (its last interval's close, as written) resolved
 * as an instant, unclipped: a close that a clock change pushes past midnight stays there.
 * Not always the latest closing instant: a close inside a skipped hour moves forward past
 * a later interval's.
 */
export function lastCloseOn(schedule: CompiledSchedule, day: number): number {
  return instantOnDay(schedule.timeZone, day, hoursOn(schedule, day).minutes.at(-1)![1], false);
}

/**
 * The merged open ranges (touching or overlapping ranges join, across midnight too) that
 * overlap `[from, until)`, clipped to it, in order.
 */
export function* mergedOpenRanges(schedule: CompiledSchedule, from: number, until: number): Generator<InstantRange> {
  let pending: InstantRange | undefined;
  const lastDay = localDayOf(schedule.timeZone, until - 1);
  for (let day = localDayOf(schedule.timeZone, from); day <= lastDay; day++) {
    for (const [rangeStart, rangeEnd] of openRangesOn(schedule, day)) {
      const start = Math.max(rangeStart, from);
      const end = Math.min(rangeEnd, until);
      if (end <= start) continue;
      if (pending && start <= pending[1]) {
        pending[1] = Math.max(pending[1], end);
      } else {
        if (pending) yield pending;
        pending = [start, end];
      }
    }
  }
  if (pending) yield pending;
}
