/**
 * The public time API: opening hours, deadlines and local dates in a schedule's time zone.
 * @module
 */
export { chainDeadlines, deadline, TARGET_MAXIMA } from './deadline.js';
export { holidaysFromGovUk } from './gov-uk-holidays.js';
export { upcomingExceptions, weekTable, type ScheduleDay } from './schedule-calendar.js';
export {
  intervalsOn,
  isWorkingDay,
  nextOpenings,
  openPeriods,
  openPeriodsOn,
  openState,
  type OpenPeriod,
  type OpenState,
} from './schedule.js';
export { addDays, localDateOf, weekdayOf } from './time-zone.js';
