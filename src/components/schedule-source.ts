import type { Channel, Charter, CharterSchedule } from '../core/charter-types.js';
import { loadBankHolidays, needsBankHolidayUrl } from '../core/bank-holidays.js';
import { channelHours } from '../core/channel-hours.js';
import { ProblemLog, type Problem } from '../core/problems.js';
import { readSchedule } from '../core/read-schedule.js';
import { fill } from '../strings/format.js';
import type { HoursStrings } from '../strings/hours.js';
import type { Clock } from '../context/clock.js';
import { fetchBankHolidays } from './bank-holidays.js';

/** The schedule an element shows, the channel it belongs to, or why there is none. */
export interface ScheduleSource {
  schedule?: CharterSchedule;
  channel?: Channel;
  /** A message for the visitor when the input is wrong. */
  problem?: string;
  /** A standalone schedule whose bank-holiday URL is still to be loaded (`loadStandaloneHolidays`). */
  awaitingHolidays?: CharterSchedule;
  /** The charter publishes no opening hours for this channel (or at all): a fault for its author. */
  missing?: boolean;
}

const checked = new WeakMap<object, { schedule?: CharterSchedule; problems: Problem[] }>();

/**
 * A schedule given as a property, validated like a charter's (and its inline bank holidays
 * merged), once per object: its problems are told to the console that one time.
 */
function checkSchedule(value: CharterSchedule): { schedule?: CharterSchedule; problems: Problem[] } {
  let result = checked.get(value);
  if (!result) {
    const log = new ProblemLog();
    // A schedule taken from a parsed charter has its bank holidays resolved already: keep them as they are.
    const { bankHolidays, ...rest } = value;
    const resolved = bankHolidays?.dates || bankHolidays?.error ? bankHolidays : undefined;
    const schedule = readSchedule(resolved ? rest : value, 'schedule', log);
    result = {
      schedule: schedule && resolved ? { ...schedule, bankHolidays: resolved } : schedule,
      problems: log.problems,
    };
    checked.set(value, result);
    if (log.problems.length) {
      console.warn(
        `service-charter: invalid schedule:\n${log.problems.map((p) => `  ${p.path}: ${p.message}`).join('\n')}`,
      );
    }
  }
  return result;
}

/** Per standalone schedule: the elements waiting for its bank-holiday feed, then the loaded schedule. */
const withHolidays = new WeakMap<object, CharterSchedule | Set<() => void>>();

/** A standalone schedule with its bank holidays, once `loadStandaloneHolidays` has loaded them. */
function withLoadedHolidays(schedule: CharterSchedule): CharterSchedule {
  const known = withHolidays.get(schedule);
  return known && !(known instanceof Set) ? known : schedule;
}

/**
 * Starts loading the bank-holiday URL of a standalone schedule (once per schedule, however
 * many elements share it); every `onLoaded` given meanwhile is called once when it arrives or
 * fails. Called from an element's `updated`, never while it computes what to render.
 */
export function loadStandaloneHolidays(source: ScheduleSource, clock: Clock, onLoaded: () => void): void {
  const schedule = source.awaitingHolidays;
  if (!schedule) return;
  const known = withHolidays.get(schedule);
  if (known instanceof Set) return void known.add(onLoaded);
  if (known) return;
  const waiting = new Set([onLoaded]);
  withHolidays.set(schedule, waiting);
  void loadBankHolidays(schedule, (url) => fetchBankHolidays(url, clock)).then((loaded) => {
    withHolidays.set(schedule, loaded);
    waiting.forEach((notify) => notify());
  });
}

/**
 * Where the hours come from: the `schedule` property, else the channel's own hours in
 * the charter (or its sites'), else the charter's default `hours` — never a working
 * calendar, which has working days but no hours.
 */
export function scheduleSource(
  charter: Charter | undefined,
  channelId: string,
  standalone: CharterSchedule | undefined,
  text: HoursStrings,
): ScheduleSource {
  const channel = channelId ? charter?.channels.find((c) => c.id === channelId) : undefined;
  if (standalone && typeof standalone === 'object') {
    const { schedule, problems } = checkSchedule(standalone);
    if (problems.length) {
      return {
        channel,
        problem: fill(text.invalidSchedule, { detail: problems.map((p) => `${p.path} ${p.message}`).join('; ') }),
      };
    }
    if (!schedule) return { channel };
    const loaded = withLoadedHolidays(schedule);
    return { schedule: loaded, channel, awaitingHolidays: needsBankHolidayUrl(loaded) ? schedule : undefined };
  }
  if (!charter) return {};
  if (channelId && !channel) return { problem: fill(text.unknownChannel, { channel: channelId }) };
  const schedule = channel
    ? channelHours(charter, channel)
    : charter.hours?.workingDaysOnly
      ? undefined
      : charter.hours;
  return schedule ? { schedule, channel } : { channel, problem: text.noHours, missing: true };
}
