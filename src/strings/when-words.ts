/**
 * Instants and wall times in words for the hours and response-time elements:
 * "at 5pm", "tomorrow at 9am", "Monday at 9am", "Tuesday 29 December at 9am".
 * Apart from time-words.ts, whose dates the charter's notices use without these.
 */
import type { Interval, WallTime } from '../core/schedule-types.js';
import { DAY_MS, instantToWall, localDateOf } from '../core/time-zone.js';
import { fill } from './format.js';
import { daysBetween, formatTime } from './time-format.js';
import { fullDate, weekdayName, type DateNames } from './time-words.js';

/** Templates for an instant today, tomorrow and later; `{time}`, `{day}` and `{date}` are filled. */
export interface WhenTemplates {
  today: string;
  tomorrow: string;
  later: string;
  midnight: string;
}

export interface WhenOptions {
  /** An end (a closing, a deadline): 00:00 reads as midnight at the end of the day before. */
  end?: boolean;
  /** Name only the weekday (not the date) for a day 2–6 days ahead. */
  weekday?: boolean;
}

const isMidnight = (at: Date, timeZone: string): boolean => instantToWall(timeZone, +at) % DAY_MS === 0;

/** An instant in words relative to `now`, in the schedule's time zone. */
export function whenInWords(
  at: Date,
  now: Date,
  timeZone: string,
  lang: string,
  templates: WhenTemplates,
  names: DateNames,
  options: WhenOptions = {},
): string {
  const midnight = isMidnight(at, timeZone);
  // The end of a day at 00:00 belongs to the day before: "closes at midnight" tonight.
  const day = midnight && options.end ? new Date(+at - 1) : at;
  const time = midnight ? templates.midnight : formatTime(at, timeZone, lang);
  const ahead = daysBetween(now, day, timeZone);
  if (ahead <= 0) return fill(templates.today, { time });
  if (ahead === 1) return fill(templates.tomorrow, { time });
  const name =
    options.weekday && ahead < 7 ? weekdayName(day, timeZone, lang, names) : fullDate(day, timeZone, lang, names, now);
  return fill(templates.later, { time, day: name, date: name });
}

/** A wall time in words: "9am", "5:30pm" (English) or "09:00"; "00:00" and "24:00" as midnight. */
export function formatWallTime(time: WallTime, lang: string, midnight: string): string {
  if (time === '24:00' || time === '00:00') return midnight;
  return formatTime(new Date(`2000-01-01T${time}:00Z`), 'UTC', lang);
}

/** A day's intervals in words: "9am to 12:30pm, 1:30pm to 5pm", or `allDay` for 00:00–24:00. */
export function intervalsInWords(
  intervals: readonly Interval[],
  lang: string,
  strings: { interval: string; midnight: string; open24Hours: string },
): string {
  if (intervals.length === 1 && intervals[0][0] === '00:00' && intervals[0][1] === '24:00') return strings.open24Hours;
  return intervals
    .map(([open, close]) =>
      fill(strings.interval, {
        open: formatWallTime(open, lang, strings.midnight),
        close: formatWallTime(close, lang, strings.midnight),
      }),
    )
    .join(', ');
}

/** Whether two instants fall on the same local date in a zone. */
export const sameLocalDate = (a: Date, b: Date, timeZone: string): boolean =>
  localDateOf(timeZone, a) === localDateOf(timeZone, b);
