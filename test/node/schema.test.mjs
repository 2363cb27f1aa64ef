// The shipped JSON Schema and parseCharter must agree: on every sample, and on each
// way of breaking one. Runs in Node against the built core (npm run build first).
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';
import { readCharter } from '../../dist/core/index.js';

const schema = JSON.parse(readFileSync(new URL('../../schema/charter.schema.json', import.meta.url), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
const samplesDir = new URL('../../src/samples/', import.meta.url);
const samples = Object.fromEntries(
  readdirSync(samplesDir).map((file) => [file, JSON.parse(readFileSync(new URL(file, samplesDir), 'utf8'))]),
);
const district = samples['district-council.json'];

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
  }
  for (const [name, breakage] of Object.entries(breakages)) {
    it(`both reject: ${name}`, () => {
      const charter = broken(breakage);
      assert.equal(validate(charter), false, 'the schema accepted it');
      assert.notDeepEqual(readCharter(charter).problems, [], 'parseCharter accepted it');
    });
  }
  for (const [name, breakage] of Object.entries(parserOnly)) {
    it(`parseCharter rejects what the schema cannot see: ${name}`, () => {
      assert.notDeepEqual(readCharter(broken(breakage)).problems, []);
    });
  }
});
