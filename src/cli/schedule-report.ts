import type { Calendar, Charter, CharterSchedule } from '../core/charter-types.js';
import { needsBankHolidayUrl } from '../core/bank-holidays.js';
import { holidaysKnownUntil } from '../core/holiday-coverage.js';
import { addDays, isWorkingDay, localDateOf, nextOpenings, openState } from '../core/time.js';
import type { Schedule } from '../core/schedule-types.js';
import { pickText, type LocalizedText } from '../core/text.js';
import { complaintsSection, noticesSection, promisesSection } from './promise-report.js';
import { formatMoment } from './report-words.js';

const OPENINGS = 10;

/**
 * A schedule ready for the core (reading the charter already merged inline bank holidays),
 * and notes: bank holidays from a URL not applied here or not read, dated periods, and
 * how far holidays are known.
 */
function scheduleOf(input: CharterSchedule): { schedule: Schedule; notes: string[] } {
  const source = input.bankHolidays;
  const notes: string[] = [];
  if (source?.error) notes.push(source.error);
  else if (needsBankHolidayUrl(input))
    notes.push(`bank holidays from ${source?.url} are not fetched: only "holidays" apply`);
  for (const period of input.periods ?? []) {
    const name = period.name ? `${pickText(period.name, 'en')}: ` : '';
    notes.push(`${name}other weekly hours from ${period.from} to ${period.to}`);
  }
  const known = holidaysKnownUntil(input);
  if (known) notes.push(`holidays are known until ${known}`);
  return { schedule: input, notes };
}

function openingsLines(schedule: Schedule, at: Date): string[] {
  const openings = nextOpenings(schedule, at, OPENINGS);
  if (openings.length === 0) {
    const { open, changesAt } = openState(schedule, at);
    return [open && !changesAt ? '    open all the time' : '    none within a year'];
  }
  return openings.map(({ opens, closes }) => {
    const sameDay = formatMoment(opens, schedule.timeZone, 'date') === formatMoment(closes, schedule.timeZone, 'date');
    const until = formatMoment(closes, schedule.timeZone, sameDay ? 'time' : 'both');
    return `    ${formatMoment(opens, schedule.timeZone)} – ${until}`;
  });
}

/** A working calendar has days, not hours: its next working days after `at`'s date, within a year. */
function workingDayLines(schedule: Schedule, at: Date): string[] {
  const today = localDateOf(schedule.timeZone, at);
  const days: string[] = [];
  for (let step = 1; step <= 366 && days.length < OPENINGS; step++) {
    const date = addDays(today, step);
    if (isWorkingDay(schedule, date)) days.push(formatMoment(new Date(`${date}T12:00:00Z`), 'UTC', 'date'));
  }
  return days.length ? days.map((day) => `    ${day}`) : ['    none within a year'];
}

function hoursSection(heading: string, input: CharterSchedule, at: Date): string[] {
  const { schedule, notes } = scheduleOf(input);
  const working = !!input.workingDaysOnly;
  return [
    `${heading} (${schedule.timeZone})`,
    ...notes.map((note) => `  Note: ${note}`),
    working ? `  Next ${OPENINGS} working days:` : `  Next ${OPENINGS} openings:`,
    ...(working ? workingDayLines(schedule, at) : openingsLines(schedule, at)),
  ];
}

/** Calendars that only sites, services or the working calendar use, each once, with who uses it. */
function otherCalendars(charter: Charter, shown: Set<Calendar>): [string, Calendar][] {
  const words = (text: LocalizedText) => pickText(text, charter.language);
  const users = new Map<Calendar, string[]>();
  const use = (calendar: Calendar | undefined, who: string) => {
    if (calendar && !shown.has(calendar)) users.set(calendar, [...(users.get(calendar) ?? []), who]);
  };
  use(charter.workingCalendar, 'the working calendar');
  for (const site of charter.sites) use(site.hours, `site ${words(site.name)}`);
  for (const service of charter.services) use(service.hours, `service ${words(service.name)}`);
  const ids = new Map(Object.entries(charter.calendars).map(([id, calendar]) => [calendar, id]));
  return [...users].map(([calendar, who]) => [
    `Calendar "${ids.get(calendar) ?? '?'}", for ${who.join(', ')}`,
    calendar,
  ]);
}

/**
 * What a council officer checks their data against: the next openings of the default hours
 * and of each channel with its own, the working calendar's next working days, and when
 * each promise, complaint stage and notice would fall due or show for something received
 * at `at`. Times are in each schedule's time zone.
 */
export function scheduleReport(charter: Charter, at: Date): string {
  const lines = [`Schedule report from ${at.toISOString()}`, ''];
  const withOwnHours = charter.channels.filter((channel) => channel.hours);
  const withDefault = charter.channels.filter((channel) => !channel.hours && !channel.sites?.length);
  const shown = new Set<Calendar>();
  if (charter.hours) {
    const users = withDefault.map((channel) => pickText(channel.name, charter.language)).join(', ');
    lines.push(...hoursSection(`Default hours${users ? `, for ${users}` : ''}`, charter.hours, at), '');
    shown.add(charter.hours);
  } else {
    lines.push('No default hours ("hours").', '');
  }
  for (const channel of withOwnHours) {
    lines.push(
      ...hoursSection(`${pickText(channel.name, charter.language)}, channel "${channel.id}"`, channel.hours!, at),
      '',
    );
  }
  for (const [heading, calendar] of otherCalendars(charter, shown))
    lines.push(...hoursSection(heading, calendar, at), '');
  lines.push(...promisesSection(charter, at));
  for (const section of [complaintsSection(charter, at), noticesSection(charter, at)]) {
    if (section.length) lines.push('', ...section);
  }
  return lines.join('\n');
}
