/**
 * The promise, complaints and notice parts of the schedule report: when each target
 * would fall due for something received at the report's instant, on the calendar it
 * counts on.
 * @module
 */
import type { Charter, CharterPromise, PromiseTarget } from '../core/charter-types.js';
import { complaintStageDeadlines } from '../core/complaint-deadlines.js';
import { isNoticeActive } from '../core/notices.js';
import { promiseCalendars, promiseDeadlines, type TargetDeadline } from '../core/promise-deadlines.js';
import { pickText, type LocalizedText } from '../core/text.js';
import { amountWords, deadlineMoment } from './report-words.js';

type Words = (text: LocalizedText) => string;

/** One target in words: "reply within 10 working days, at most 35 working days, counted from receipt". */
function targetWords(target: PromiseTarget, first: boolean): string {
  const parts: string[] = [target.atLeast && !target.within ? 'give' : target.kind];
  if (target.percent !== undefined) parts.push(`${target.percent}% of cases`);
  if (target.atLeast && !target.within) parts.push(`at least ${amountWords(target.atLeast)}' notice`);
  if (target.within)
    parts.push(
      target.atLeast
        ? `${amountWords(target.atLeast)} to ${amountWords(target.within)}`
        : `within ${amountWords(target.within)}`,
    );
  if (target.atMost) parts.push(`at most ${amountWords(target.atMost)}`);
  if (!first && (target.within || target.atLeast))
    parts.push(target.countedFrom === 'previous' ? 'counted from the previous target' : 'counted from receipt');
  return parts.join(' ');
}

/** A target's dates: "by Mon …", "from … by …", "at the latest …"; "(no time)" for a share alone. */
function targetDates(deadline: TargetDeadline, timeZone: string): string {
  const at = (date: Date) => deadlineMoment(date, timeZone);
  const { due, earliest, latest } = deadline;
  const dates: string[] = [];
  if (due) dates.push(`${earliest ? `from ${at(earliest)} ` : ''}by ${at(due)}`);
  else if (earliest) dates.push(`for something at or after ${at(earliest)}`);
  if (latest) dates.push(`at the latest ${at(latest)}`);
  return dates.length ? `: ${dates.join(', ')}` : ' (no time)';
}

const targetLine = (deadline: TargetDeadline, timeZone: string, first: boolean) =>
  targetWords(deadline.target, first) + targetDates(deadline, timeZone);

function promiseScope(charter: Charter, promise: CharterPromise, words: Words): string {
  const channel = charter.channels.find((c) => c.id === promise.channel);
  const service = charter.services.find((s) => s.id === promise.service);
  return channel ? words(channel.name) : service ? `service ${words(service.name)}` : 'whole organisation';
}

/** A format 1 promise keeps format 1's line: "id (Channel, within 5 working days): date". */
const isPlain = (promise: CharterPromise): boolean => {
  const [target] = promise.targets;
  return (
    promise.kind === 'custom' &&
    promise.targets.length === 1 &&
    !!target.within &&
    target.percent === undefined &&
    !target.atLeast &&
    !target.atMost
  );
};

function promiseLine(charter: Charter, promise: CharterPromise, at: Date, words: Words): string {
  const scope = promiseScope(charter, promise, words);
  let deadlines: TargetDeadline[] | undefined;
  let failure: string | undefined;
  try {
    deadlines = promiseDeadlines(charter, promise, at);
  } catch (error) {
    failure = (error as Error).message;
  }
  const timeZone = charter.timeZone;
  if (isPlain(promise)) {
    const label = `  ${promise.id} (${scope}, within ${amountWords(promise.targets[0].within!)}):`;
    if (failure) return `${label} cannot be computed: ${failure}`;
    if (!deadlines) return `${label} needs opening hours, and neither the channel nor the charter has any`;
    const zone = zoneOf(charter, promise);
    return `${label} ${deadlineMoment(deadlines[0].due!, zone)}`;
  }
  const label = `  ${promise.id} (${scope}, ${promise.kind}):`;
  if (promise.targets.length === 0) return `${label} no target`;
  if (failure) return `${label} cannot be computed: ${failure}`;
  if (!deadlines) return `${label} needs a calendar ("hours" or "workingCalendar")`;
  const zone = zoneOf(charter, promise) ?? timeZone;
  return `${label} ${deadlines.map((deadline, i) => targetLine(deadline, zone, i === 0)).join('; ')}`;
}

