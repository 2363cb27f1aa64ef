// What the elements read from a schedule besides deadline and openState: chained stage
// deadlines, GOV.UK holidays, the next openings, a week's table and upcoming exceptions.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { chainDeadlines, holidaysFromGovUk, nextOpenings, upcomingExceptions, weekTable } from 'service-charter/core';

const iso = (dates) => dates.map((date) => date.toISOString());
const officeHours = { mon: [['09:00', '17:00']], tue: [['09:00', '17:00']], wed: [['09:00', '17:00']] };
const christmas = {
  timeZone: 'Europe/London',
  weekly: { ...officeHours, thu: [['09:00', '17:00']], fri: [['09:00', '17:00']] },
  holidays: ['2026-12-25', '2026-12-28', '2027-01-01'],
  special: { '2026-12-24': [['09:00', '12:00']], '2026-12-31': [['09:00', '12:00']] },
};

describe('chainDeadlines', () => {
  it('starts each stage’s clock at the previous stage’s deadline', () => {
    // Acknowledge within 2 working days, respond within 10 working days of acknowledgement.
    const stages = [{ workingDays: 2 }, { workingDays: 10 }];
    assert.deepEqual(iso(chainDeadlines(christmas, stages, new Date('2026-11-23T10:00:00Z'))), [
      '2026-11-25T17:00:00.000Z',
      '2026-12-10T17:00:00.000Z',
    ]);
  });

  it('mixes target kinds and crosses the Christmas closures', () => {
    const stages = [{ businessHours: 4 }, { workingDays: 1 }, { days: 1 }];
    assert.deepEqual(iso(chainDeadlines(christmas, stages, new Date('2026-12-24T10:00:00Z'))), [
      '2026-12-29T11:00:00.000Z',
      '2026-12-30T17:00:00.000Z',
      '2026-12-31T17:00:00.000Z',
    ]);
  });
});

describe('holidaysFromGovUk', () => {
  const feed = {
    'england-and-wales': {
      division: 'england-and-wales',
      events: [
        { title: 'Boxing Day', date: '2026-12-28' },
        { date: '2026-12-25' },
        { date: '2026-12-25' },
        { date: 'soon' },
      ],
    },
    scotland: { division: 'scotland', events: [{ date: '2027-01-04' }] },
  };
  it('reads one division’s dates, sorted, without repeats or bad dates', () => {
    assert.deepEqual(holidaysFromGovUk(feed, 'england-and-wales'), ['2026-12-25', '2026-12-28']);
    assert.deepEqual(holidaysFromGovUk(feed, 'scotland'), ['2027-01-04']);
  });
  it('names the divisions it found when the one asked for is missing', () => {
    assert.throws(() => holidaysFromGovUk(feed, 'northern-ireland'), /england-and-wales, scotland/);
    assert.throws(() => holidaysFromGovUk([], 'scotland'), /JSON object/);
  });
});

describe('nextOpenings', () => {
  const schedule = {
    timeZone: 'Europe/London',
    weekly: {
      mon: [['09:00', '17:00']],
      tue: [
        ['09:00', '12:30'],
        ['13:30', '17:00'],
      ],
    },
  };
  it('lists the open periods that begin after the instant, not the one in progress', () => {
    const periods = nextOpenings(schedule, new Date('2026-11-23T12:00:00Z'), 3);
    assert.deepEqual(
      periods.map(({ opens, closes }) => [opens.toISOString(), closes.toISOString()]),
      [
        ['2026-11-24T09:00:00.000Z', '2026-11-24T12:30:00.000Z'],
        ['2026-11-24T13:30:00.000Z', '2026-11-24T17:00:00.000Z'],
        ['2026-11-30T09:00:00.000Z', '2026-11-30T17:00:00.000Z'],
      ],
    );
    assert.deepEqual(nextOpenings(schedule, new Date('2026-11-23T12:00:00Z'), 0), []);
  });
  it('gives one merged period for days that touch at midnight', () => {
    const overnight = { timeZone: 'UTC', weekly: { fri: [['20:00', '24:00']], sat: [['00:00', '06:00']] } };
    const [period] = nextOpenings(overnight, new Date('2026-11-23T12:00:00Z'), 1);
    assert.deepEqual(
      [period.opens.toISOString(), period.closes.toISOString()],
      ['2026-11-27T20:00:00.000Z', '2026-11-28T06:00:00.000Z'],
    );
  });
});

describe('weekTable and upcomingExceptions', () => {
  it('gives seven local dates from the instant’s own date, with holidays and special days marked', () => {
    // 00:30 on 24 December in Sydney is still 23 December in London.
    const week = weekTable(christmas, new Date('2026-12-23T13:30:00Z'));
    assert.deepEqual(
      week.map(({ date, weekday, holiday, special, intervals }) => [date, weekday, holiday, special, intervals.length]),
      [
        ['2026-12-23', 'wed', false, false, 1],
        ['2026-12-24', 'thu', false, true, 1],
        ['2026-12-25', 'fri', true, false, 0],
        ['2026-12-26', 'sat', false, false, 0],
        ['2026-12-27', 'sun', false, false, 0],
        ['2026-12-28', 'mon', true, false, 0],
        ['2026-12-29', 'tue', false, false, 1],
      ],
    );
    assert.deepEqual(week[1].intervals, [['09:00', '12:00']]);
  });
  it('lists the holidays and special days in the next 30 days, or as many as asked', () => {
    const from = new Date('2026-12-18T18:00:00Z');
    assert.deepEqual(
      upcomingExceptions(christmas, from).map(({ date }) => date),
      ['2026-12-24', '2026-12-25', '2026-12-28', '2026-12-31', '2027-01-01'],
    );
    assert.deepEqual(
      upcomingExceptions(christmas, from, 7).map(({ date }) => date),
      ['2026-12-24'],
    );
  });
});
