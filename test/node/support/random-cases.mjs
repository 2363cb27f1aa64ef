// Seeded random schedules, instants and targets for the differential test, biased towards
// the edges: DST changes, wall times in skipped and repeated hours, 00:00 and 24:00,
// holidays, special days, 24-hour days, and instants exactly at openings and closings.
import { Temporal } from 'temporal-polyfill';

/** The zones drawn from; SCHEDULE_ZONES=Zone/A,Zone/B tries others. */
export const TIME_ZONES = process.env.SCHEDULE_ZONES?.split(',') ?? [
  'Europe/London',
  'America/New_York',
  'Australia/Sydney',
  'Asia/Kolkata',
  'Asia/Kathmandu',
  'Australia/Lord_Howe',
  'America/St_Johns',
  'Pacific/Chatham',
  'America/Santiago',
  'America/Havana',
  'UTC',
];
const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const DAY = 86_400_000;

/** mulberry32: a small, well-known seeded generator. */
export function randomSource(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let x = state;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (min, max) => min + Math.floor(next() * (max - min + 1));
  const pick = (items) => items[int(0, items.length - 1)];
  return { next, int, pick, chance: (p) => next() < p };
}

const hhmm = (minutes) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
const minutesOf = (zoned) => zoned.hour * 60 + zoned.minute;

/** The zone's DST changes in 2025–2027 (none for fixed-offset zones). */
function transitionsOf(timeZone) {
  const found = [];
  let zoned = Temporal.ZonedDateTime.from({ year: 2025, month: 1, day: 1, timeZone });
  while ((zoned = zoned.getTimeZoneTransition('next')) && zoned.year < 2028) found.push(zoned);
  return found;
}
const transitionCache = new Map();
const transitions = (timeZone) => {
  if (!transitionCache.has(timeZone)) transitionCache.set(timeZone, transitionsOf(timeZone));
  return transitionCache.get(timeZone);
};

/** Minutes of the day around a transition: just before it and inside the skipped or repeated hour. */
function edgeMinutes(transition) {
  const before = transition.subtract({ nanoseconds: 1 });
  const gap = (transition.offsetNanoseconds - before.offsetNanoseconds) / 60e9;
  const at = minutesOf(before) + 1; // the wall minute at which the change happens (old offset)
  const inside =
    gap > 0 ? [at, at + gap / 2, at + gap - 1, at + gap, at + gap + gap / 3] : [at + gap, at + gap / 2, at - 1];
  return inside.map((m) => ((Math.round(m) % 1440) + 1440) % 1440);
}

/** 1–3 sorted, non-overlapping intervals, from a pool that favours the given minutes, 00:00 and 24:00. */
function randomIntervals(random, favoured) {
  const count = random.pick([1, 1, 2, 2, 3]);
  const pool = new Set();
  while (pool.size < count * 2) {
    const roll = random.next();
    if (roll < 0.35 && favoured.length) pool.add(random.pick(favoured));
    else if (roll < 0.45) pool.add(random.pick([0, 1440]));
    else pool.add(random.int(0, 96) * 15);
  }
  const sorted = [...pool].sort((a, b) => a - b);
  return Array.from({ length: count }, (_, i) => [hhmm(sorted[2 * i]), hhmm(sorted[2 * i + 1])]);
}

function randomDay(random, favoured) {
  const roll = random.next();
  if (roll < 0.12) return [];
  if (roll < 0.22) return [['00:00', '24:00']];
  if (roll < 0.3)
    return [
      ['09:00', '12:30'],
      ['13:30', '17:00'],
    ]; // a lunch break
  return randomIntervals(random, favoured);
}

/** A schedule whose interesting dates cluster around an anchor date (often a DST change). */
export function randomSchedule(random) {
  const timeZone = random.pick(TIME_ZONES);
  const changes = transitions(timeZone);
  const transition = changes.length && random.chance(0.75) ? random.pick(changes) : undefined;
  const anchor = transition
    ? transition.toPlainDate()
    : Temporal.PlainDate.from({ year: random.int(2025, 2027), month: random.int(1, 12), day: random.int(1, 28) });
  const favoured = transition ? edgeMinutes(transition) : [];
  const weekly = {};
  for (const weekday of WEEKDAYS) if (!random.chance(0.1)) weekly[weekday] = randomDay(random, favoured);
  const near = () => anchor.add({ days: random.int(-6, 8) }).toString();
  const holidays = Array.from({ length: random.int(0, 3) }, near);
  const special = {};
  for (let i = random.int(0, 3); i > 0; i--) special[near()] = random.chance(0.3) ? [] : randomDay(random, favoured);
  const schedule = { timeZone, weekly };
  if (holidays.length) schedule.holidays = holidays;
  if (Object.keys(special).length) schedule.special = special;
  return { schedule, anchor, transition };
}

/** An instant near the anchor: random, at a DST change, or exactly at (or 1 ms off) an interval end. */
export function randomInstant(random, { schedule, anchor, transition }, boundaryNear) {
  const roll = random.next();
  const anchorStart = anchor.toZonedDateTime({ timeZone: schedule.timeZone }).epochMilliseconds;
  if (roll < 0.15 && transition) return transition.epochMilliseconds + random.int(-180, 180) * 60_000;
  if (roll < 0.6) {
    const boundary = boundaryNear(anchor.add({ days: random.int(-3, 4) }));
    if (boundary !== undefined) return boundary + random.pick([0, 0, 0, -1, 1]);
  }
  return anchorStart + Math.floor(random.next() * 12 * DAY) - 5 * DAY;
}

export function randomTarget(random) {
  switch (random.int(0, 7)) {
    case 0:
      return { minutes: random.pick([0, 1, 30, 90, 1440]) };
    case 1:
      return { hours: random.pick([0, 1, 4, 24, 48]) };
    case 2:
      return { days: random.int(0, 10) };
    case 3:
      return { weeks: random.int(0, 3) };
    case 4:
    case 5:
      return { businessHours: random.pick([0, 0.25, 0.5, 1, 1.5, 2.75, 4, 8, 7.4, 24, 37.5]) };
    default:
      return { workingDays: random.pick([0, 0, 1, 2, 5, 10, 20]) };
  }
}
