/**
 * Calendar views of a schedule for display: the week ahead, and the holidays and special
 * days coming up.
 * @module
 */
import { compile, hoursOn, instantOf, type CompiledSchedule } from './schedule-days.js';
import { WEEKDAYS, type Interval, type LocalDate, type Schedule, type Weekday } from './schedule-types.js';
import { formatLocalDate, localDayOf, weekdayIndex } from './time-zone.js';

/** One local date of a schedule: its intervals (after the holiday and special rules) and why. */
export interface ScheduleDay {
  date: LocalDate;
  weekday: Weekday;
  intervals: readonly Interval[];
  /** The date is listed in `holidays` (special hours, when present, still apply). */
  holiday: boolean;
  /** The date has its own entry in `special`, which decides its intervals. */
  special: boolean;
  /** Present when a dated period covers the date: its index in the schedule's `periods`. */
  period?: number;
}

function scheduleDay(schedule: CompiledSchedule, day: number): ScheduleDay {
  const period = schedule.periodOf.get(day);
  return {
    date: formatLocalDate(day),
    weekday: WEEKDAYS[weekdayIndex(day)],
    intervals: hoursOn(schedule, day).intervals,
    holiday: schedule.holidays.has(day),
    special: schedule.ownSpecial.has(day),
    ...(period === undefined ? {} : { period }),
  };
}

function daysFrom(schedule: Schedule, from: Date, count: number): ScheduleDay[] {
  const compiled = compile(schedule);
  const first = localDayOf(compiled.timeZone, instantOf(from, 'from'));
  return Array.from({ length: Math.max(0, count) }, (_, index) => scheduleDay(compiled, first + index));
}

/** The 7 local dates starting with `from`'s local date, with their intervals and whether each is a holiday or special day. */
export function weekTable(schedule: Schedule, from: Date): ScheduleDay[] {
  return daysFrom(schedule, from, 7);
}

/** The holidays and special days among the `days` local dates starting with `from`'s local date. */
export function upcomingExceptions(schedule: Schedule, from: Date, days = 30): ScheduleDay[] {
  return daysFrom(schedule, from, days).filter((day) => day.holiday || day.special);
}
