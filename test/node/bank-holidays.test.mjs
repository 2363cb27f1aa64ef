// GOV.UK bank holidays in a charter's schedules, through the built core as a Node user gets it.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { deadline, loadCharterBankHolidays, openState, readCharter } from 'service-charter/core';

const charter = (bankHolidays) => ({
  version: 1,
  organisation: { name: 'Council' },
  title: 'Charter',
  hours: {
    timeZone: 'Europe/London',
    weekly: { mon: [['09:00', '17:00']], tue: [['09:00', '17:00']], fri: [['09:00', '17:00']] },
    holidays: ['2026-12-24'],
    bankHolidays,
  },
  channels: [],
  promises: [],
});
const feed = { 'england-and-wales': { events: [{ date: '2026-12-28' }, { date: '2026-12-25' }, { date: 'soon' }] } };

it('merges inline GOV.UK data into the holidays when the charter is read', () => {
  const { charter: read, problems } = readCharter(charter({ division: 'england-and-wales', data: feed }));
  assert.deepEqual(problems, []);
  assert.deepEqual(read.hours.holidays, ['2026-12-24', '2026-12-25', '2026-12-28']);
  assert.deepEqual(read.hours.bankHolidays, { division: 'england-and-wales', dates: ['2026-12-25', '2026-12-28'] });
  assert.equal(openState(read.hours, new Date('2026-12-28T10:00:00Z')).open, false);
  assert.equal(
    deadline(read.hours, { workingDays: 0 }, new Date('2026-12-25T10:00:00Z')).toISOString(),
    '2026-12-29T17:00:00.000Z',
  );
});

it('reports a missing division at its path and keeps the hours', () => {
  const { charter: read, problems } = readCharter(charter({ division: 'scotland', data: feed }));
  assert.deepEqual(
    problems.map((p) => p.path),
    ['hours.bankHolidays.data'],
  );
  assert.match(problems[0].message, /no division "scotland"/);
  assert.deepEqual(read.hours.holidays, ['2026-12-24']);
});

it('loads a URL through the given loader, and keeps the schedule with an error when it fails', async () => {
  const url = 'https://www.gov.uk/bank-holidays.json';
  const { charter: read } = readCharter(charter({ division: 'england-and-wales', url }));
  const requested = [];
  const loaded = await loadCharterBankHolidays(read, async (u) => (requested.push(u), feed));
  assert.deepEqual(requested, [url]);
  assert.deepEqual(loaded.hours.holidays, ['2026-12-24', '2026-12-25', '2026-12-28']);
  assert.equal(read.hours.holidays.length, 1, 'the charter read is not changed');
  const failed = await loadCharterBankHolidays(read, async () => {
    throw new Error('offline');
  });
  assert.equal(failed.hours.bankHolidays.error, `${url}: offline`);
  assert.deepEqual(failed.hours.holidays, ['2026-12-24']);
});
