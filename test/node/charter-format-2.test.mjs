// Charter format 2 as the built core reads it: every new field valid and invalid (with its
// path), version 1 read with the same meaning, migrate's round trip, the limits, and the
// core functions the elements use. Runs against dist (npm run build first).
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import {
  activeNotices,
  complaintDeadlines,
  complaintStageDeadlines,
  holidaysCover,
  holidaysKnownUntil,
  intervalsOn,
  migrateCharter,
  parseCharter,
  periodsBetween,
  promiseDeadlines,
  readCharter,
  channelHours,
  loadCharterBankHolidays,
} from '../../dist/core/index.js';

const samplesDir = new URL('../../src/samples/', import.meta.url);
const samples = Object.fromEntries(
  readdirSync(samplesDir).map((file) => [
    file.replace('.json', ''),
    JSON.parse(readFileSync(new URL(file, samplesDir), 'utf8')),
  ]),
);
const housing = samples['housing-association'];
const water = samples['water-company'];
const health = samples['bilingual-health-board'];

/** The problems of a copy of `charter` changed by `change`, as "path: message" lines. */
function problemsAfter(charter, change) {
  const copy = structuredClone(charter);
  change(copy);
  return readCharter(copy).problems.map((p) => `${p.path}: ${p.message}`);
}

const minimal = (fields = {}) => ({
  version: 2,
  organisation: { name: 'Test' },
  title: 'T',
  timeZone: 'Europe/London',
  calendars: { office: { weekly: { mon: [['09:00', '17:00']], tue: [['09:00', '17:00']] } } },
  hours: 'office',
  channels: [{ id: 'email', type: 'email', name: 'Email' }],
  ...fields,
});
const withPromise = (promise) => minimal({ promises: [{ id: 'p', kind: 'reply', channel: 'email', ...promise }] });
const problemsOf = (json) => readCharter(json).problems.map((p) => `${p.path}: ${p.message}`);

describe('format 2 samples', () => {
  for (const name of ['housing-association', 'water-company', 'bilingual-health-board']) {
    it(`${name} is a valid version 2 charter`, () => {
      const { charter, problems } = readCharter(samples[name]);
      assert.deepEqual(problems, []);
      assert.equal(charter.version, 2);
      assert.equal(charter.sourceVersion, 2);
    });
  }

  it('resolves calendars by reference: one object shared by every user', () => {
    const charter = parseCharter(housing);
    assert.equal(charter.hours, charter.calendars.office);
    assert.equal(charter.channels.find((c) => c.id === 'phone').hours, charter.calendars.office);
    assert.equal(charter.sites[0].hours, charter.calendars.office);
    assert.equal(charter.workingCalendar, charter.calendars['working-week']);
    assert.equal(charter.workingCalendar.workingDaysOnly, true);
    assert.deepEqual(charter.workingCalendar.weekly.mon, [['00:00', '24:00']]);
    assert.equal(charter.workingCalendar.weekly.sat, undefined);
  });

  it('fills each target kind from its promise and countedFrom on the first target', () => {
    const email = parseCharter(housing).promises.find((p) => p.id === 'reply-email');
    assert.deepEqual(email.targets, [
      { kind: 'acknowledge', within: { workingDays: 1 }, countedFrom: 'receipt' },
      { kind: 'reply', within: { workingDays: 10 }, countedFrom: 'receipt' },
    ]);
    const calls = parseCharter(water).promises.find((p) => p.id === 'answer-calls');
    assert.deepEqual(calls.targets, [{ kind: 'answer', percent: 94, countedFrom: 'receipt' }]);
    const guarantee = parseCharter(housing).promises.find((p) => p.id === 'reply-email').guarantee;
    assert.deepEqual(guarantee, {
      amount: 30,
      currency: 'GBP',
      condition: 'if we do not reply in full within 10 working days',
    });
  });
});

