// Property tests over seeded random format 2 charters (fast-check is not a dependency; a
// small seeded generator does the job, and a failure prints its seed):
//  - every generated valid charter reads with no problems, the JSON Schema accepts it, and
//    every deadline function answers or throws only the documented RangeError;
//  - every random mutation of a valid charter is read without an uncaught error, and when
//    the reader finds no problem the schema accepts it too (the reader is the stricter).
// Runs against dist (npm run build first). CHARTER_SEEDS=n runs more cases.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';
import { activeNotices, complaintStageDeadlines, promiseDeadlines, readCharter } from '../../dist/core/index.js';
import { randomSource } from './support/random-cases.mjs';

const schema = JSON.parse(readFileSync(new URL('../../schema/charter.schema.json', import.meta.url), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
const CASES = Number(process.env.CHARTER_SEEDS ?? 300);

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const KINDS = ['answer', 'acknowledge', 'reply', 'resolve', 'complete', 'call-back', 'see', 'attend', 'custom'];
const CHANNEL_TYPES = [
  'phone',
  'email',
  'web-form',
  'sms',
  'social',
  'textphone',
  'video-relay',
  'online-account',
  'post',
];
const UNITS = {
  seconds: [600, false],
  minutes: [1_051_200, false],
  hours: [17_520, false],
  days: [730, true],
  weeks: [104, true],
  businessHours: [17_520, false],
  workingDays: [520, true],
};

const pad = (n) => String(n).padStart(2, '0');
const hhmm = (minutes) => (minutes === 1440 ? '24:00' : `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`);
const isoDate = (days) => new Date(Date.UTC(2026, 0, 1) + days * 86_400_000).toISOString().slice(0, 10);

function generator(seed) {
  const r = randomSource(seed);
  const text = () =>
    r.chance(0.5) ? `Text ${r.int(1, 99)}` : { en: `Text ${r.int(1, 99)}`, cy: `Testun ${r.int(1, 99)}` };
  const day = () => {
    const intervals = [];
    let at = r.int(0, 720);
    for (let n = r.int(0, 3); n > 0 && at < 1440; n--) {
      const close = Math.min(1440, at + r.int(1, 600));
      intervals.push([hhmm(at), hhmm(close)]);
      at = close + r.int(1, 120);
    }
    return intervals;
  };
  // Monday is always open 9 to 5, so business hours (at most 200 here) always run out within two years.
  const weekly = () => ({
    ...Object.fromEntries(WEEKDAYS.filter(() => r.chance(0.7)).map((d) => [d, day()])),
    mon: [['09:00', '17:00']],
  });
  const calendar = () => {
    const c = r.chance(0.3) ? { days: WEEKDAYS.filter(() => r.chance(0.7)) } : { weekly: weekly() };
    if (r.chance(0.4)) c.holidays = Array.from({ length: r.int(0, 10) }, () => isoDate(r.int(300, 900)));
    if (r.chance(0.3)) c.holidaysUntil = isoDate(r.int(300, 1200));
    if (r.chance(0.3)) c.special = { [isoDate(r.int(300, 900))]: day() };
    if (r.chance(0.3)) {
      let start = r.int(300, 400);
      c.periods = Array.from({ length: r.int(1, 3) }, () => {
        const from = start;
        const to = from + r.int(0, 200);
        start = to + r.int(1, 30);
        return { from: isoDate(from), to: isoDate(to), weekly: weekly(), ...(r.chance(0.5) ? { name: text() } : {}) };
      });
    }
    if (r.chance(0.2)) c.timeZone = r.pick(['Europe/London', 'Europe/Dublin', 'UTC']);
    return c;
  };
  const duration = (units = Object.keys(UNITS)) => {
    const unit = r.pick(units);
    const [max, whole] = UNITS[unit];
    const amount =
      unit === 'businessHours'
        ? r.int(0, 800) / 4
        : r.chance(0.1)
          ? max
          : whole
            ? r.int(0, Math.min(max, 60))
            : r.int(0, 600) / 4;
    return { [unit]: amount };
  };
  /** Targets that count only on `units` (elapsed time when no calendar applies). */
  const targets = (kind, units) => {
    if (kind === 'notice') return [{ atLeast: duration(units) }];
    return Array.from({ length: r.int(0, 3) }, (_, index) => {
      const target = {};
      if (index > 0 && r.chance(0.5)) target.kind = r.pick(KINDS);
      if (r.chance(0.4)) target.percent = r.int(0, 1000) / 10;
      if (!target.percent || r.chance(0.5)) {
        target.within = duration(units);
        const [unit, amount] = Object.entries(target.within)[0];
        if (r.chance(0.3) && amount < UNITS[unit][0])
          target.atMost = { [unit]: Math.min(UNITS[unit][0], amount * 2 + 1) };
        if (r.chance(0.2) && amount >= 1) target.atLeast = { [unit]: UNITS[unit][1] ? amount - 1 : amount / 2 };
        if (index > 0) target.countedFrom = r.pick(['receipt', 'previous']);
      }
      return target;
    });
  };
  return { r, text, calendar, duration, targets };
}

/** A random valid format 2 charter. */
function randomCharter(seed) {
  const { r, text, calendar, duration, targets } = generator(seed);
  const calendars = Object.fromEntries(Array.from({ length: r.int(0, 3) }, (_, i) => [`cal-${i}`, calendar()]));
  const ids = Object.keys(calendars);
  const withHours = ids.filter((id) => !calendars[id].days);
  const json = {
    version: 2,
    language: r.pick(['en', 'cy']),
    timeZone: 'Europe/London',
    organisation: { name: text() },
    title: text(),
    calendars,
  };
  if (withHours.length && r.chance(0.7)) json.hours = r.pick(withHours);
  if (ids.length && r.chance(0.5)) json.workingCalendar = r.pick(ids);
  json.sites = Array.from({ length: r.int(0, 2) }, (_, i) => ({
    id: `site-${i}`,
    name: text(),
    ...(withHours.length && r.chance(0.5) ? { hours: r.pick(withHours) } : {}),
  }));
  json.channels = Array.from({ length: r.int(1, 4) }, (_, i) => {
    const type = r.pick([...CHANNEL_TYPES, 'custom']);
    return {
      id: `ch-${i}`,
      type,
      name: text(),
      ...(type === 'custom' ? { typeName: text() } : {}),
      ...(withHours.length && r.chance(0.4) ? { hours: r.pick(withHours) } : {}),
      ...(json.sites.length && r.chance(0.3) ? { sites: [json.sites[0].id] } : {}),
      ...(r.chance(0.3) ? { languages: ['cy', 'en'] } : {}),
    };
  });
  json.services = Array.from({ length: r.int(0, 2) }, (_, i) => ({ id: `svc-${i}`, name: text() }));
  // Open-time units only where a calendar with hours (or any calendar, for working days) applies to everything.
  const units = ['seconds', 'minutes', 'hours', 'days', 'weeks'];
  if (json.hours) units.push('businessHours', 'workingDays');
  else if (json.workingCalendar) units.push('workingDays');
  json.promises = Array.from({ length: r.int(0, 6) }, (_, i) => {
    const kind = r.pick([...KINDS, 'notice']);
    const scope = r.int(0, 2);
    const promise = { id: `p-${i}`, kind };
    if (scope === 0) promise.channel = r.pick(json.channels).id;
    if (scope === 1 && json.services.length) promise.service = r.pick(json.services).id;
    if (kind === 'custom' || r.chance(0.3)) promise.text = text();
    const list = targets(kind, units);
    if (list.length || r.chance(0.5)) promise.targets = list;
    if (r.chance(0.2)) promise.qualifier = text();
    if (r.chance(0.2)) promise.guarantee = { amount: r.int(0, 100), condition: text(), automatic: r.chance(0.5) };
    return promise;
  });
  json.notices = Array.from({ length: r.int(0, 2) }, (_, i) => ({
    id: `n-${i}`,
    text: text(),
    ...(r.chance(0.5) ? { from: isoDate(r.int(300, 330)) } : {}),
    until: r.chance(0.5) ? isoDate(r.int(331, 400)) : `${isoDate(r.int(331, 400))}T17:00:00Z`,
    ...(r.chance(0.5) ? { channels: [json.channels[0].id] } : {}),
  }));
  json.access = r.chance(0.5)
    ? [{ id: 'a', offer: 'translation', languages: ['pl'], targets: targets('custom', units.slice(0, 5)) }]
    : [];
  const complaintUnits =
    json.workingCalendar || json.hours
      ? units.filter((u) => u !== 'businessHours' || !json.workingCalendar)
      : units.slice(0, 5);
  const stage = () =>
    r.chance(0.2) ? { name: text(), noTimescale: true } : { name: text(), targets: targets('reply', complaintUnits) };
  const stages = () => Array.from({ length: r.int(1, 3) }, stage);
  if (r.chance(0.7)) {
    json.complaints = r.chance(0.5)
      ? { stages: stages() }
      : { tracks: Array.from({ length: r.int(1, 3) }, (_, i) => ({ id: `t-${i}`, name: text(), stages: stages() })) };
    json.complaints.escalation = [
      {
        name: text(),
        phone: '0300 000 0000',
        ...(r.chance(0.5) ? { within: { months: 12 } } : {}),
        after: duration(['weeks']),
      },
    ];
  }
  return json;
}

/** Calls every deadline function; only the documented RangeError (no open time or working day) may come out. */
function exercise(charter, seed) {
  const at = new Date(Date.UTC(2026, 10, 30, 10) + (seed % 500) * 3_600_000);
  const quietly = (run) => {
    try {
      run();
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
    }
  };
  for (const promise of charter.promises) quietly(() => promiseDeadlines(charter, promise, at));
  for (const track of charter.complaints?.tracks ?? []) quietly(() => complaintStageDeadlines(charter, at, track.id));
  activeNotices(charter, at);
}

describe('random format 2 charters', () => {
  it(`${CASES} generated valid charters read without problems, agree with the schema and compute`, () => {
    for (let seed = 1; seed <= CASES; seed++) {
      const json = randomCharter(seed);
      const { charter, problems } = readCharter(json);
      assert.deepEqual(problems, [], `seed ${seed}: ${JSON.stringify(json)}`);
      assert.equal(validate(json), true, `seed ${seed}: ${JSON.stringify(validate.errors)}`);
      exercise(charter, seed);
    }
  });

  it(`${CASES} random mutations are read without an uncaught error; a clean read is schema-valid`, () => {
    const junk = [null, -1, 1e12, 0.5, '', 'x', [], {}, [[]], { en: '' }, true, '2026-02-30', { hours: 1e9 }];
    for (let seed = 1; seed <= CASES; seed++) {
      const json = randomCharter(seed);
      const r = randomSource(seed * 7919);
      for (let n = r.int(1, 4); n > 0; n--) {
        // Walk to a random object or array inside and replace, delete or add one field.
        let node = json;
        for (let depth = r.int(0, 5); depth > 0; depth--) {
          const keys = Object.keys(node).filter((k) => node[k] && typeof node[k] === 'object');
          if (!keys.length) break;
          node = node[r.pick(keys)];
        }
        const keys = Object.keys(node);
        const key = keys.length && r.chance(0.8) ? r.pick(keys) : Array.isArray(node) ? node.length : 'extra';
        if (r.chance(0.3)) delete node[key];
        else node[key] = r.pick(junk);
      }
      let read;
      assert.doesNotThrow(() => (read = readCharter(json)), `seed ${seed}`);
      if (read.charter && read.problems.length === 0) {
        assert.equal(
          validate(json),
          true,
          `seed ${seed}: reader accepted what the schema rejects: ${JSON.stringify(validate.errors)}`,
        );
        exercise(read.charter, seed);
      }
    }
  });
});
