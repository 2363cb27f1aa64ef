// The shipped JSON Schema and parseCharter must agree: on every sample, and on each
// way of breaking one. Runs in Node against the built core (npm run build first).
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';
import { migrateCharter, readCharter } from '../../dist/core/index.js';

const schema = JSON.parse(readFileSync(new URL('../../schema/charter.schema.json', import.meta.url), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
const samplesDir = new URL('../../src/samples/', import.meta.url);
const samples = Object.fromEntries(
  readdirSync(samplesDir).map((file) => [file, JSON.parse(readFileSync(new URL(file, samplesDir), 'utf8'))]),
);
const district = samples['district-council.json'];
const housing = samples['housing-association.json'];
const water = samples['water-company.json'];
const health = samples['bilingual-health-board.json'];

/** Each entry breaks a copy of the district council sample in one way. */
const breakages = {
  'wrong version': (c) => (c.version = 2),
  'no title': (c) => delete c.title,
  'empty title': (c) => (c.title = ' '),
  'unknown top-level field': (c) => (c.colour = 'red'),
  'text map with a number': (c) => (c.vision = { en: 3 }),
  'organisation url not http': (c) => (c.organisation.url = 'javascript:alert(1)'),
  'channel of unknown type': (c) => (c.channels[0].type = 'pigeon'),
  'channel id with spaces': (c) => (c.channels[0].id = 'the phone'),
  'phone with letters': (c) => (c.channels[0].contact.phone = 'call us'),
  'email without @': (c) => (c.channels[1].contact.email = 'nobody'),
  'contact url as mailto': (c) => (c.channels[2].contact.url = 'mailto:x@example.com'),
  'fractional working days': (c) => (c.promises[1].target = { workingDays: 1.5 }),
  'negative minutes': (c) => (c.promises[4].target = { minutes: -1 }),
  'two target kinds': (c) => (c.promises[4].target = { minutes: 1, hours: 1 }),
  'unknown target kind': (c) => (c.promises[4].target = { fortnights: 1 }),
  'seconds in a complaint stage': (c) => (c.complaints.stages[0].respond = { seconds: 5 }),
  'bad period': (c) => (c.promises[0].performance.periods[0].period = '2026-13'),
  'achieved as text': (c) => (c.promises[0].performance.periods[0].achieved = '82%'),
  'bad unit': (c) => (c.promises[0].performance.unit = 'percentage'),
  'time not HH:MM': (c) => (c.hours.weekly.mon = [['9:00', '17:00']]),
  'time 24:30': (c) => (c.hours.weekly.mon = [['09:00', '24:30']]),
  'interval of three times': (c) => (c.hours.weekly.mon = [['09:00', '12:00', '17:00']]),
  'unknown weekday': (c) => (c.hours.weekly.monday = []),
  'holiday not a date': (c) => (c.hours.holidays = ['25/12/2026']),
  'special keyed by a non-date': (c) => (c.hours.special = { christmas: [] }),
  'schedule without time zone': (c) => delete c.hours.timeZone,
  'bank holidays without url or data': (c) => (c.hours.bankHolidays = { division: 'england-and-wales' }),
  'escalation without url': (c) => delete c.complaints.escalation.url,
  'stage without respond': (c) => delete c.complaints.stages[0].respond,
  'respondFrom unknown': (c) => (c.complaints.stages[0].respondFrom = 'never'),
  'endpoint not a URL or path': (c) => (c.complaints.endpoint = 'ftp://x'),
  'feed without url': (c) => (c.feed = { transport: 'sse' }),
  'feed url not http or a path': (c) => (c.feed.url = 'javascript:alert(1)'),
  'feed transport unknown': (c) => (c.feed.transport = 'websocket'),
  'feed max age zero': (c) => (c.feed.maxAgeSeconds = 0),
  'channel feed with unknown field': (c) => (c.channels[0].feed = { url: '/f', colour: 'red' }),
  'version 3': (c) => (c.version = 3),
  'working days over the maximum': (c) => (c.promises[1].target = { workingDays: 521 }),
  'too many holidays': (c) => (c.hours.holidays = Array.from({ length: 3661 }, () => '2026-12-25')),
  'period in a version 1 schedule': (c) => (c.hours.periods = []),
};

/** Each entry breaks a copy of a format 2 sample in one way. */
const breakagesV2 = {
  'promise without a kind': [housing, (c) => delete c.promises[0].kind],
  'promise of an unknown kind': [housing, (c) => (c.promises[0].kind = 'teleport')],
  'custom promise without text': [housing, (c) => delete c.promises.find((p) => p.kind === 'custom').text],
  'promise with channel and service': [housing, (c) => (c.promises[0].service = 'repairs')],
  'target with seconds beside percent': [housing, (c) => (c.promises[0].targets = [{ seconds: 60, percent: 80 }])],
  'target with nothing to measure': [housing, (c) => (c.promises[0].targets = [{ kind: 'answer' }])],
  'percent over 100': [water, (c) => (c.promises[0].targets = [{ percent: 101 }])],
  'hours over the maximum': [housing, (c) => (c.promises[1].targets[0].within = { hours: 17_521 })],
  'countedFrom unknown': [housing, (c) => (c.promises[4].targets[1].countedFrom = 'acknowledgement')],
  'guarantee without condition': [water, (c) => delete c.promises[1].guarantee.condition],
  'guarantee currency in words': [water, (c) => (c.promises[1].guarantee.currency = 'pounds')],
  'calendar with weekly and days': [water, (c) => (c.calendars['working-week'].weekly = {})],
  'calendar with neither weekly nor days': [water, (c) => delete c.calendars['working-week'].days],
  'days naming a weekday twice': [water, (c) => (c.calendars['working-week'].days = ['mon', 'mon'])],
  'hours given inline': [housing, (c) => (c.hours = { timeZone: 'Europe/London', weekly: {} })],
  'period without weekly': [health, (c) => delete c.calendars['contact-centre'].periods[0].weekly],
  'custom channel without typeName': [health, (c) => delete c.channels.find((ch) => ch.type === 'custom').typeName],
  'typeName on a phone': [health, (c) => (c.channels[0].typeName = 'Phone')],
  'channel of unknown type': [health, (c) => (c.channels[0].type = 'carrier-pigeon')],
  'notice without until': [health, (c) => delete c.notices[0].until],
  'notice time without offset': [health, (c) => (c.notices[0].until = '2027-01-08T17:00')],
  'access offer of unknown kind': [health, (c) => (c.access[0].offer = 'telepathy')],
  'complaints with stages and tracks': [water, (c) => (c.complaints.stages = c.complaints.tracks[0].stages)],
  'stage with targets and noTimescale': [water, (c) => (c.complaints.tracks[1].stages[1].targets = [])],
  'stage with neither targets nor noTimescale': [water, (c) => delete c.complaints.tracks[1].stages[1].noTimescale],
  'escalation nobody can reach': [water, (c) => (c.complaints.escalation[0] = { name: 'CCW' })],
  'escalation within in years': [water, (c) => (c.complaints.escalation[1].within = { years: 1 })],
  'escalation as one object': [water, (c) => (c.complaints.escalation = c.complaints.escalation[0])],
  'complaints services in version 2': [water, (c) => (c.complaints.services = [])],
  'improvement without weDid': [housing, (c) => delete c.improvements[0].weDid],
  'improvement done on a season': [housing, (c) => (c.improvements[0].doneOn = 'summer 2026')],
  'improvement about a promise and a service': [housing, (c) => (c.improvements[1].service = 'repairs')],
  'satisfaction without a measure': [housing, (c) => delete c.satisfaction[0].measure],
  'satisfaction of an unknown unit': [health, (c) => (c.satisfaction[0].unit = 'stars')],
  'version 1 promise in version 2': [
    housing,
    (c) => (c.promises[0] = { id: 'x', channel: 'phone', text: 'x', target: { seconds: 1 } }),
  ],
};

/** Format 2 rules only parseCharter sees: references, units of a range, clocks, dates. */
const parserOnlyV2 = {
  'calendar that does not exist': [housing, (c) => (c.hours = 'nowhere')],
  'promise on an unknown service': [housing, (c) => (c.promises[1].service = 'gardening')],
  'second target without countedFrom': [housing, (c) => delete c.promises[4].targets[1].countedFrom],
  'atMost in another unit': [water, (c) => (c.complaints.tracks[0].stages[0].targets[0].atMost = { days: 35 })],
  'overlapping periods': [
    health,
    (c) => c.calendars['minor-injuries'].periods.push({ from: '2027-01-01', to: '2027-01-02', weekly: {} }),
  ],
  'improvement about an unknown promise': [housing, (c) => (c.improvements[1].promise = 'answer-letters')],
  'improvement done before it was said': [health, (c) => (c.improvements[0].doneOn = '2026-02')],
  'notice ending before it starts': [health, (c) => (c.notices[0].until = '2026-12-01')],
  'repeated channel id': [health, (c) => (c.channels[1].id = c.channels[0].id)],
  'working days with no calendar': [water, (c) => delete c.workingCalendar],
  'two tracks, one unnamed': [water, (c) => delete c.complaints.tracks[0].name],
};

/** Broken only by rules JSON Schema cannot express: parseCharter alone catches them. */
const parserOnly = {
  'unknown time zone': (c) => (c.hours.timeZone = 'Mars/Olympus_Mons'),
  'impossible date': (c) => (c.hours.holidays = ['2026-02-30']),
  'interval closing before it opens': (c) => (c.hours.weekly.mon = [['17:00', '09:00']]),
  'overlapping intervals': (c) =>
    (c.hours.weekly.mon = [
      ['09:00', '13:00'],
      ['12:00', '17:00'],
    ]),
  'promise naming no channel': (c) => (c.promises[0].channel = 'fax'),
};

const broken = (breakage) => {
  const charter = structuredClone(district);
  breakage(charter);
  return charter;
};

describe('charter JSON Schema and parseCharter agree', () => {
  for (const [file, charter] of Object.entries(samples)) {
    it(`both accept the sample ${file}`, () => {
      assert.equal(validate(charter), true, JSON.stringify(validate.errors));
      assert.deepEqual(readCharter(charter).problems, []);
    });
    it(`both accept the sample ${file} migrated to version 2`, () => {
      const migrated = migrateCharter(charter);
      assert.equal(validate(migrated), true, JSON.stringify(validate.errors));
      assert.deepEqual(readCharter(migrated).problems, []);
    });
  }
  for (const [name, breakage] of Object.entries(breakages)) {
    it(`both reject: ${name}`, () => {
      const charter = broken(breakage);
      assert.equal(validate(charter), false, 'the schema accepted it');
      assert.notDeepEqual(readCharter(charter).problems, [], 'parseCharter accepted it');
    });
  }
  for (const [name, [sample, breakage]] of Object.entries(breakagesV2)) {
    it(`both reject (version 2): ${name}`, () => {
      const charter = structuredClone(sample);
      breakage(charter);
      assert.equal(validate(charter), false, 'the schema accepted it');
      assert.notDeepEqual(readCharter(charter).problems, [], 'parseCharter accepted it');
    });
  }
  for (const [name, [sample, breakage]] of Object.entries(parserOnlyV2)) {
    it(`parseCharter rejects what the schema cannot see (version 2): ${name}`, () => {
      const charter = structuredClone(sample);
      breakage(charter);
      assert.equal(validate(charter), true, JSON.stringify(validate.errors));
      assert.notDeepEqual(readCharter(charter).problems, []);
    });
  }
  for (const [name, breakage] of Object.entries(parserOnly)) {
    it(`parseCharter rejects what the schema cannot see: ${name}`, () => {
      assert.notDeepEqual(readCharter(broken(breakage)).problems, []);
    });
  }
});