describe('version 1 reads as version 2 with the same meaning', () => {
  for (const name of ['district-council', 'welsh-council', 'scottish-council', 'online-business']) {
    it(`${name}: migrate writes version 2 that reads as the same charter`, () => {
      const v1 = readCharter(samples[name]);
      assert.deepEqual(v1.problems, []);
      assert.equal(v1.charter.sourceVersion, 1);
      const document = migrateCharter(samples[name]);
      assert.equal(document.version, 2);
      const v2 = readCharter(document);
      assert.deepEqual(v2.problems, []);
      assert.deepEqual({ ...v2.charter, sourceVersion: 1 }, v1.charter);
      // Migrating twice changes nothing more.
      assert.deepEqual(migrateCharter(document), document);
    });
  }

  it('a format 1 stage keeps its clocks: chained by default, from receipt when it said so', () => {
    const stages = [
      { name: 'A', acknowledge: { workingDays: 2 }, respond: { workingDays: 10 } },
      { name: 'B', acknowledge: { workingDays: 2 }, respond: { workingDays: 10 }, respondFrom: 'receipt' },
      { name: 'C', respond: { weeks: 8 } },
    ];
    const charter = parseCharter({ ...structuredClone(samples['district-council']), complaints: { stages } });
    const targets = charter.complaints.tracks[0].stages.map((stage) => stage.targets.map((t) => t.countedFrom));
    assert.deepEqual(targets, [['receipt', 'previous'], ['receipt', 'receipt'], ['receipt']]);
    const [migrated] = migrateCharter({ ...structuredClone(samples['district-council']), complaints: { stages } })
      .complaints.stages;
    assert.deepEqual(migrated.targets[1], { within: { workingDays: 10 }, countedFrom: 'previous' });
  });

  it('a format 1 promise becomes a custom promise with its text and one target', () => {
    const [promise] = parseCharter(samples['district-council']).promises;
    assert.equal(promise.kind, 'custom');
    assert.equal(promise.targets.length, 1);
    assert.equal(promise.targets[0].countedFrom, 'receipt');
    assert.ok(promise.text);
  });

  it('migrate refuses an invalid charter, listing every problem', () => {
    const broken = structuredClone(samples['district-council']);
    broken.promises[0].target = { workingDays: -1 };
    broken.channels[0].type = 'pigeon';
    assert.throws(
      () => migrateCharter(broken),
      (error) => error.name === 'CharterError' && error.problems.length >= 2,
    );
  });
});

