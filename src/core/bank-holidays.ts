/**
 * GOV.UK bank holidays merged into a charter's schedules: inline data when the charter is
 * read, and `url` sources through a loader the caller supplies (so this stays DOM-free).
 * @module
 */
import type { Charter } from './charter-types.js';
import { holidaysFromGovUk } from './gov-uk-holidays.js';
import type { ScheduleInput } from './read-schedule.js';

/**
 * The schedule with bank-holiday `dates` added to its `holidays` (sorted, without repeats);
 * its `bankHolidays` keeps only the division and the dates, so callers can tell a bank
 * holiday from the organisation's own closures.
 */
export function withBankHolidays(schedule: ScheduleInput, dates: readonly string[]): ScheduleInput {
  const holidays = [...new Set([...(schedule.holidays ?? []), ...dates])].sort();
  return { ...schedule, holidays, bankHolidays: { division: schedule.bankHolidays?.division ?? '', dates } };
}

/** True when the schedule names a bank-holiday URL that has not been loaded (or tried) yet. */
export const needsBankHolidayUrl = (schedule: ScheduleInput | undefined): boolean =>
  !!schedule?.bankHolidays?.url && !schedule.bankHolidays.dates && !schedule.bankHolidays.error;

/**
 * Loads the bank holidays of one schedule's `url` source with `load` (which returns the
 * GOV.UK JSON). A failure never loses the schedule: it is returned with `bankHolidays.error`
 * set to what went wrong.
 */
export async function loadBankHolidays(
  schedule: ScheduleInput,
  load: (url: string) => Promise<unknown>,
): Promise<ScheduleInput> {
  const source = schedule.bankHolidays;
  if (!source?.url || !needsBankHolidayUrl(schedule)) return schedule;
  try {
    return withBankHolidays(schedule, holidaysFromGovUk(await load(source.url), source.division));
  } catch (error) {
    return { ...schedule, bankHolidays: { ...source, error: `${source.url}: ${(error as Error).message}` } };
  }
}

/** The charter with every schedule's bank-holiday URL loaded (a new charter; the given one is not changed). */
export async function loadCharterBankHolidays(
  charter: Charter,
  load: (url: string) => Promise<unknown>,
): Promise<Charter> {
  const needed = needsBankHolidayUrl(charter.hours) || charter.channels.some((c) => needsBankHolidayUrl(c.hours));
  if (!needed) return charter;
  const hours = charter.hours && (await loadBankHolidays(charter.hours, load));
  const channels = await Promise.all(
    charter.channels.map(async (channel) =>
      channel.hours ? { ...channel, hours: await loadBankHolidays(channel.hours, load) } : channel,
    ),
  );
  return { ...charter, hours, channels };
}

/** Every bank-holiday loading error in a charter, for the web team. */
export const bankHolidayErrors = (charter: Charter): string[] =>
  [charter.hours, ...charter.channels.map((c) => c.hours)].flatMap((s) => s?.bankHolidays?.error ?? []);
