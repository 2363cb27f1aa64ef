/**
 * Which calendars a promise, a complaint stage or an access offer count on: apart from the
 * deadline arithmetic, which the charter reader (using these) does not need.
 * @module
 */
import type { Calendar, Charter, CharterPromise } from './charter-model.js';

/**
 * The calendars a promise counts on. Working days: its channel's or service's own hours,
 * else the organisation's `workingCalendar`, else the default `hours`. Business hours need
 * opening hours: its own, else the default `hours` (never a working calendar without hours).
 */
export function promiseCalendars(
  charter: Charter,
  promise: CharterPromise,
): { workingDays?: Calendar; openingHours?: Calendar } {
  const channel = promise.channel ? charter.channels.find((c) => c.id === promise.channel) : undefined;
  const service = promise.service ? charter.services.find((s) => s.id === promise.service) : undefined;
  return calendarsFor(channel?.hours ?? service?.hours, charter.workingCalendar, charter.hours);
}

/** The working-day and opening-hours calendars, from a promise's own hours and the charter's two defaults. */
export function calendarsFor(
  own: Calendar | undefined,
  workingCalendar: Calendar | undefined,
  hours: Calendar | undefined,
): { workingDays?: Calendar; openingHours?: Calendar } {
  const opening = own ?? hours;
  return {
    workingDays: own ?? workingCalendar ?? hours,
    openingHours: opening?.workingDaysOnly ? undefined : opening,
  };
}

/**
 * The calendar for things that belong to no channel (complaints, organisation-wide
 * promises): the organisation's `workingCalendar`, else the default `hours`.
 */
export const organisationCalendar = (charter: Charter): Calendar | undefined =>
  charter.workingCalendar ?? charter.hours;