describe('validation lists every problem with its path', () => {
  it('an unknown channel and a bad amount in the same promise are both reported', () => {
    assert.deepEqual(problemsOf(withPromise({ channel: 'fax', targets: [{ within: { workingDays: 2.5 } }] })), [
      'promises[0].channel: names no entry in "channels": "fax"',
      'promises[0].targets[0].within.workingDays: must be a whole number ≥ 0',
    ]);
  });

  it('an unknown key in a target is reported as that key', () => {
    assert.deepEqual(problemsOf(withPromise({ targets: [{ seconds: 60, percent: 80 }] })), [
      'promises[0].targets[0].seconds: is not a known field',
    ]);
  });

  it('a key named like a built-in of every object (constructor, toString) is still an unknown field', () => {
    assert.deepEqual(problemsOf(minimal({ constructor: 1, toString: 'x' })), [
      'constructor: is not a known field',
      'toString: is not a known field',
    ]);
  });

  it('repeated ids are reported at the repeat, naming the first', () => {
    const problems = problemsOf(
      minimal({
        channels: [
          { id: 'email', type: 'email', name: 'Email' },
          { id: 'email', type: 'post', name: 'Post' },
        ],
        promises: [
          { id: 'p', kind: 'custom', text: 'A' },
          { id: 'p', kind: 'custom', text: 'B' },
        ],
        notices: [
          { id: 'n', text: 'x', until: '2027-01-01' },
          { id: 'n', text: 'y', until: '2027-01-01' },
        ],
      }),
    );
    assert.deepEqual(problems, [
      'channels[1].id: repeats the id of channels[0]: "email"',
      'promises[1].id: repeats the id of promises[0]: "p"',
      'notices[1].id: repeats the id of notices[0]: "n"',
    ]);
    const v1 = structuredClone(samples['district-council']);
    v1.promises[1].id = v1.promises[0].id;
    assert.match(problemsOf(v1).join('\n'), /promises\[1\]\.id: repeats the id of promises\[0\]/);
  });

  const targetCases = {
    'countedFrom missing after the first target': [
      [{ kind: 'acknowledge', within: { workingDays: 2 } }, { within: { workingDays: 10 } }],
      'promises[0].targets[1].countedFrom: is required after the first target: "receipt" or "previous"',
    ],
    'countedFrom "previous" on the first target': [
      [{ within: { workingDays: 2 }, countedFrom: 'previous' }],
      'promises[0].targets[0].countedFrom: must be "receipt" on the first target: nothing comes before it',
    ],
    'a target with nothing to measure': [[{}], 'promises[0].targets[0]: needs "within", "atLeast" or "percent"'],
    'a percent over 100': [[{ percent: 120 }], 'promises[0].targets[0].percent: must be a number from 0 to 100'],
    'atMost in another unit': [
      [{ within: { workingDays: 15 }, atMost: { days: 35 } }],
      'promises[0].targets[0].atMost: must be in the same unit as "within" (workingDays)',
    ],
    'atMost below within': [
      [{ within: { workingDays: 15 }, atMost: { workingDays: 10 } }],
      'promises[0].targets[0].atMost: must not be less than "within"',
    ],
    'atMost without within': [
      [{ percent: 90, atMost: { workingDays: 10 } }],
      'promises[0].targets[0].atMost: needs "within": it is how far "within" may be extended',
    ],
    'a range upside down': [
      [{ atLeast: { weeks: 8 }, within: { weeks: 6 } }],
      'promises[0].targets[0].atLeast: must be less than "within": together they are a range',
    ],
    'a minimum that is not a notice': [
      [{ atLeast: { hours: 24 } }],
      'promises[0].targets[0].atLeast: alone is a minimum notice: use kind "notice", or add "within" for a range',
    ],
    'an unknown kind': [
      [{ kind: 'teleport', within: { hours: 1 } }],
      'promises[0].targets[0].kind: must be one of "answer", "acknowledge", "reply", "resolve", "complete", "call-back", "see", "attend", "notice", "custom"',
    ],
    'two units in one duration': [
      [{ within: { hours: 1, minutes: 5 } }],
      'promises[0].targets[0].within: must have exactly one of seconds, minutes, hours, days, weeks, businessHours, workingDays',
    ],
    'more than 8 targets': [
      Array.from({ length: 9 }, () => ({ percent: 1 })),
      'promises[0].targets: has 9 entries; at most 8 are allowed',
    ],
  };
  for (const [name, [targets, expected]] of Object.entries(targetCases)) {
    it(`target: ${name}`, () => assert.deepEqual(problemsOf(withPromise({ targets })), [expected]));
  }

  it('a notice is a minimum, not a deadline', () => {
    assert.deepEqual(problemsOf(withPromise({ kind: 'notice', targets: [{ within: { hours: 24 } }] })), [
      'promises[0].targets[0]: a notice is a minimum: use "atLeast" (e.g. {"hours": 24}), not "within"',
    ]);
    assert.deepEqual(problemsOf(withPromise({ kind: 'notice', targets: [{ atLeast: { hours: 24 } }] })), []);
  });

  const promiseCases = {
    'a custom promise without text': [{ kind: 'custom' }, 'promises[0].text: is required for kind "custom"'],
    'both a channel and a service': [
      { service: 'repairs' },
      'promises[0].service: names no entry in "services": "repairs"',
      'promises[0]: must have "channel" or "service", not both',
    ],
    'a guarantee with a bad currency': [
      { guarantee: { amount: 50, currency: 'pounds', condition: 'if late' } },
      'promises[0].guarantee.currency: must be an ISO 4217 code such as "GBP"',
    ],
    'a guarantee without a condition': [{ guarantee: { amount: 50 } }, 'promises[0].guarantee.condition: is required'],
  };
  for (const [name, [promise, ...expected]] of Object.entries(promiseCases)) {
    it(`promise: ${name}`, () => assert.deepEqual(problemsOf(withPromise(promise)), expected));
  }

  it('working days where no calendar applies are an author fault, with the fix', () => {
    const json = minimal({
      promises: [{ id: 'p', kind: 'reply', channel: 'email', targets: [{ within: { workingDays: 5 } }] }],
    });
    delete json.hours;
    assert.deepEqual(problemsOf(json), [
      'promises[0].targets[0].within.workingDays: counts working days, but no calendar applies: give the channel or service "hours", or the charter "hours" or "workingCalendar"',
    ]);
    json.calendars.week = { days: ['mon', 'tue', 'wed', 'thu', 'fri'] };
    json.workingCalendar = 'week';
    assert.deepEqual(problemsOf(json), []);
    json.promises[0].targets[0].within = { businessHours: 4 };
    assert.deepEqual(problemsOf(json), [
      'promises[0].targets[0].within.businessHours: counts opening hours, but none apply: give the channel or service "hours", or the charter "hours"',
    ]);
  });

  const calendarCases = {
    'an unknown calendar': [(c) => (c.hours = 'nope'), 'hours: names no entry in "calendars": "nope"'],
    'both weekly and days': [
      (c) => (c.calendars.office.days = ['mon']),
      'calendars.office: must have "weekly" (opening hours) or "days" (working days without hours), not both',
    ],
    'neither weekly nor days': [
      (c) => delete c.calendars.office.weekly,
      'calendars.office.weekly: is required (or "days" for working days without hours)',
    ],
    'a weekday twice in days': [
      (c) => (c.calendars.office = { days: ['mon', 'mon'] }),
      'calendars.office.days: must not name a weekday twice',
    ],
    'overlapping periods': [
      (c) =>
        (c.calendars.office.periods = [
          { from: '2026-12-24', to: '2027-01-02', weekly: {} },
          { from: '2027-01-01', to: '2027-01-10', weekly: {} },
        ]),
      'calendars.office.periods[1]: overlaps the period from 2026-12-24 to 2027-01-02',
    ],
    'a period ending before it starts': [
      (c) => (c.calendars.office.periods = [{ from: '2027-01-02', to: '2026-12-24', weekly: {} }]),
      'calendars.office.periods[0].to: must be on or after "from"',
    ],
    'a period longer than a year': [
      (c) => (c.calendars.office.periods = [{ from: '2026-01-01', to: '2027-06-01', weekly: {} }]),
      'calendars.office.periods[0].to: must be at most 366 days after "from"',
    ],
    'a bad holidaysUntil': [
      (c) => (c.calendars.office.holidaysUntil = '2027-02-30'),
      'calendars.office.holidaysUntil: must be a date written YYYY-MM-DD',
    ],
    'a calendar without a time zone when the charter has none': [
      (c) => delete c.timeZone,
      'calendars.office.timeZone: is required',
    ],
  };
  for (const [name, [change, ...expected]] of Object.entries(calendarCases)) {
    it(`calendar: ${name}`, () => assert.deepEqual(problemsAfter(minimal(), change), expected));
  }

  const otherCases = {
    'a custom channel without its type name': [
      (c) => (c.channels[0].type = 'custom'),
      'channels[0].typeName: is required for type "custom"',
    ],
    'a type name on another type': [
      (c) => (c.channels[0].typeName = 'Pigeon'),
      'channels[0].typeName: is only for type "custom"',
    ],
    'a channel at an unknown site': [
      (c) => (c.channels[0].sites = ['nowhere']),
      'channels[0].sites[0]: names no entry in "sites": "nowhere"',
    ],
    'a bad channel language': [
      (c) => (c.channels[0].languages = ['Welsh']),
      'channels[0].languages[0]: must be a language code such as "en" or "cy"',
    ],
    'a notice ending before it starts': [
      (c) => (c.notices = [{ id: 'n', text: 'x', from: '2027-01-08', until: '2027-01-01' }]),
      'notices[0].until: must be after "from"',
    ],
    'a notice on an unknown channel': [
      (c) => (c.notices = [{ id: 'n', text: 'x', until: '2027-01-01', channels: ['fax'] }]),
      'notices[0].channels[0]: names no entry in "channels": "fax"',
    ],
    'a notice time without its offset': [
      (c) => (c.notices = [{ id: 'n', text: 'x', until: '2027-01-08T17:00' }]),
      'notices[0].until: must be a date (YYYY-MM-DD) or an instant with its offset (2027-01-08T17:00:00Z)',
    ],
    'a custom access offer without text': [
      (c) => (c.access = [{ id: 'a', offer: 'custom' }]),
      'access[0].text: is required for offer "custom"',
    ],
    'an escalation body nobody can reach': [
      (c) => (c.complaints = { stages: [{ name: 'S', noTimescale: true }], escalation: [{ name: 'Ombudsman' }] }),
      'complaints.escalation[0]: needs a way to reach them: "phone", "email", "address" or "url"',
    ],
    'an escalation window in years': [
      (c) =>
        (c.complaints = {
          stages: [{ name: 'S', noTimescale: true }],
          escalation: [{ name: 'O', phone: '0300 000 000', within: { years: 1 } }],
        }),
      'complaints.escalation[0].within.years: is not a known unit: use one of seconds, minutes, hours, days, weeks, businessHours, workingDays, months',
      'complaints.escalation[0].within: must have exactly one of seconds, minutes, hours, days, weeks, businessHours, workingDays, months',
    ],
    'both stages and tracks': [
      (c) =>
        (c.complaints = {
          stages: [{ name: 'S', noTimescale: true }],
          tracks: [{ id: 't', stages: [{ name: 'S', noTimescale: true }] }],
        }),
      'complaints: must have "stages" (one route) or "tracks" (alternative routes by complaint type), not both',
    ],
    'two tracks, one without a name': [
      (c) =>
        (c.complaints = {
          tracks: [
            { id: 'a', name: 'A', stages: [{ name: 'S', noTimescale: true }] },
            { id: 'b', stages: [{ name: 'S', noTimescale: true }] },
          ],
        }),
      'complaints.tracks[1]: needs a "name": there is more than one track',
    ],
    'a stage with targets and no timescale': [
      (c) => (c.complaints = { stages: [{ name: 'S', noTimescale: true, targets: [{ within: { weeks: 8 } }] }] }),
      'complaints.stages[0]: must have "targets" or "noTimescale": true, not both',
    ],
    'a stage with neither': [
      (c) => (c.complaints = { stages: [{ name: 'S' }] }),
      'complaints.stages[0].targets: is required (or "noTimescale": true for a stage with no set timescale)',
    ],
    'an unknown version': [(c) => (c.version = 3), 'version: must be 1 or 2'],
  };
  for (const [name, [change, ...expected]] of Object.entries(otherCases)) {
    it(`${name}`, () => assert.deepEqual(problemsAfter(minimal(), change), expected));
  }
});

