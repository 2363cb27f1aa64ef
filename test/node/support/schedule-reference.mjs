// An independent reference for docs/schedules-and-targets.md, written as literally as the text allows
// with Temporal, sharing no code with src/core. It is slow on purpose: no offsets are
// cached, no shortcuts taken. Instants are epoch milliseconds.
import { Temporal } from 'temporal-polyfill';

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const HOUR = 3_600_000;
const LOOK_AHEAD = 366 * 24 * HOUR;
const SEARCH_DAYS = 5 * 366;

/** t's local date. */
export const localDate = (schedule, t) =>
  Temporal.Instant.fromEpochMilliseconds(t).toZonedDateTimeISO(schedule.timeZone).toPlainDate();

/** The first instant of a local date. */
const startOfDay = (schedule, date) => date.toZonedDateTime({ timeZone: schedule.timeZone }).epochMilliseconds;

/** Which hours apply: special[D] when present, else none on a holiday, else weekly[weekday(D)], else closed. */
export function intervalsOf(schedule, date) {
  const key = date.toString();
  if (schedule.special && Object.hasOwn(schedule.special, key)) return schedule.special[key];
  if ((schedule.holidays ?? []).includes(key)) return [];
  return schedule.weekly[WEEKDAYS[date.dayOfWeek - 1]] ?? [];
}

/** A wall time of a date as an instant: "24:00" is the start of the next day, else `compatible`. */
function wallTime(schedule, date, hhmm) {
  if (hhmm === '24:00') return startOfDay(schedule, date.add({ days: 1 }));
  const [hour, minute] = hhmm.split(':').map(Number);
  return date.toPlainDateTime({ hour, minute }).toZonedDateTime(schedule.timeZone, { disambiguation: 'compatible' })
    .epochMilliseconds;
}

// Memo of a date's intervals as instants, per schedule object (the only cache here).
const memo = new WeakMap();
export function rangesOf(schedule, date) {
  let bySchedule = memo.get(schedule);
  if (!bySchedule) memo.set(schedule, (bySchedule = new Map()));
  const key = date.toString();
  if (!bySchedule.has(key)) {
    const ranges = intervalsOf(schedule, date).map(([open, close]) => [
      wallTime(schedule, date, open),
      wallTime(schedule, date, close),
    ]);
    bySchedule.set(key, ranges);
  }
  return bySchedule.get(key);
}

/** Open or closed: open at t iff t is within [open, close) of an interval of t's local date. */
export function isOpen(schedule, t) {
  return rangesOf(schedule, localDate(schedule, t)).some(([open, close]) => open <= t && t < close);
}

/**
 * Every instant in [from, until) at which isOpen could change: interval ends of nearby
 * dates, starts of days, and the zone's transitions. Sorted, without repeats.
 */
function boundaries(schedule, from, until) {
  const found = new Set();
  const first = localDate(schedule, from).subtract({ days: 1 });
  const last = localDate(schedule, until).add({ days: 1 });
  for (let date = first; Temporal.PlainDate.compare(date, last) <= 0; date = date.add({ days: 1 })) {
    found.add(startOfDay(schedule, date));
    for (const [open, close] of rangesOf(schedule, date)) found.add(open).add(close);
  }
  let zoned = Temporal.Instant.fromEpochMilliseconds(from).toZonedDateTimeISO(schedule.timeZone);
  while ((zoned = zoned.getTimeZoneTransition('next')) && zoned.epochMilliseconds < until) {
    found.add(zoned.epochMilliseconds);
  }
  return [...found].filter((b) => b >= from && b < until).sort((a, b) => a - b);
}

/** The stretches [a, b) after `from` on which isOpen is constant, with that state, in order. */
function* segments(schedule, from, limit = SEARCH_DAYS * 24 * HOUR) {
  let start = from;
  // Windows of 2, 4, 8, 16, 16, … days: most questions are answered within the first.
  for (let lo = from, days = 2; lo < from + limit; lo += days * 24 * HOUR, days = Math.min(days * 2, 16)) {
    const hi = lo + days * 24 * HOUR;
    for (const b of [...boundaries(schedule, lo, hi), hi]) {
      if (b <= start) continue;
      yield [start, b, isOpen(schedule, start)];
      start = b;
    }
  }
}

/** Open or closed: the state at t and the next instant it actually changes (null if not within 366 days). */
export function openState(schedule, t) {
  const open = isOpen(schedule, t);
  for (const [start, , state] of segments(schedule, t, LOOK_AHEAD + 15 * 24 * HOUR)) {
    if (start > t + LOOK_AHEAD) break;
    if (state !== open) return { open, changesAt: start };
  }
  return { open, changesAt: null };
}

/** The first instant ≥ t at which the service is open. */
function nextOpenAtOrAfter(schedule, t) {
  for (const [start, , state] of segments(schedule, t)) if (state) return start;
  throw new RangeError('no opening');
}

/** businessHours: the first instant at which n hours of open time have passed since t (or the next opening). */
function afterBusinessHours(schedule, t, hours) {
  let remaining = Math.round(hours * HOUR);
  const from = nextOpenAtOrAfter(schedule, t);
  if (remaining === 0) return from;
  for (const [start, end, state] of segments(schedule, from)) {
    if (!state) continue;
    if (remaining <= end - start) return start + remaining;
    remaining -= end - start;
  }
  throw new RangeError('not enough open time');
}

const isWorkingDay = (schedule, date) => intervalsOf(schedule, date).length > 0;
/** The closing time of a working day's last interval, as an instant. */
const lastClosing = (schedule, date) => rangesOf(schedule, date).at(-1)[1];

function nextWorkingDay(schedule, date) {
  for (let day = 1; day <= SEARCH_DAYS; day++) {
    const next = date.add({ days: day });
    if (isWorkingDay(schedule, next)) return next;
  }
  throw new RangeError('no working day');
}

/** workingDays, as 'Working days, step by step' words it. */
function afterWorkingDays(schedule, t, n) {
  const today = localDate(schedule, t);
  let day = isWorkingDay(schedule, today) && t < lastClosing(schedule, today) ? today : nextWorkingDay(schedule, today);
  for (let i = 0; i < n; i++) day = nextWorkingDay(schedule, day);
  return lastClosing(schedule, day);
}

/** The same wall-clock time n days later, resolved compatibly (Temporal's own `add`). */
const sameWallTimeLater = (schedule, t, days) =>
  Temporal.Instant.fromEpochMilliseconds(t)
    .toZonedDateTimeISO(schedule.timeZone)
    .add({ days }, { overflow: 'constrain' }).epochMilliseconds;

/** Targets: the deadline (epoch ms) for something received at t. */
export function deadline(schedule, target, t) {
  const [[kind, n]] = Object.entries(target);
  switch (kind) {
    case 'minutes':
      return t + Math.round(n * 60_000);
    case 'hours':
      return t + Math.round(n * HOUR);
    case 'days':
      return sameWallTimeLater(schedule, t, n);
    case 'weeks':
      return sameWallTimeLater(schedule, t, 7 * n);
    case 'businessHours':
      return afterBusinessHours(schedule, t, n);
    case 'workingDays':
      return afterWorkingDays(schedule, t, n);
  }
  throw new RangeError(`unknown target ${kind}`);
}