/** The time zone a promise's dates are shown in: its calendar's, else the charter's (UTC for format 1, as before). */
function zoneOf(charter: Charter, promise: CharterPromise): string {
  const { workingDays, openingHours } = promiseCalendars(charter, promise);
  return (workingDays ?? openingHours)?.timeZone ?? (charter.sourceVersion === 1 ? 'UTC' : charter.timeZone);
}

export function promisesSection(charter: Charter, at: Date): string[] {
  const words: Words = (text) => pickText(text, charter.language);
  const lines = [`Sample deadlines for something received at ${at.toISOString()}:`];
  if (charter.promises.length === 0) lines.push('  no promises');
  for (const promise of charter.promises) lines.push(promiseLine(charter, promise, at, words));
  return lines;
}

/** Each complaints track: its first stage's dates from `at`, and the later stages in words. */
export function complaintsSection(charter: Charter, at: Date): string[] {
  const policy = charter.complaints;
  if (!policy) return [];
  const words: Words = (text) => pickText(text, charter.language);
  const lines = [`Complaints received at ${at.toISOString()}:`];
  for (const track of policy.tracks) {
    lines.push(`  Track "${track.id}"${track.name ? ` (${words(track.name)})` : ''}:`);
    let first: ReturnType<typeof complaintStageDeadlines>;
    let failure = '';
    try {
      first = complaintStageDeadlines(charter, at, track.id);
    } catch (error) {
      failure = (error as Error).message;
    }
    track.stages.forEach((stage, index) => {
      const label = `    ${words(stage.name)}:`;
      if (stage.noTimescale) return lines.push(`${label} no set timescale`);
      if (index === 0 && failure) return lines.push(`${label} cannot be computed: ${failure}`);
      if (index === 0 && first) {
        const dated = first.targets.map((deadline, i) => targetLine(deadline, first!.timeZone, i === 0));
        return lines.push(`${label} ${dated.join('; ')}`);
      }
      const described = stage.targets.map((target, i) => targetWords(target, i === 0));
      return lines.push(
        `${label} ${described.join('; ')}${index === 0 ? ' (no calendar)' : ' (from when this stage starts)'}`,
      );
    });
  }
  for (const body of policy.escalation) {
    const when = [
      body.after && `after ${amountWords(body.after)}`,
      body.within && `within ${amountWords(body.within)}`,
    ];
    const reach = [body.phone, body.email, body.url].filter(Boolean).join(', ');
    lines.push(
      `  Escalation: ${words(body.name)}${reach ? ` (${reach})` : ''}${when.some(Boolean) ? `: ${when.filter(Boolean).join(', ')}` : ''}`,
    );
  }
  return lines;
}

/** Which notices show at `at`, which are still to come, which have ended. */
export function noticesSection(charter: Charter, at: Date): string[] {
  if (charter.notices.length === 0) return [];
  const words: Words = (text) => pickText(text, charter.language);
  const lines = [`Notices at ${at.toISOString()}:`];
  for (const notice of charter.notices) {
    const state = isNoticeActive(notice, at) ? 'showing' : notice.endsAt <= at.getTime() ? 'ended' : 'not yet showing';
    const on = [...notice.channels, ...notice.services, ...notice.promises];
    const span = `${notice.from ? `from ${notice.from} ` : ''}until ${notice.until}`;
    lines.push(
      `  ${notice.id}: ${state} (${span}; on ${on.length ? on.join(', ') : 'everything'}): ${words(notice.text)}`,
    );
  }
  return lines;
}
