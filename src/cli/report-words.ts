/**
 * Words and times for the command line's reports: amounts with their units, singular or
 * plural ("1 working day", "2 working days"), and moments in a schedule's time zone.
 * @module
 */
import type { Duration, EscalationPeriod } from '../core/charter-types.js';

const UNITS: Record<string, [string, string]> = {
  seconds: ['second', 'seconds'],
  minutes: ['minute', 'minutes'],
  hours: ['hour', 'hours'],
  days: ['day', 'days'],
  weeks: ['week', 'weeks'],
  businessHours: ['business hour', 'business hours'],
  workingDays: ['working day', 'working days'],
  months: ['month', 'months'],
};

/** "1 working day", "2.5 business hours": an amount with its unit, singular only for exactly 1. */
export const amountWords = (duration: Duration | EscalationPeriod): string =>
  Object.entries(duration)
    .map(([unit, amount]: [string, number]) => {
      const [one, many] = UNITS[unit] ?? [unit, unit];
      return `${amount} ${amount === 1 ? one : many}`;
    })
    .join(', ');

/** "Mon 23 Nov 2026 09:00 GMT": a moment in a schedule's time zone, unambiguous for a person. */
export function formatMoment(at: Date, timeZone: string, parts: 'date' | 'time' | 'both' = 'both'): string {
  const options: Intl.DateTimeFormatOptions = { timeZone, hourCycle: 'h23' };
  if (parts !== 'time') Object.assign(options, { weekday: 'short', day: '2-digit', month: 'short', year: 'numeric' });
  if (parts !== 'date') Object.assign(options, { hour: '2-digit', minute: '2-digit', timeZoneName: 'short' });
  return new Intl.DateTimeFormat('en-GB', options).format(at).replace(/,/g, '');
}

/** A deadline: "Mon 23 Nov 2026 17:00 GMT", or "end of Mon 23 Nov 2026" for midnight at the end of a day. */
export function deadlineMoment(at: Date, timeZone: string): string {
  if (formatMoment(at, timeZone, 'time').startsWith('00:00')) {
    return `end of ${formatMoment(new Date(at.getTime() - 1), timeZone, 'date')}`;
  }
  return formatMoment(at, timeZone);
}
