/**
 * When a notice starts and ends: a local date (the whole day, in the charter's time zone)
 * or an ISO instant with its offset.
 * @module
 */
import { isLocalDate } from './read-schedule.js';
import type { Reader } from './readers.js';
import { localDateToDays, startOfLocalDay } from './time-zone.js';

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/;

export const readNoticeTime: Reader<string> = (value, path, log) =>
  isLocalDate(value) || (typeof value === 'string' && INSTANT.test(value) && !Number.isNaN(Date.parse(value)))
    ? value
    : log.add(path, 'must be a date (YYYY-MM-DD) or an instant with its offset (2027-01-08T17:00:00Z)');

/**
 * The instant a notice time stands for: a date's first moment for a `start`, the first
 * moment after it (the date is included whole) for an `end`.
 */
export function noticeInstant(text: string, timeZone: string, edge: 'start' | 'end'): number {
  if (!isLocalDate(text)) return Date.parse(text);
  return startOfLocalDay(timeZone, localDateToDays(text) + (edge === 'end' ? 1 : 0));
}
