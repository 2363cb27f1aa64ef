import { withBankHolidays } from './bank-holidays.js';
import { holidaysFromGovUk } from './gov-uk-holidays.js';
import { childPath } from './problems.js';
import type { Calendar } from './charter-model.js';
import { DURATION_MAXIMA, LIST_MAXIMA, WHOLE_UNITS, grouped, tooLong, type DurationUnit } from './limits.js';
import type { ProblemLog } from './problems.js';
import {
  collectFields,
  isObject,
  oneOf,
  optional,
  readFields,
  readObject,
  readString,
  readText,
  required,
  strictListOf,
  type Reader,
} from './readers.js';
import {
  WEEKDAYS,
  wallMinutes,
  type Interval,
  type Schedule,
  type SchedulePeriod,
  type Target,
  type Weekday,
} from './schedule-types.js';
import { localDateToDays, parseLocalDate } from './time-zone.js';

const WALL_TIME = /^(?:([01]\d|2[0-3]):([0-5]\d)|24:00)$/;
/** True for a real calendar date written `YYYY-MM-DD`. */
export const isLocalDate = (value: unknown): value is string =>
  typeof value === 'string' && !Number.isNaN(parseLocalDate(value));

export const readLocalDate: Reader<string> = (value, path, log) =>
  isLocalDate(value) ? value : log.add(path, 'must be a date written YYYY-MM-DD');

let canonicalZones: ReadonlySet<string> | undefined;

/**
 * Whether Intl knows the time zone. The canonical names are looked up first: building a
 * formatter to ask would cost a page its first Intl setup, tens of milliseconds.
 */