describe('limits: every amount and list has a documented maximum', () => {
  const maxima = {
    seconds: 63_072_000,
    minutes: 1_051_200,
    hours: 17_520,
    days: 730,
    weeks: 104,
    businessHours: 17_520,
    workingDays: 520,
  };
  for (const [unit, max] of Object.entries(maxima)) {
    it(`${unit}: ${max} is allowed, ${max + 1} is not, in format 2 and format 1`, () => {
      // Open all week, so even the largest business hours run out within two years.
      const allWeek = (json) => {
        for (const day of ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'])
          json.calendars.office.weekly[day] = [['00:00', '24:00']];
        return json;
      };
      assert.deepEqual(problemsOf(allWeek(withPromise({ targets: [{ within: { [unit]: max } }] }))), []);
      assert.deepEqual(problemsOf(allWeek(withPromise({ targets: [{ within: { [unit]: max + 1 } }] }))), [
        `promises[0].targets[0].within.${unit}: must be at most ${max.toLocaleString('en-GB')} (see the limits)`,
      ]);
      const v1 = structuredClone(samples['district-council']);
      v1.promises[0].target = { [unit]: max + 1 };
      assert.match(problemsOf(v1).join('\n'), new RegExp(`promises\\[0\\]\\.target\\.${unit}: must be at most`));
    });
  }

  it('the largest amounts still compute a deadline quickly', () => {
    const allWeek = Object.fromEntries(
      ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, [['00:00', '24:00']]]),
    );
    const json = withPromise({
      targets: [
        { kind: 'acknowledge', within: { workingDays: 520 } },
        { within: { businessHours: 17_520 }, countedFrom: 'previous' },
      ],
    });
    json.calendars.office.weekly = allWeek;
    const charter = parseCharter(json);
    const started = performance.now();
    const [acknowledge, reply] = promiseDeadlines(charter, charter.promises[0], new Date('2026-11-30T10:00:00Z'));
    assert.ok(performance.now() - started < 2000, 'took longer than 2 s');
    assert.ok(acknowledge.due < reply.due);
  });

  it('business hours must run out within two years of the calendar’s weekly hours', () => {
    const json = withPromise({ targets: [{ within: { businessHours: 1_669 } }] });
    // Monday and Tuesday 9 to 5: 16 hours a week, 1,668 in 730 days.
    assert.deepEqual(problemsOf(json), [
      'promises[0].targets[0].within.businessHours: is more than two years of these opening hours: at most 1668 business hours',
    ]);
    json.promises[0].targets[0].within.businessHours = 1_668;
    assert.deepEqual(problemsOf(json), []);
  });

  it('a 200,000-entry holiday list is one problem, found without reading the entries', () => {
    // (The calendar is then left out; references to it stay quiet: its own problems say why.)
    const json = minimal();
    json.calendars.office.holidays = Array.from({ length: 200_000 }, () => 'not a date');
    json.calendars.office.weekly.mon = Array.from({ length: 200_000 }, () => ['09:00', '10:00']);
    const started = performance.now();
    const problems = problemsOf(json);
    assert.ok(performance.now() - started < 500, `took ${performance.now() - started} ms`);
    assert.deepEqual(problems, [
      'calendars.office.weekly.mon: has 200000 entries; at most 48 are allowed',
      'calendars.office.holidays: has 200000 entries; at most 3,660 are allowed',
    ]);
  });

  it('a time that is not a string, and a hole in a JavaScript list, are reported (found by the property test)', () => {
    const json = minimal();
    json.calendars.office.weekly.mon = [[['09:00'], '17:00']];
    assert.deepEqual(problemsOf(json), [
      'calendars.office.weekly.mon[0]: must be a pair of 24-hour times ["HH:MM", "HH:MM"] ("24:00" = end of day)',
    ]);
    const holes = minimal({ access: [, { id: 'a', offer: 'braille' }] }); // eslint-disable-line no-sparse-arrays
    assert.deepEqual(problemsOf(holes), ['access[0]: must be an object']);
  });

  it('200,000 promises are rejected by their count', () => {
    const json = minimal({
      promises: Array.from({ length: 200_000 }, (_, i) => ({ id: `p${i}`, kind: 'custom', text: 'x' })),
    });
    assert.deepEqual(problemsOf(json), ['promises: has 200000 entries; at most 2,000 are allowed']);
  });
});

