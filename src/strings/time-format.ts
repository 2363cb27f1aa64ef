/**
 * Dates and times in words, in a schedule's time zone, with Intl. English times read
 * the way UK public services write them ("5pm", "9:30am"); other languages use Intl's own.
 * Which local date an instant falls on comes from the core (`localDateOf`), never from
 * parsing one locale's formatted output, which differs between engines and ICU versions.
 */
import { DAY_MS, localDateOf } from '../core/time-zone.js';
import { dateTimeFormat } from './format.js';

// Plain "en" would write dates the US way; UK public services are the main users.
const formatter = (lang: string, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat =>
  dateTimeFormat(lang === 'en' ? 'en-GB' : lang, timeZone, options);

/** A clock time: "5pm", "9:30am" in English; e.g. "17:00" in Welsh. */
export function formatTime(at: Date, timeZone: string, lang: string): string {
  if (!lang.startsWith('en'))
    return formatter(lang, timeZone, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(at);
  const clock = formatter('en-GB', timeZone, { hour: 'numeric', minute: '2-digit', hourCycle: 'h12' }).format(at);
  // "5:00 pm" → "5pm", "9:30 a.m." → "9:30am": without spaces, dots or ":00", in lower case.
  return clock.replace(/[\s.]|:00/g, '').toLowerCase();
}

/** A date in full: "Tuesday 24 November". The year is added when it is not `today`'s. */
export function formatDate(at: Date, timeZone: string, lang: string, today?: Date): string {
  const withYear = today !== undefined && !sameLocalYear(at, today, timeZone);
  const options: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long' };
  if (withYear) options.year = 'numeric';
  return formatter(lang, timeZone, options).format(at).replace(',', '');
}

/** The weekday name of an instant: "Monday". */
export function formatWeekday(at: Date, timeZone: string, lang: string): string {
  return formatter(lang, timeZone, { weekday: 'long' }).format(at);
}

/** Whole local days from `from`'s date to `to`'s date (0 = same day, 1 = tomorrow). */
export const daysBetween = (from: Date, to: Date, timeZone: string): number =>
  (Date.parse(localDateOf(timeZone, to)) - Date.parse(localDateOf(timeZone, from))) / DAY_MS;

/** Whether two instants fall in the same local year in a zone. */
export const sameLocalYear = (a: Date, b: Date, timeZone: string): boolean =>
  localDateOf(timeZone, a).slice(0, 4) === localDateOf(timeZone, b).slice(0, 4);

/** The time zone's generic name, e.g. "United Kingdom Time", for saying which clock times use. */
export function timeZoneName(timeZone: string, lang: string, at: Date): string {
  const parts = formatter(lang, timeZone, { timeZoneName: 'longGeneric' }).formatToParts(at);
  return parts.find((p) => p.type === 'timeZoneName')?.value ?? timeZone;
}

/** The visitor's own time zone, as the browser reports it. */
export const visitorTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;