function isKnownTimeZone(name: string): boolean {
  canonicalZones ??= new Set(Intl.supportedValuesOf?.('timeZone'));
  if (canonicalZones.has(name)) return true;
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

export const readTimeZone: Reader<string> = (value, path, log) =>
  typeof value === 'string' && value !== '' && isKnownTimeZone(value)
    ? value
    : log.add(path, 'must be an IANA time zone name such as "Europe/London"');

/** A day's intervals: `HH:MM` pairs, each close after its open, sorted, not overlapping. */
export const readDayIntervals: Reader<Interval[]> = (value, path, log) => {
  if (!Array.isArray(value)) return log.add(path, 'must be a list of ["HH:MM", "HH:MM"] intervals ([] = closed)');
  const long = tooLong(value, LIST_MAXIMA.intervals);
  if (long) return log.add(path, long);
  let valid = true;
  let previousClose = -1;
  Array.from(value).forEach((interval, index) => {
    const at = childPath(path, index);
    const pair =
      Array.isArray(interval) &&
      interval.length === 2 &&
      // Array.from: a hole is read as undefined, not skipped.
      Array.from(interval as unknown[]).every((t) => typeof t === 'string' && WALL_TIME.test(t));
    if (!pair) {
      valid = log.add(at, 'must be a pair of 24-hour times ["HH:MM", "HH:MM"] ("24:00" = end of day)') ?? false;
      return;
    }
    const [open, close] = interval.map(wallMinutes);
    if (close <= open) valid = log.add(at, 'must close after it opens') ?? false;
    else if (open < previousClose)
      valid = log.add(at, 'must start after the previous interval closes (sorted, no overlap)') ?? false;
    previousClose = Math.max(previousClose, close);
  });
  return valid ? (value as Interval[]) : undefined;
};

const readWeekly: Reader<Schedule['weekly']> = (value, path, log) => {
  const object = readObject(value, path, log);
  if (!object) return undefined;
  const weekly: Partial<Record<Weekday, Interval[]>> = {};
  let valid = true;
  for (const [day, intervals] of Object.entries(object)) {
    if (!WEEKDAYS.includes(day as Weekday)) {
      valid = log.add(childPath(path, day), `is not a weekday: use ${WEEKDAYS.join(', ')}`) ?? false;
      continue;
    }
    const read = readDayIntervals(intervals, childPath(path, day), log);
    if (read) weekly[day as Weekday] = read;
    else valid = false;
  }
  return valid ? weekly : undefined;
};

const readSpecial: Reader<Record<string, Interval[]>> = (value, path, log) => {
  const object = readObject(value, path, log);
  if (!object) return undefined;
  const long = tooLong(Object.keys(object), LIST_MAXIMA.dates);
  if (long) return log.add(path, long.replace('entries', 'dates'));
  let valid = true;
  for (const [date, intervals] of Object.entries(object)) {
    if (!isLocalDate(date))
      valid = log.add(childPath(path, date), 'must be keyed by a date written YYYY-MM-DD') ?? false;
    else if (!readDayIntervals(intervals, childPath(path, date), log)) valid = false;
  }
  return valid ? (object as Record<string, Interval[]>) : undefined;
};

/** Bank holidays from the GOV.UK JSON feed: a URL, or the feed inline, for one division. */
export interface GovUkHolidaySource {
  division: string;
  url?: string;
  data?: unknown;
  /** Set once resolved: the division's dates, already added to `holidays` (url and data are then dropped). */
  dates?: readonly string[];
  /** Set when the `url` could not be loaded: what went wrong. The schedule is used without them. */
  error?: string;
}

const readGovUkSource: Reader<GovUkHolidaySource> = (value, path, log) => {
  const source = readFields<Omit<GovUkHolidaySource, 'dates' | 'error'>>(value, path, log, {
    division: required(readString),
    url: optional((v, p, l) =>
      typeof v === 'string' && /^https?:\/\//i.test(v) ? v : l.add(p, 'must be an http(s) URL'),
    ),
    data: optional((v, p, l) => (isObject(v) ? v : l.add(p, 'must be the GOV.UK bank-holidays JSON object'))),
  });
  if (source && !source.url && !source.data) return log.add(path, 'needs a "url" or inline "data"');
  return source;
};

export type ScheduleInput = Omit<Schedule, 'holidays'> & {
  holidays?: readonly string[];
  bankHolidays?: GovUkHolidaySource;
};

const readHolidays = /* @__PURE__ */ strictListOf(readLocalDate, LIST_MAXIMA.dates);

const readPeriod: Reader<SchedulePeriod> = (value, path, log) => {
  const period = readFields<SchedulePeriod>(value, path, log, {
    from: required(readLocalDate),
    to: required(readLocalDate),
    weekly: required(readWeekly),
    name: optional(readText),
  });
  if (!period) return undefined;
  const days = localDateToDays(period.to) - localDateToDays(period.from) + 1;
  if (days < 1) return log.add(childPath(path, 'to'), 'must be on or after "from"');
  if (days > LIST_MAXIMA.periodDays)
    return log.add(childPath(path, 'to'), `must be at most ${LIST_MAXIMA.periodDays} days after "from"`);
  return period;
};

const readPeriods: Reader<SchedulePeriod[]> = (value, path, log) => {
  const periods = strictListOf(readPeriod, LIST_MAXIMA.periods)(value, path, log);
  if (!periods) return undefined;
  const byStart = periods
    .map((period, index) => ({ period, index }))
    .sort((a, b) => (a.period.from < b.period.from ? -1 : 1));
  let valid = true;
  byStart.slice(1).forEach(({ period, index }, order) => {
    const before = byStart[order].period;
    if (period.from <= before.to)
      valid = log.add(childPath(path, index), `overlaps the period from ${before.from} to ${before.to}`) ?? false;
  });
  return valid ? periods : undefined;
};

/** Working weekdays written without hours: each is a whole working day. */
const readWorkingDays: Reader<Schedule['weekly']> = (value, path, log) => {
  const days = strictListOf(oneOf(WEEKDAYS), WEEKDAYS.length)(value, path, log);
  if (!days) return undefined;
  if (new Set(days).size !== days.length) return log.add(path, 'must not name a weekday twice');
  return Object.fromEntries(days.map((day) => [day, [['00:00', '24:00']] as Interval[]]));
};

type CalendarFields = Omit<Calendar, 'id' | 'workingDaysOnly' | 'timeZone'> & {
  timeZone?: string;
  days?: Schedule['weekly'];
};

/**
 * A calendar reader. Format 1 schedules have `timeZone`, `weekly`, `holidays`, `special`
 * and `bankHolidays`; format 2 adds `periods`, `holidaysUntil`, and `days` in place of
 * `weekly` for working days without hours, and takes `timeZone` from the charter's.
 */
export function calendarReader(format: 1 | 2, defaultTimeZone?: string): Reader<Calendar> {
  const v2 = format === 2;
  const none: Reader<never> = (_v, p, l) => l.add(p, 'is not a known field');
  return (value, path, log) => {
    const read = collectFields<CalendarFields>(value, path, log, {
      timeZone: defaultTimeZone ? optional(readTimeZone) : required(readTimeZone),
      weekly: v2 ? optional(readWeekly) : required(readWeekly),
      days: optional(v2 ? readWorkingDays : none),
      holidays: optional(readHolidays),
      holidaysUntil: optional(v2 ? readLocalDate : none),
      special: optional(readSpecial),
      periods: optional(v2 ? readPeriods : none),
      bankHolidays: optional(readGovUkSource),
    });
    if (!read?.complete) return undefined;
    const { days, weekly, timeZone = defaultTimeZone, ...rest } = read.fields;
    if (v2 && (days === undefined) === (weekly === undefined)) {
      const either = isObject(value) && ('days' in value || 'weekly' in value);
      return either && days && weekly
        ? log.add(path, 'must have "weekly" (opening hours) or "days" (working days without hours), not both')
        : either
          ? undefined
          : log.add(childPath(path, 'weekly'), 'is required (or "days" for working days without hours)');
    }
    const calendar: Calendar = { timeZone: timeZone!, weekly: (weekly ?? days)!, ...rest };
    if (days) calendar.workingDaysOnly = true;
    return withInlineBankHolidays(calendar, path, log);
  };
}

/** Inline bank-holiday `data` merged into `holidays` now; a `url` is left to the loader. */
function withInlineBankHolidays(calendar: Calendar, path: string, log: ProblemLog): Calendar {
  const source = calendar.bankHolidays;
  if (!source?.data) return calendar;
  try {
    return withBankHolidays(calendar, holidaysFromGovUk(source.data, source.division));
  } catch (error) {
    log.add(childPath(childPath(path, 'bankHolidays'), 'data'), (error as Error).message);
    return { ...calendar, bankHolidays: undefined };
  }
}

/**
 * Reads a schedule given on its own (an element's `schedule` property): a format 2
 * calendar with its own `timeZone`. Inline bank-holiday `data` is merged into `holidays`.
 */
export const readSchedule: Reader<Calendar> = /* @__PURE__ */ calendarReader(2);

/** Reads the amount of one unit of time, within its documented maximum. */
function readAmount(unit: DurationUnit, value: unknown, path: string, log: ProblemLog): number | undefined {
  const whole = WHOLE_UNITS.has(unit);
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || (whole && !Number.isInteger(value)))
    return log.add(path, `must be ${whole ? 'a whole number' : 'a number'} ≥ 0`);
  const max = DURATION_MAXIMA[unit];
  return value <= max ? value : log.add(path, `must be at most ${grouped(max)} (see the limits)`);
}

