import type { Charter } from './charter-types.js';
import { withBankHolidays } from './bank-holidays.js';
import { holidaysFromGovUk } from './gov-uk-holidays.js';
import { organisationCalendar, targetDeadlines, type TargetDeadline } from './promise-deadlines.js';
import type { Schedule } from './schedule-types.js';

/** When the first stage of a complaints track promises to acknowledge and respond, from `receivedAt`. */
export interface ComplaintDeadlines {
  acknowledge?: Date;
  /** The full response (the end of a range); absent when the stage has no set timescale. */
  respond: Date;
  timeZone: string;
}

/**
 * The calendar complaints count on (the working calendar, else the default hours), with
 * inline GOV.UK bank holidays added when the charter was not read by parseCharter (which
 * merges them already); otherwise the same object, so the compiled-schedule cache hits.
 */
function complaintsSchedule(charter: Charter): Schedule | undefined {
  const hours = organisationCalendar(charter);
  const source = hours?.bankHolidays;
  return hours && source?.data ? withBankHolidays(hours, holidaysFromGovUk(source.data, source.division)) : hours;
}

/**
 * Every target of the first stage of track `trackId` (the first track when absent), for
 * something received at `receivedAt`: each counted from receipt or from the previous
 * target as the charter says, with ranges (`earliest`) and maximums (`latest`). An empty
 * list for a stage with no set timescale; undefined when there is no such stage or no
 * calendar. Throws a RangeError when no deadline can be found (see `deadline`).
 */
export function complaintStageDeadlines(
  charter: Charter | undefined,
  receivedAt: Date,
  trackId?: string,
): { targets: TargetDeadline[]; timeZone: string } | undefined {
  const tracks = charter?.complaints?.tracks ?? [];
  const stage = (trackId ? tracks.find((track) => track.id === trackId) : tracks[0])?.stages[0];
  const schedule = charter && complaintsSchedule(charter);
  if (!stage || !schedule) return undefined;
  return { targets: targetDeadlines(schedule, stage.targets, receivedAt), timeZone: schedule.timeZone };
}

/**
 * The first stage's acknowledgement and response deadlines (see `complaintStageDeadlines`).
 * Undefined when there is no such stage or calendar, the stage has no response deadline
 * (no set timescale), or no deadline can be found.
 */
export function complaintDeadlines(
  charter: Charter | undefined,
  receivedAt: Date,
  trackId?: string,
): ComplaintDeadlines | undefined {
  try {
    const stage = complaintStageDeadlines(charter, receivedAt, trackId);
    const acknowledge = stage?.targets.find((target) => target.kind === 'acknowledge')?.due;
    const respond = stage?.targets.find((target) => target.kind !== 'acknowledge')?.due;
    if (!stage || !respond) return undefined;
    return { ...(acknowledge ? { acknowledge } : {}), respond, timeZone: stage.timeZone };
  } catch {
    return undefined;
  }
}
