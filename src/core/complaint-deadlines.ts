import type { Charter } from './charter-types.js';
import { chainDeadlines, deadline } from './deadline.js';
import { holidaysFromGovUk } from './gov-uk-holidays.js';
import type { Schedule } from './schedule-types.js';

/** When the first complaints stage promises to acknowledge and respond, from `receivedAt`. */
export interface ComplaintDeadlines {
  acknowledge?: Date;
  respond: Date;
  timeZone: string;
}

/** The charter's default hours as a schedule, with inline GOV.UK bank holidays added. */
function complaintsSchedule(charter: Charter): Schedule | undefined {
  const hours = charter.hours;
  if (!hours) return undefined;
  const { bankHolidays, ...schedule } = hours;
  const fromGovUk = bankHolidays?.data ? holidaysFromGovUk(bankHolidays.data, bankHolidays.division) : [];
  return { ...schedule, holidays: [...(schedule.holidays ?? []), ...fromGovUk] };
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