describe('core functions for the new parts', () => {
  const monday = new Date('2026-12-21T10:00:00Z');

  it('acknowledgement and full reply: counted from receipt, or from the acknowledgement', () => {
    const charter = parseCharter(
      withPromise({
        targets: [
          { kind: 'acknowledge', within: { workingDays: 1 } },
          { within: { workingDays: 2 }, countedFrom: 'receipt' },
        ],
      }),
    );
    const fromReceipt = promiseDeadlines(charter, charter.promises[0], new Date('2026-11-30T10:00:00Z'));
    // Mon 30 Nov: open Mon and Tue only. 1 working day: Tue 1 Dec; 2: Mon 7 Dec.
    assert.deepEqual(
      fromReceipt.map((d) => [d.kind, d.due.toISOString()]),
      [
        ['acknowledge', '2026-12-01T17:00:00.000Z'],
        ['reply', '2026-12-07T17:00:00.000Z'],
      ],
    );
    charter.promises[0].targets[1].countedFrom = 'previous';
    const chained = promiseDeadlines(charter, charter.promises[0], new Date('2026-11-30T10:00:00Z'));
    // From Tue 1 Dec 17:00 (its last closing, so the start day is Mon 7): 2 working days on is Mon 14 Dec.
    assert.equal(chained[1].start.toISOString(), '2026-12-01T17:00:00.000Z');
    assert.equal(chained[1].due.toISOString(), '2026-12-14T17:00:00.000Z');
  });

  it('a range has its first date and its deadline; a maximum its latest date', () => {
    const charter = parseCharter(
      withPromise({
        kind: 'resolve',
        targets: [{ atLeast: { weeks: 6 }, within: { weeks: 8 }, atMost: { weeks: 12 } }],
      }),
    );
    const [range] = promiseDeadlines(charter, charter.promises[0], new Date('2026-11-30T10:00:00Z'));
    assert.equal(range.earliest.toISOString(), '2027-01-11T10:00:00.000Z');
    assert.equal(range.due.toISOString(), '2027-01-25T10:00:00.000Z');
    assert.equal(range.latest.toISOString(), '2027-02-22T10:00:00.000Z');
  });

  it('working days count on the working calendar when the channel publishes no hours', () => {
    const charter = parseCharter(water);
    const reply = charter.promises.find((p) => p.id === 'written-reply');
    const [deadline] = promiseDeadlines(charter, reply, monday);
    // Mon 21 Dec 2026: 10 working days, skipping 25 and 28 Dec and 1 Jan: the end of Thu 7 Jan.
    assert.equal(deadline.due.toISOString(), '2027-01-08T00:00:00.000Z');
    assert.equal(channelHours(charter, charter.channels[0]), undefined);
  });

  it('a percentage alone has no date; a notice has an earliest moment', () => {
    const charter = parseCharter(water);
    const [calls] = promiseDeadlines(
      charter,
      charter.promises.find((p) => p.id === 'answer-calls'),
      monday,
    );
    assert.equal(calls.due, undefined);
    assert.equal(calls.target.percent, 94);
    const [notice] = promiseDeadlines(
      charter,
      charter.promises.find((p) => p.id === 'planned-interruptions'),
      monday,
    );
    assert.equal(notice.earliest.toISOString(), '2026-12-22T10:00:00.000Z');
    assert.equal(notice.due, undefined);
  });

  it('complaint tracks: a maximum, a timescale from receipt, a stage with no timescale', () => {
    const charter = parseCharter(water);
    const payments = complaintStageDeadlines(charter, monday, 'payment-services');
    assert.equal(payments.targets[0].due.toISOString(), '2027-01-15T00:00:00.000Z');
    assert.equal(payments.targets[0].latest.toISOString(), '2027-02-12T00:00:00.000Z');
    const other = complaintDeadlines(charter, monday, 'everything-else');
    assert.equal(other.acknowledge.toISOString(), '2026-12-24T00:00:00.000Z');
    assert.equal(other.respond.toISOString(), '2027-02-15T10:00:00.000Z');
    const health2 = parseCharter(health);
    assert.deepEqual(complaintStageDeadlines(health2, monday).targets, []);
    assert.equal(complaintDeadlines(health2, monday), undefined);
  });

  it('dated periods: their hours apply between their dates; holidays and special days still win', () => {
    const hours = parseCharter(health).hours;
    assert.deepEqual(intervalsOn(hours, '2026-12-23'), [['08:00', '18:00']]);
    assert.deepEqual(intervalsOn(hours, '2026-12-24'), [['10:00', '14:00']]);
    assert.deepEqual(intervalsOn(hours, '2026-12-25'), []);
    assert.deepEqual(intervalsOn(hours, '2027-01-04'), [['08:00', '18:00']]);
    assert.deepEqual(intervalsOn({ ...hours, special: { '2026-12-29': [['09:00', '10:00']] } }, '2026-12-29'), [
      ['09:00', '10:00'],
    ]);
    assert.deepEqual(
      periodsBetween(hours, '2026-12-01', '2026-12-31').map((p) => p.from),
      ['2026-12-24'],
    );
    assert.deepEqual(periodsBetween(hours, '2027-02-01', '2027-02-28'), []);
  });

  it('holidays are known only as far as a feed or an explicit horizon says', () => {
    const charter = parseCharter(health);
    assert.equal(holidaysKnownUntil(charter.hours), '2027-12-31');
    assert.equal(holidaysCover(charter.hours, '2027-12-01', '2027-12-31'), true);
    assert.equal(holidaysCover(charter.hours, '2027-12-15', '2028-01-14'), false);
    const hub = parseCharter(housing).calendars['hub-hours'];
    assert.equal(holidaysKnownUntil(hub), '2027-01-31');
    const district = parseCharter(samples['district-council']);
    assert.equal(holidaysKnownUntil({ ...district.hours, bankHolidays: undefined }), undefined);
  });

  it('notices show from their start to the end of their last day, on what they name', () => {
    const charter = parseCharter(health);
    const on = (iso, scope) => activeNotices(charter, new Date(iso), scope).map((n) => n.id);
    assert.deepEqual(on('2026-12-14T23:59:59Z'), []);
    assert.deepEqual(on('2026-12-15T00:00:00Z'), ['winter-pressure']);
    assert.deepEqual(on('2027-01-08T23:59:59Z', { channel: 'phone' }), ['winter-pressure']);
    assert.deepEqual(on('2027-01-09T00:00:00Z', { channel: 'phone' }), []);
    assert.deepEqual(on('2027-01-01T12:00:00Z', { channel: 'video-relay' }), []);
    assert.deepEqual(on('2027-01-01T12:00:00Z', { promise: 'call-back' }), ['winter-pressure']);
    const housingCharter = parseCharter(housing);
    assert.deepEqual(
      activeNotices(housingCharter, monday, { promise: 'routine-repairs' }).map((n) => n.id),
      ['winter-demand'],
    );
    assert.deepEqual(activeNotices(housingCharter, monday, { channel: 'phone' }), []);
  });

  it('a calendar’s bank-holiday URL is loaded once however many channels and sites share the calendar, and all see the dates', async () => {
    const url = 'https://www.gov.uk/bank-holidays.json';
    const json = minimal({
      channels: [
        { id: 'email', type: 'email', name: 'Email' },
        { id: 'phone', type: 'phone', name: 'Phone', hours: 'office' },
      ],
      sites: [{ id: 'hq', name: 'HQ', hours: 'office' }],
    });
    json.calendars.office.bankHolidays = { division: 'england-and-wales', url };
    json.calendars.week = {
      days: ['mon', 'tue', 'wed', 'thu', 'fri'],
      bankHolidays: { division: 'england-and-wales', url },
    };
    json.workingCalendar = 'week';
    const feed = { 'england-and-wales': { division: 'england-and-wales', events: [{ date: '2026-12-25' }] } };
    const requested = [];
    const loaded = await loadCharterBankHolidays(parseCharter(json), async (u) => (requested.push(u), feed));
    assert.deepEqual(requested, [url, url]); // one per calendar: "office" and "week"
    assert.equal(loaded.hours, loaded.calendars.office);
    assert.equal(loaded.channels[1].hours, loaded.calendars.office);
    assert.equal(loaded.sites[0].hours, loaded.calendars.office);
    assert.equal(loaded.workingCalendar, loaded.calendars.week);
    assert.deepEqual(loaded.calendars.office.holidays, ['2026-12-25']);
    assert.deepEqual(loaded.workingCalendar.holidays, ['2026-12-25']);
    assert.equal(holidaysKnownUntil(loaded.workingCalendar), '2026-12-31');
  });
});
