/**
 * Whether a calendar's holidays are known for a stretch of dates, so a page may say "no
 * holidays in the next 30 days" only when that is known to be true.
 * @module
 */
import type { Calendar } from './charter-model.js';
import type { LocalDate } from './schedule-types.js';

/**
 * The last date up to which the calendar's holidays are known: the later of its
 * `holidaysUntil` and the end of the last year its bank-holiday feed lists (GOV.UK lists
 * every bank holiday of each year it covers). Undefined when neither is known — a
 * `holidays` list alone says which dates are closed, not that no others are.
 */
export function holidaysKnownUntil(calendar: Calendar): LocalDate | undefined {
  const feedDates = calendar.bankHolidays?.dates ?? [];
  const feedEnd = feedDates.length ? `${feedDates.reduce((a, b) => (a > b ? a : b)).slice(0, 4)}-12-31` : undefined;
  const ends = [calendar.holidaysUntil, feedEnd].filter((end): end is string => !!end);
  return ends.length ? ends.reduce((a, b) => (a > b ? a : b)) : undefined;
}

/** True when the calendar's holidays are known on every date from `from` to `to` (local dates, both included). */
export function holidaysCover(calendar: Calendar, from: LocalDate, to: LocalDate): boolean {
  const until = holidaysKnownUntil(calendar);
  return until !== undefined && from <= to && to <= until;
}