/**
 * A duration: an object with exactly one of `units` and an amount within its maximum.
 * Unknown keys are each reported, e.g. `target.percent: is not a known unit`.
 */
export function durationReader<T>(units: readonly DurationUnit[]): Reader<T> {
  const list = units.join(', ');
  return (value, path, log) => {
    const object = readObject(value, path, log);
    if (!object) return undefined;
    const keys = Object.keys(object);
    const known = keys.filter((key) => (units as readonly string[]).includes(key)) as DurationUnit[];
    for (const key of keys)
      if (!known.includes(key as DurationUnit))
        log.add(childPath(path, key), `is not a known unit: use one of ${list}`);
    if (known.length !== 1) return log.add(path, `must have exactly one of ${list}`);
    const [unit] = known;
    const amount = readAmount(unit, object[unit], childPath(path, unit), log);
    return amount === undefined || keys.length !== 1 ? undefined : ({ [unit]: amount } as T);
  };
}

const TARGET_UNITS: readonly DurationUnit[] = ['minutes', 'hours', 'days', 'weeks', 'businessHours', 'workingDays'];
export const DURATION_UNITS: readonly DurationUnit[] = ['seconds', ...TARGET_UNITS];

/** A format 1 target with exactly one known key; `seconds` is allowed only where `allowSeconds`. */
export const targetReader = <T = Target>(allowSeconds: boolean): Reader<T> =>
  durationReader<T>(allowSeconds ? DURATION_UNITS : TARGET_UNITS);
