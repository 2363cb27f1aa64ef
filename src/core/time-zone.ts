/**
 * Instants ↔ local wall-clock time in an IANA time zone, using only the platform's
 * `Intl.DateTimeFormat`; local dates as whole days since 1970-01-01, through `Date`'s UTC fields.
 *
 * A "wall" value is a local date and time written as milliseconds since 1970-01-01T00:00
 * local, so `Math.floor(wall / DAY_MS)` is the local date as days since the epoch.
 * @module
 */
import { WEEKDAYS, type LocalDate, type Weekday } from './schedule-types.js';

export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a proleptic Gregorian date; a day or month past its end runs on into the next. */
export function daysFromCivil(year: number, month: number, day: number): number {
  // setUTCFullYear, not Date.UTC: it reads years 0–99 as written, not as 1900–1999.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime() / DAY_MS;
}

/** The proleptic Gregorian date of a day count since 1970-01-01. */
export function civilFromDays(days: number): { year: number; month: number; day: number } {
  const date = new Date(days * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** Day of the week of a day count since 1970-01-01: 0 = Monday … 6 = Sunday (1970-01-01 was a Thursday). */
export const weekdayIndex = (days: number): number => (((days + 3) % 7) + 7) % 7;

/** The `YYYY-MM-DD` date of a day count since 1970-01-01 (ISO 8601 `±YYYYYY-MM-DD` outside years 0–9999). */
export const formatLocalDate = (days: number): LocalDate => new Date(days * DAY_MS).toISOString().slice(0, -14);

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 of a `YYYY-MM-DD` date, or `NaN` if it is not a real date. */
export function parseLocalDate(date: string): number {
  const match = LOCAL_DATE.exec(date);
  if (!match) return NaN;
  const days = daysFromCivil(Number(match[1]), Number(match[2]), Number(match[3]));
  // A date that does not exist (2026-02-30) runs on into another, which is written differently.
  return formatLocalDate(days) === date ? days : NaN;
}

/** Days since 1970-01-01 of a `YYYY-MM-DD` date; a RangeError if it is not a real date. */
export function localDateToDays(date: LocalDate): number {
  const days = parseLocalDate(date);
  if (Number.isNaN(days)) throw new RangeError(`"${date}" is not a date written YYYY-MM-DD`);
  return days;
}

/** The local date `days` days after (or before, if negative) a `YYYY-MM-DD` date. */
export const addDays = (date: LocalDate, days: number): LocalDate => formatLocalDate(localDateToDays(date) + days);

/** The weekday of a `YYYY-MM-DD` date. */
export const weekdayOf = (date: LocalDate): Weekday => WEEKDAYS[weekdayIndex(localDateToDays(date))];

const offsetFormats = new Map<string, (instant: number) => string>();
/** The offset as Intl writes it after the date: "GMT+05:45", "GMT-00:01:15" (local mean time), "GMT" for UTC in some engines. */
const OFFSET = /GMT(?:([+-])(\d\d):(\d\d)(?::(\d\d))?)?/;

/** The zone's UTC offset (wall − instant, in ms) in force at an instant. */
export function zoneOffsetMs(timeZone: string, instant: number): number {
  let format = offsetFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' }).format;
    offsetFormats.set(timeZone, format);
  }
  const [, sign, hours = 0, minutes = 0, seconds = 0] = OFFSET.exec(format(instant))!;
  return (sign === '-' ? -1 : 1) * (Number(hours) * HOUR_MS + Number(minutes) * MINUTE_MS + Number(seconds) * 1000);
}

const clockFormats = new Map<string, (instant: number) => string>();

/**
 * The local time of day of an instant, `HH:mm`: about twice as fast as `zoneOffsetMs`, for
 * telling whether the offset changed between two instants a whole number of days apart.
 */
export function localClockTime(timeZone: string, instant: number): string {
  let format = clockFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', hour: '2-digit', minute: '2-digit' })
      .format;
    clockFormats.set(timeZone, format);
  }
  return format(instant);
}

/** The local wall time (ms since 1970-01-01T00:00 local) of an instant (ms since the epoch). */
export const instantToWall = (timeZone: string, instant: number): number => instant + zoneOffsetMs(timeZone, instant);

/**
 * The instant of a local wall time, disambiguated like Temporal's `compatible`: in a
 * repeated hour the earlier instant; in a skipped hour the time moves forward by the gap.
 */
export function wallToInstant(timeZone: string, wall: number): number {
  const offsetBefore = zoneOffsetMs(timeZone, wall - DAY_MS);
  const offsetAfter = zoneOffsetMs(timeZone, wall + DAY_MS);
  const candidates = [offsetBefore, offsetAfter]
    .filter((offset, index) => index === 0 || offset !== offsetBefore)
    .map((offset) => wall - offset)
    .filter((instant) => instantToWall(timeZone, instant) === wall);
  // No candidate: the wall time was skipped, so read it with the offset from before the gap.
  return candidates.length ? Math.min(...candidates) : wall - offsetBefore;
}

const MAX_CACHED_DAYS = 4096;
const dayStarts = new Map<string, Map<number, number>>();

/** The first instant of a local date (days since 1970-01-01): its 00:00, or the end of a gap over midnight. Memoised. */
export function startOfLocalDay(timeZone: string, days: number): number {
  let starts = dayStarts.get(timeZone);
  if (!starts) dayStarts.set(timeZone, (starts = new Map()));
  let start = starts.get(days);
  if (start === undefined) {
    if (starts.size >= MAX_CACHED_DAYS) starts.clear();
    start = wallToInstant(timeZone, days * DAY_MS);
    starts.set(days, start);
  }
  return start;
}

/** The local date (days since 1970-01-01) of an instant. */
export const localDayOf = (timeZone: string, instant: number): number =>
  Math.floor(instantToWall(timeZone, instant) / DAY_MS);

/** The local `YYYY-MM-DD` date of an instant in a time zone, for every layer that names a date. */
export const localDateOf = (timeZone: string, at: Date): LocalDate => formatLocalDate(localDayOf(timeZone, +at));
