/**
 * Dates in words, "Tuesday 24 November", from Intl or from a language's own names (the words
 * for instants and wall times are in when-words.ts).
 */
import { WEEKDAYS } from '../core/schedule-types.js';
import { localDateOf, weekdayOf } from '../core/time-zone.js';
import { fill, intlSpeaks } from './format.js';
import { formatDate, formatWeekday, sameLocalYear } from './time-format.js';

/** Names for writing dates where the browser's Intl does not know the language. */
export interface DateNames {
  weekdayNames: readonly string[];
  monthNames: readonly string[];
  /** `{weekday}`, `{day}`, `{month}` (and `{year}`). */
  dateFormat: string;
  dateFormatWithYear: string;
}

/** A date in full, "Tuesday 24 November" (with the year when not `today`'s), from Intl or from `names`. */
export function fullDate(at: Date, timeZone: string, lang: string, names: DateNames, today?: Date): string {
  if (intlSpeaks(lang)) return formatDate(at, timeZone, lang, today);
  const date = localDateOf(timeZone, at);
  const withYear = today !== undefined && !sameLocalYear(at, today, timeZone);
  return fill(withYear ? names.dateFormatWithYear : names.dateFormat, {
    weekday: weekdayName(at, timeZone, lang, names),
    day: Number(date.slice(8, 10)),
    month: names.monthNames[Number(date.slice(5, 7)) - 1],
    year: date.slice(0, 4),
  });
}

/** The weekday of an instant, "Monday", from Intl or from `names`. */
export function weekdayName(at: Date, timeZone: string, lang: string, names: DateNames): string {
  if (intlSpeaks(lang)) return formatWeekday(at, timeZone, lang);
  return names.weekdayNames[WEEKDAYS.indexOf(weekdayOf(localDateOf(timeZone, at)))];
}

/** A local date (`YYYY-MM-DD`) in full: "Friday 25 December". */
export function formatLocalDate(date: string, lang: string, names: DateNames): string {
  return fullDate(new Date(`${date}T12:00:00Z`), 'UTC', lang, names);
}
