import type { Charter } from './charter-types.js';
import { chainDeadlines, deadline } from './deadline.js';
import { withBankHolidays } from './bank-holidays.js';
import { holidaysFromGovUk } from './gov-uk-holidays.js';
import type { Schedule } from './schedule-types.js';

/** When the first complaints stage promises to acknowledge and respond, from `receivedAt`. */
export interface ComplaintDeadlines {
  acknowledge?: Date;
  respond: Date;
  timeZone: string;
}

/**
 * The charter's default hours, with inline GOV.UK bank holidays added when the charter was
 * not read by parseCharter (which merges them already); otherwise the same object, so the
 * core's compiled-schedule cache keeps serving it.
 */
function complaintsSchedule(charter: Charter): Schedule | undefined {
  const hours = charter.hours;
  const source = hours?.bankHolidays;
  return hours && source?.data ? withBankHolidays(hours, holidaysFromGovUk(source.data, source.division)) : hours;
}

/**
 * The first stage's deadlines for something received at `receivedAt`, on the charter's
 * default hours: the response chained after the acknowledgement unless `respondFrom` is
 * `receipt`. Undefined when the charter has no hours or stages, or no deadline can be found.
 */
export function complaintDeadlines(charter: Charter | undefined, receivedAt: Date): ComplaintDeadlines | undefined {
  const stage = charter?.complaints?.stages[0];
  const schedule = charter && complaintsSchedule(charter);
  if (!stage || !schedule) return undefined;
  try {
    const { acknowledge, respond } = stage;
    if (!acknowledge) return { respond: deadline(schedule, respond, receivedAt), timeZone: schedule.timeZone };
    if (stage.respondFrom === 'receipt')
      return {
        acknowledge: deadline(schedule, acknowledge, receivedAt),
        respond: deadline(schedule, respond, receivedAt),
        timeZone: schedule.timeZone,
      };
    const [acknowledgeBy, respondBy] = chainDeadlines(schedule, [acknowledge, respond], receivedAt);
    return { acknowledge: acknowledgeBy, respond: respondBy, timeZone: schedule.timeZone };
  } catch {
    return undefined;
  }
}
