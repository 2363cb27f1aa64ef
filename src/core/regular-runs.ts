/**
 * Internal: counting the open time of many ordinary days at once, so that deadlines years
 * ahead on sparse schedules cost a few thousand steps, not one per day.
 * @module
 */
import type { CompiledSchedule } from './schedule-days.js';
import { DAY_MS, localClockTime, weekdayIndex } from './time-zone.js';

/**
 * The most days counted in one step. Each step checks the UTC offset at its end only, so
 * two clock changes less than this far apart are assumed not to happen (real ones are
 * weeks or months apart: Ramadan in Morocco suspends summer time for about five weeks).
 */
export const RUN_DAYS = 28;

/** Open time of `days` ordinary days from local `day`, in ms. */
function openMsOf(schedule: CompiledSchedule, day: number, days: number): number {
  let total = Math.floor(days / 7) * schedule.weeklyOpenMs;
  for (let i = days - (days % 7); i < days; i++) total += schedule.dailyOpenMs[weekdayIndex(day + i)];
  return total;
}

/** What `afterOpenTime` may skip from local `day`: `days` whole days holding `openMs`, then `walk` days to visit one by one (0: try another run at once). */
export interface RegularRun {
  days: number;
  openMs: number;
  walk: number;
}

/**
 * The ordinary days from local `day` (whose first instant is `start`) that can be counted
 * without visiting each: no holiday or special date among them, no clock change (the
 * offset at their end is the one at `start`), and less open time than `remaining`, so
 * that the deadline lies beyond them. The day with a clock change is left to be walked.
 */
export function regularRun(schedule: CompiledSchedule, day: number, start: number, remaining: number): RegularRun {
  if (schedule.weeklyOpenMs === 0) return { days: 0, openMs: 0, walk: Infinity };
  const irregular = schedule.irregularDays.find((d) => d >= day) ?? Infinity;
  let days = Math.min(RUN_DAYS, irregular - day);
  while (days > 0 && openMsOf(schedule, day, days) >= remaining) days--;
  if (days === 0) return { days: 0, openMs: 0, walk: Math.min(RUN_DAYS, irregular - day + 1) };
  // `start` is a local midnight (else no run is counted: a gap skipped it), so the offset is
  // unchanged n days later exactly when it is midnight then too, checked as cheaply as Intl allows.
  const sameOffsetAfter = (n: number) => localClockTime(schedule.timeZone, start + n * DAY_MS) === '00:00';
  if (sameOffsetAfter(days)) return { days, openMs: openMsOf(schedule, day, days), walk: 0 };
  // A clock change: find the first day boundary past it, skip the days before and walk the day it falls in.
  let [low, high] = [0, days];
  while (high - low > 1) {
    const middle = (low + high) >> 1;
    if (sameOffsetAfter(middle)) low = middle;
    else high = middle;
  }
  return { days: low, openMs: openMsOf(schedule, day, low), walk: 1 };
}
