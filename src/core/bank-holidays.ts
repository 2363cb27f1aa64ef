/**
 * GOV.UK bank holidays merged into a charter's schedules: inline data when the charter is
 * read, and `url` sources through a loader the caller supplies (so this stays DOM-free).
 * @module
 */
import type { Calendar, Charter } from './charter-model.js';
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

/** Every distinct calendar a charter uses: its `calendars`, default hours, working calendar, channels', sites' and services'. */
export function charterCalendars(charter: Charter): Calendar[] {
  const all = [
    ...Object.values(charter.calendars ?? {}),
    charter.hours,
    charter.workingCalendar,
    ...charter.channels.map((c) => c.hours),
    ...(charter.sites ?? []).map((s) => s.hours),
    ...(charter.services ?? []).map((s) => s.hours),
  ];
  return [...new Set(all.filter((calendar): calendar is Calendar => !!calendar))];
}

/**
 * The charter with every calendar's bank-holiday URL loaded, each calendar once however
 * many channels, sites and services share it (a new charter; the given one is not changed).
 */
export async function loadCharterBankHolidays(
  charter: Charter,
  load: (url: string) => Promise<unknown>,
): Promise<Charter> {
  const needing = charterCalendars(charter).filter(needsBankHolidayUrl);
  if (needing.length === 0) return charter;
  const loaded = new Map(
    await Promise.all(needing.map(async (calendar) => [calendar, await loadBankHolidays(calendar, load)] as const)),
  );
  const swap = <T extends Calendar | undefined>(calendar: T): T =>
    ((calendar && loaded.get(calendar)) as T) ?? calendar;
  const withHours = <T extends { hours?: Calendar }>(item: T): T =>
    item.hours && loaded.has(item.hours) ? { ...item, hours: swap(item.hours) } : item;
  return {
    ...charter,
    calendars: Object.fromEntries(Object.entries(charter.calendars ?? {}).map(([id, c]) => [id, swap(c)])),
    hours: swap(charter.hours),
    workingCalendar: swap(charter.workingCalendar),
    channels: charter.channels.map(withHours),
    sites: (charter.sites ?? []).map(withHours),
    services: (charter.services ?? []).map(withHours),
  };
}

/** Every bank-holiday loading error in a charter, for the web team. */
export const bankHolidayErrors = (charter: Charter): string[] =>
  charterCalendars(charter).flatMap((s) => s.bankHolidays?.error ?? []);
