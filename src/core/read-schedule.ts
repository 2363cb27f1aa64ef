import { withBankHolidays } from './bank-holidays.js';
import { holidaysFromGovUk } from './gov-uk-holidays.js';
import { childPath } from './problems.js';
import { isObject, readFields, readList, readObject, readString, required, optional, type Reader } from './readers.js';
import { WEEKDAYS, wallMinutes, type Interval, type Schedule, type Target, type Weekday } from './schedule-types.js';

const WALL_TIME = /^(?:([01]\d|2[0-3]):([0-5]\d)|24:00)$/;
const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written `YYYY-MM-DD`. */
export function isLocalDate(value: unknown): value is string {
  const match = typeof value === 'string' && LOCAL_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export const readLocalDate: Reader<string> = (value, path, log) =>
  isLocalDate(value) ? value : log.add(path, 'must be a date written YYYY-MM-DD');

export const readTimeZone: Reader<string> = (value, path, log) => {
  if (typeof value === 'string' && value !== '') {
    try {
      new Intl.DateTimeFormat('en', { timeZone: value });
      return value;
    } catch {
      /* reported below */
    }
  }
  return log.add(path, 'must be an IANA time zone name such as "Europe/London"');
};

/** A day's intervals: `HH:MM` pairs, each close after its open, sorted, not overlapping. */
export const readDayIntervals: Reader<Interval[]> = (value, path, log) => {
  if (!Array.isArray(value)) return log.add(path, 'must be a list of ["HH:MM", "HH:MM"] intervals ([] = closed)');
  let valid = true;
  let previousClose = -1;
  value.forEach((interval, index) => {
    const at = childPath(path, index);
    const pair = Array.isArray(interval) && interval.length === 2 && interval.every((t) => WALL_TIME.test(String(t)));
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

const readScheduleFields: Reader<ScheduleInput> = (value, path, log) =>
  readFields<ScheduleInput>(value, path, log, {
    timeZone: required(readTimeZone),
    weekly: required(readWeekly),
    holidays: optional((v, p, l) => {
      const dates = readList(v, p, l, readLocalDate);
      return Array.isArray(v) && dates.length === v.length ? dates : undefined;
    }),
    special: optional(readSpecial),
    bankHolidays: optional(readGovUkSource),
  });

/**
 * Reads a schedule (docs/charter-format.md, Schedules), with optional GOV.UK `bankHolidays` beside `holidays`.
 * Inline bank-holiday `data` is merged into `holidays` here; a `url` is left to the loader.
 */
export const readSchedule: Reader<ScheduleInput> = (value, path, log) => {
  const schedule = readScheduleFields(value, path, log);
  const source = schedule?.bankHolidays;
  if (!schedule || !source?.data) return schedule;
  try {
    return withBankHolidays(schedule, holidaysFromGovUk(source.data, source.division));
  } catch (error) {
    log.add(childPath(childPath(path, 'bankHolidays'), 'data'), (error as Error).message);
    return { ...schedule, bankHolidays: undefined };
  }
};

const TARGET_KINDS: Record<string, { whole: boolean }> = {
  seconds: { whole: false },
  minutes: { whole: false },
  hours: { whole: false },
  days: { whole: true },
  weeks: { whole: true },
  businessHours: { whole: false },
  workingDays: { whole: true },
};

/** A target with exactly one known key; `seconds` is allowed only where `allowSeconds`. */
export function targetReader<T = Target>(allowSeconds: boolean): Reader<T> {
  const kinds = Object.keys(TARGET_KINDS).filter((kind) => allowSeconds || kind !== 'seconds');
  return (value, path, log) => {
    const object = readObject(value, path, log);
    if (!object) return undefined;
    const keys = Object.keys(object);
    if (keys.length !== 1 || !kinds.includes(keys[0])) {
      return log.add(path, `must have exactly one of ${kinds.join(', ')}`);
    }
    const [kind] = keys;
    const amount = object[kind];
    const whole = TARGET_KINDS[kind].whole;
    if (typeof amount === 'number' && Number.isFinite(amount) && amount >= 0 && (!whole || Number.isInteger(amount))) {
      return object as T;
    }
    return log.add(childPath(path, kind), `must be ${whole ? 'a whole number' : 'a number'} ≥ 0`);
  };
}
