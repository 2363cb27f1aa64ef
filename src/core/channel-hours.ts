/**
 * Which hours a channel shows, and promises that count open time where no calendar
 * applies: a fault for the charter's author, reported when the charter is read.
 * @module
 */
import type { Calendar, Channel, Charter, PromiseTarget } from './charter-model.js';
import { childPath, type ProblemLog } from './problems.js';
import { wallMinutes } from './schedule-types.js';

/**
 * The hours a channel is open: its own, else its sites' when they all share one calendar,
 * else the charter's default `hours`. Never a working calendar (working days are not
 * opening hours).
 */
export function channelHours(charter: Charter, channel: Channel): Calendar | undefined {
  if (channel.hours) return channel.hours;
  const siteHours = new Set((channel.sites ?? []).map((id) => charter.sites.find((site) => site.id === id)?.hours));
  const [only] = siteHours;
  if (siteHours.size === 1 && only) return only;
  return charter.hours?.workingDaysOnly ? undefined : charter.hours;
}

const BOUNDS = ['within', 'atLeast', 'atMost'] as const;

/**
 * The business hours of two years (730 days) of a calendar's ordinary weeks, whole hours
 * rounded down: a target must run out within them, so no deadline search runs for centuries.
 */
function reachableHours(calendar: Calendar): number {
  const minutes = Object.values(calendar.weekly)
    .flat()
    .reduce((sum, [open, close]) => sum + wallMinutes(close) - wallMinutes(open), 0);
  return Math.floor((minutes * 730) / 7 / 60);
}

/**
 * Logs every target that counts business hours or working days where no calendar applies,
 * or business hours on a working calendar that has no hours; false when there was any.
 */
export function checkTargetCalendar(
  calendars: { workingDays?: Calendar; openingHours?: Calendar },
  targets: readonly PromiseTarget[],
  path: string,
  log: ProblemLog,
): boolean {
  let valid = true;
  targets.forEach((target, index) => {
    for (const bound of BOUNDS) {
      const duration = target[bound];
      const at = childPath(childPath(path, index), bound);
      if (duration && 'businessHours' in duration && !calendars.openingHours) {
        valid =
          log.add(
            childPath(at, 'businessHours'),
            'counts opening hours, but none apply: give the channel or service "hours", or the charter "hours"',
          ) ?? false;
      } else if (
        duration &&
        'businessHours' in duration &&
        duration.businessHours > reachableHours(calendars.openingHours!)
      ) {
        const most = reachableHours(calendars.openingHours!);
        valid =
          log.add(
            childPath(at, 'businessHours'),
            `is more than two years of these opening hours: at most ${most} business hours`,
          ) ?? false;
      } else if (duration && 'workingDays' in duration && !calendars.workingDays) {
        valid =
          log.add(
            childPath(at, 'workingDays'),
            'counts working days, but no calendar applies: give the channel or service "hours", or the charter "hours" or "workingCalendar"',
          ) ?? false;
      }
    }
  });
  return valid;
}
