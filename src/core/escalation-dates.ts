/**
 * When a complaint may be taken to an escalation body: from `after` (e.g. 8 weeks after the
 * complaint) until `within` (e.g. 12 months after it), for a given starting moment.
 * @module
 */
import type { Charter, Escalation, EscalationPeriod } from './charter-model.js';
import { deadline } from './deadline.js';
import { coreTarget, organisationCalendar } from './promise-deadlines.js';
import { instantOf } from './schedule-days.js';
import { DAY_MS, civilFromDays, daysFromCivil, instantToWall, wallToInstant } from './time-zone.js';

/**
 * The same local wall-clock time `months` calendar months later; a day missing from the
 * shorter month becomes its last day (31 January + 1 month = 28 or 29 February).
 */
function monthsLater(timeZone: string, from: Date, months: number): Date {
  const wall = instantToWall(timeZone, instantOf(from, 'from'));
  const day = Math.floor(wall / DAY_MS);
  const timeOfDay = wall - day * DAY_MS;
  const { year, month, day: date } = civilFromDays(day);
  const index = year * 12 + (month - 1) + months;
  const [targetYear, targetMonth] = [Math.floor(index / 12), (index % 12) + 1];
  const lastDay = daysFromCivil(targetYear + (targetMonth === 12 ? 1 : 0), (targetMonth % 12) + 1, 1) - 1;
  const targetDay = Math.min(daysFromCivil(targetYear, targetMonth, date), lastDay);
  return new Date(wallToInstant(timeZone, targetDay * DAY_MS + timeOfDay));
}

/** A period after `from`: calendar months at the same clock time, or a duration on the complaints calendar. */
function periodEnd(charter: Charter, period: EscalationPeriod, from: Date): Date {
  if ('months' in period) return monthsLater(charter.timeZone, from, period.months);
  const schedule = organisationCalendar(charter) ?? { timeZone: charter.timeZone, weekly: {} };
  return deadline(schedule, coreTarget(period), from);
}

/**
 * From when and until when a complaint made at `from` may go to an escalation body:
 * `from` is absent without an `after`, `until` without a `within`. Throws a RangeError when a
 * working-day or business-hour period has no calendar to count on.
 */
export function escalationWindow(charter: Charter, body: Escalation, from: Date): { opens?: Date; closes?: Date } {
  return {
    ...(body.after ? { opens: periodEnd(charter, body.after, from) } : {}),
    ...(body.within ? { closes: periodEnd(charter, body.within, from) } : {}),
  };
}
