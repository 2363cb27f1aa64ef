import type { Channel, Charter, CharterSchedule, Duration as PromiseTarget } from '../core/charter-types.js';
import { needsBankHolidayUrl } from '../core/bank-holidays.js';
import { deadline, nextOpenings } from '../core/time.js';
import type { Schedule, Target } from '../core/schedule-types.js';
import { pickText } from '../core/text.js';

const OPENINGS = 10;

/**
 * A schedule ready for the core (reading the charter already merged inline bank holidays),
 * and a note when bank holidays from a URL are not applied here or could not be read.
 */
function scheduleOf(input: CharterSchedule): { schedule: Schedule; note?: string } {
  const source = input.bankHolidays;
  if (source?.error) return { schedule: input, note: source.error };
  if (needsBankHolidayUrl(input)) {
    return { schedule: input, note: `bank holidays from ${source?.url} are not fetched: only "holidays" apply` };
  }
  return { schedule: input };
}

/** "Mon 23 Nov 2026 09:00 GMT": a moment in a schedule's time zone, unambiguous for a person. */
function formatMoment(at: Date, timeZone: string, parts: 'date' | 'time' | 'both' = 'both'): string {
  const options: Intl.DateTimeFormatOptions = { timeZone, hourCycle: 'h23' };
  if (parts !== 'time') Object.assign(options, { weekday: 'short', day: '2-digit', month: 'short', year: 'numeric' });
  if (parts !== 'date') Object.assign(options, { hour: '2-digit', minute: '2-digit', timeZoneName: 'short' });
  return new Intl.DateTimeFormat('en-GB', options).format(at).replace(/,/g, '');
}

function openingsLines(schedule: Schedule, at: Date): string[] {
  const openings = nextOpenings(schedule, at, OPENINGS);
  if (openings.length === 0) return ['    none within a year'];
  return openings.map(({ opens, closes }) => {
    const sameDay = formatMoment(opens, schedule.timeZone, 'date') === formatMoment(closes, schedule.timeZone, 'date');
    const until = formatMoment(closes, schedule.timeZone, sameDay ? 'time' : 'both');
    return `    ${formatMoment(opens, schedule.timeZone)} – ${until}`;
  });
}

function hoursSection(heading: string, input: CharterSchedule, at: Date): string[] {
  const { schedule, note } = scheduleOf(input);
  return [
    `${heading} (${schedule.timeZone})`,
    ...(note ? [`  Note: ${note}`] : []),
    `  Next ${OPENINGS} openings:`,
    ...openingsLines(schedule, at),
  ];
}

const TARGET_WORDS: Record<string, string> = {
  seconds: 'seconds',
  minutes: 'minutes',
  hours: 'hours',
  days: 'days',
  weeks: 'weeks',
  businessHours: 'business hours',
  workingDays: 'working days',
};

const targetWords = (target: PromiseTarget): string =>
  Object.entries(target)
    .map(([kind, amount]) => `${amount} ${TARGET_WORDS[kind] ?? kind}`)
    .join(', ');

/** A promise's target as the core's Target: seconds become fractional minutes. */
const coreTarget = (target: PromiseTarget): Target => ('seconds' in target ? { minutes: target.seconds / 60 } : target);

const needsOpenTime = (target: PromiseTarget): boolean => 'businessHours' in target || 'workingDays' in target;

function deadlineLine(
  charter: Charter,
  channel: Channel | undefined,
  promiseId: string,
  target: PromiseTarget,
  at: Date,
) {
  const name = channel ? pickText(channel.name, charter.language) : '?';
  const label = `  ${promiseId} (${name}, within ${targetWords(target)}):`;
  const hours = channel?.hours ?? charter.hours;
  if (!hours && needsOpenTime(target))
    return `${label} needs opening hours, and neither the channel nor the charter has any`;
  // Elapsed targets need no hours; without any, they are shown in UTC.
  const { schedule } = hours ? scheduleOf(hours) : { schedule: { timeZone: 'UTC', weekly: {} } };
  try {
    return `${label} ${formatMoment(deadline(schedule, coreTarget(target), at), schedule.timeZone)}`;
  } catch (error) {
    return `${label} cannot be computed: ${(error as Error).message}`;
  }
}

/**
 * What a council officer checks their data against: the next openings of the default hours
 * and of each channel with its own, and when each promise would fall due for something
 * received at `at`. Times are in each schedule's time zone.
 */
export function scheduleReport(charter: Charter, at: Date): string {
  const lines = [`Schedule report from ${at.toISOString()}`, ''];
  const withOwnHours = charter.channels.filter((channel) => channel.hours);
  const withDefault = charter.channels.filter((channel) => !channel.hours);
  if (charter.hours) {
    const users = withDefault.map((channel) => pickText(channel.name, charter.language)).join(', ');
    lines.push(...hoursSection(`Default hours${users ? `, for ${users}` : ''}`, charter.hours, at), '');
  } else {
    lines.push('No default hours ("hours").', '');
  }
  for (const channel of withOwnHours) {
    lines.push(
      ...hoursSection(`${pickText(channel.name, charter.language)}, channel "${channel.id}"`, channel.hours!, at),
      '',
    );
  }
  lines.push(`Sample deadlines for something received at ${at.toISOString()}:`);
  if (charter.promises.length === 0) lines.push('  no promises');
  for (const promise of charter.promises) {
    const channel = charter.channels.find((c) => c.id === promise.channel);
    const within = promise.targets[0]?.within;
    if (within) lines.push(deadlineLine(charter, channel, promise.id, within, at));
  }
  return lines.join('\n');
}
