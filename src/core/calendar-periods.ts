/**
 * Dated periods of a calendar ("winter hours from 31 October to 1 May", "Christmas hours")
 * that touch a stretch of dates, for saying so next to the hours.
 * @module
 */
import type { LocalDate, Schedule, SchedulePeriod } from './schedule-types.js';

/** The periods that overlap `from` to `to` (local dates, both included), in date order. */
export function periodsBetween(schedule: Schedule, from: LocalDate, to: LocalDate): SchedulePeriod[] {
  return (schedule.periods ?? [])
    .filter((period) => period.from <= to && period.to >= from)
    .sort((a, b) => (a.from < b.from ? -1 : 1));
}
