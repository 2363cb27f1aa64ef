// docs/schedules-and-targets.md by hand: each expected instant below was worked out from the rules and
// the zone's published DST dates, not computed by any code.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { deadline, openState } from 'service-charter/core';

const at = (iso) => new Date(iso);
const due = (schedule, target, iso) => deadline(schedule, target, at(iso)).toISOString();
const state = (schedule, iso) => {
  const { open, changesAt } = openState(schedule, at(iso));
  return { open, changesAt: changesAt && changesAt.toISOString() };
};
const weekdays = (intervals) => ({ mon: intervals, tue: intervals, wed: intervals, thu: intervals, fri: intervals });
const officeHours = (timeZone, extra = {}) => ({ timeZone, weekly: weekdays([['09:00', '17:00']]), ...extra });

describe('Europe/London DST (29 March and 25 October 2026)', () => {
  it('moves an opening time in the skipped hour forward by the gap', () => {
    const schedule = { timeZone: 'Europe/London', weekly: { sun: [['01:30', '03:00']] } };
    // 01:30 does not exist; it reads as 02:30 BST (01:30Z). 02:00 BST is 01:00Z.
    assert.deepEqual(state(schedule, '2026-03-29T01:00:00Z'), { open: false, changesAt: '2026-03-29T01:30:00.000Z' });
    assert.deepEqual(state(schedule, '2026-03-29T01:30:00Z'), { open: true, changesAt: '2026-03-29T02:00:00.000Z' });
  });

  it('keeps days at the same wall-clock time and hours as elapsed time', () => {
    const schedule = officeHours('Europe/London');
    assert.equal(due(schedule, { days: 1 }, '2026-03-28T10:00:00Z'), '2026-03-29T09:00:00.000Z');
    assert.equal(due(schedule, { hours: 24 }, '2026-03-28T10:00:00Z'), '2026-03-29T10:00:00.000Z');
    assert.equal(due(schedule, { weeks: 1 }, '2026-10-20T14:15:00Z'), '2026-10-27T15:15:00.000Z');
  });

  it('reads a repeated hour as its first occurrence', () => {
    const schedule = { timeZone: 'Europe/London', weekly: { sun: [['01:00', '02:00']] } };
    // 01:00 BST (00:00Z) until 02:00 GMT (02:00Z): two hours open.
    assert.deepEqual(state(schedule, '2026-10-25T00:30:00Z'), { open: true, changesAt: '2026-10-25T02:00:00.000Z' });
    assert.equal(due(schedule, { businessHours: 2 }, '2026-10-24T12:00:00Z'), '2026-10-25T02:00:00.000Z');
  });

  it('counts a 24-hour Sunday of 23 hours', () => {
    const schedule = { timeZone: 'Europe/London', weekly: { sun: [['00:00', '24:00']] } };
    assert.equal(due(schedule, { businessHours: 23 }, '2026-03-28T12:00:00Z'), '2026-03-29T23:00:00.000Z');
    assert.equal(due(schedule, { businessHours: 24 }, '2026-03-28T12:00:00Z'), '2026-04-05T00:00:00.000Z');
  });

  it('uses the last interval’s closing time even when an earlier close in the gap is later', () => {
    // 01:50 reads as 02:50 BST; the last interval closes at 02:20 BST (01:20Z).
    const schedule = {
      timeZone: 'Europe/London',
      weekly: {
        sun: [
          ['00:00', '01:50'],
          ['02:10', '02:20'],
        ],
      },
    };
    assert.equal(due(schedule, { workingDays: 0 }, '2026-03-28T12:00:00Z'), '2026-03-29T01:20:00.000Z');
    assert.deepEqual(state(schedule, '2026-03-29T00:30:00Z'), { open: true, changesAt: '2026-03-29T01:50:00.000Z' });
  });
});

describe('America/New_York DST (8 March and 1 November 2026)', () => {
  it('counts business hours over a weekend that changes the clocks', () => {
    const schedule = officeHours('America/New_York');
    // Friday 16:00 EST (21:00Z): one hour left, then Monday 09:00 EDT (13:00Z) + 1 hour.
    assert.equal(due(schedule, { businessHours: 2 }, '2026-03-06T21:00:00Z'), '2026-03-09T14:00:00.000Z');
    assert.equal(due(schedule, { days: 2 }, '2026-03-06T21:00:00Z'), '2026-03-08T20:00:00.000Z');
  });

  it('opens at 03:30 EDT when the schedule says 02:30 on the spring-forward Sunday', () => {
    const schedule = { timeZone: 'America/New_York', weekly: { sun: [['02:30', '04:00']] } };
    assert.deepEqual(state(schedule, '2026-03-08T07:00:00Z'), { open: false, changesAt: '2026-03-08T07:30:00.000Z' });
  });

  it('resolves days in the repeated hour to the earlier instant; 0 days is the same instant', () => {
    const schedule = officeHours('America/New_York');
    assert.equal(due(schedule, { days: 1 }, '2026-10-31T05:30:00Z'), '2026-11-01T05:30:00.000Z');
    assert.equal(due(schedule, { days: 1 }, '2026-11-01T06:30:00Z'), '2026-11-02T06:30:00.000Z');
    assert.equal(due(schedule, { days: 0 }, '2026-11-01T06:30:00Z'), '2026-11-01T06:30:00.000Z');
  });
});

describe('Australia/Sydney DST (5 April and 4 October 2026)', () => {
  it('opens for two hours across the repeated 02:00–03:00', () => {
    const schedule = { timeZone: 'Australia/Sydney', weekly: { sun: [['02:30', '03:30']] } };
    // 02:30 AEDT (15:30Z) until 03:30 AEST (17:30Z); 16:45Z is the second 02:45.
    assert.deepEqual(state(schedule, '2026-04-04T16:45:00Z'), { open: true, changesAt: '2026-04-04T17:30:00.000Z' });
    assert.equal(due(schedule, { businessHours: 1.5 }, '2026-04-04T12:00:00Z'), '2026-04-04T17:00:00.000Z');
  });

  it('ends working days at 17:00 AEDT after the spring change', () => {
    const schedule = officeHours('Australia/Sydney');
    // Friday 18:00 AEST: the start day is Monday 5 October, one working day later is Tuesday.
    assert.equal(due(schedule, { workingDays: 1 }, '2026-10-02T08:00:00Z'), '2026-10-06T06:00:00.000Z');
  });
});

describe('half-hour and quarter-hour zones', () => {
  it('Asia/Kolkata (+05:30) and Asia/Kathmandu (+05:45)', () => {
    const kolkata = { timeZone: 'Asia/Kolkata', weekly: weekdays([['09:30', '18:00']]) };
    assert.deepEqual(state(kolkata, '2026-11-23T04:00:00Z'), { open: true, changesAt: '2026-11-23T12:30:00.000Z' });
    const kathmandu = officeHours('Asia/Kathmandu');
    assert.deepEqual(state(kathmandu, '2026-11-23T03:00:00Z'), { open: false, changesAt: '2026-11-23T03:15:00.000Z' });
  });

  it('Australia/Lord_Howe’s 30-minute DST: landing on the close gives the close', () => {
    const schedule = { timeZone: 'Australia/Lord_Howe', weekly: { sun: [['01:45', '03:00']] } };
    // 01:45 first occurrence (+11, 14:45Z) until 03:00 (+10:30, 16:30Z): 1¾ hours.
    assert.equal(due(schedule, { businessHours: 1.75 }, '2026-04-04T12:00:00Z'), '2026-04-04T16:30:00.000Z');
  });

  it('America/Havana: a Saturday until 24:00 merges with Sunday from the skipped midnight', () => {
    const schedule = { timeZone: 'America/Havana', weekly: { sat: [['22:00', '24:00']], sun: [['00:00', '02:00']] } };
    // Sunday 8 March 2026 starts at 01:00 CDT (05:00Z); it closes at 02:00 CDT (06:00Z).
    assert.deepEqual(state(schedule, '2026-03-08T04:00:00Z'), { open: true, changesAt: '2026-03-08T06:00:00.000Z' });
  });
});

describe('a skipped date (Pacific/Apia jumped from 29 to 31 December 2011)', () => {
  const daily = [['09:00', '17:00']];
  const schedule = {
    timeZone: 'Pacific/Apia',
    weekly: { mon: daily, tue: daily, wed: daily, thu: daily, fri: daily, sat: daily, sun: daily },
  };
  it('opens on the 31st; the 30th still counts as a working day, its 17:00 read as the 31st’s', () => {
    // Thursday 29 December 18:00 (−10) is 04:00Z on the 30th; Saturday 31 09:00 (+14) is 19:00Z on the 30th.
    assert.deepEqual(state(schedule, '2011-12-30T04:00:00Z'), { open: false, changesAt: '2011-12-30T19:00:00.000Z' });
    assert.equal(due(schedule, { workingDays: 0 }, '2011-12-30T04:00:00Z'), '2011-12-31T03:00:00.000Z');
    assert.equal(due(schedule, { workingDays: 2 }, '2011-12-30T04:00:00Z'), '2012-01-01T03:00:00.000Z');
  });
});

describe('24-hour services', () => {
  it('never changes when open every hour of every day', () => {
    const always = [['00:00', '24:00']];
    const schedule = { timeZone: 'Europe/London', weekly: { ...weekdays(always), sat: always, sun: always } };
    assert.deepEqual(state(schedule, '2026-11-24T03:00:00Z'), { open: true, changesAt: null });
    assert.equal(due(schedule, { businessHours: 48 }, '2026-11-24T03:00:00Z'), '2026-11-26T03:00:00.000Z');
  });

  it('merges touching days and closes at the weekend', () => {
    const schedule = { timeZone: 'Europe/London', weekly: weekdays([['00:00', '24:00']]) };
    assert.deepEqual(state(schedule, '2026-11-24T12:00:00Z'), { open: true, changesAt: '2026-11-28T00:00:00.000Z' });
    assert.deepEqual(state(schedule, '2026-11-28T00:00:00Z'), { open: false, changesAt: '2026-11-30T00:00:00.000Z' });
  });

  it('is closed with no change at all when there are no hours', () => {
    assert.deepEqual(state({ timeZone: 'UTC', weekly: {} }, '2026-11-24T12:00:00Z'), { open: false, changesAt: null });
    assert.throws(
      () => deadline({ timeZone: 'UTC', weekly: {} }, { workingDays: 1 }, at('2026-11-24T12:00:00Z')),
      RangeError,
    );
  });
});

describe('the 366-day horizon of openState', () => {
  it('reports a change exactly 366 × 24 hours ahead, and null a millisecond further', () => {
    const schedule = { timeZone: 'UTC', weekly: {}, special: { '2027-11-24': [['00:00', '01:00']] } };
    assert.deepEqual(state(schedule, '2026-11-23T00:00:00Z'), { open: false, changesAt: '2027-11-24T00:00:00.000Z' });
    assert.deepEqual(state(schedule, '2026-11-22T23:59:59.999Z'), { open: false, changesAt: null });
  });
});

describe('a lunch break (docs/charter-format.md example)', () => {
  const schedule = {
    timeZone: 'Europe/London',
    weekly: {
      tue: [
        ['09:00', '12:30'],
        ['13:30', '17:00'],
      ],
    },
  };
  it('closes for lunch', () => {
    assert.deepEqual(state(schedule, '2026-11-24T12:30:00Z'), { open: false, changesAt: '2026-11-24T13:30:00.000Z' });
  });
  it('counts business hours around it, and stops at 12:30 when the hours run out there', () => {
    assert.equal(due(schedule, { businessHours: 4 }, '2026-11-24T10:00:00Z'), '2026-11-24T15:00:00.000Z');
    assert.equal(due(schedule, { businessHours: 2.5 }, '2026-11-24T10:00:00Z'), '2026-11-24T12:30:00.000Z');
  });
});

describe('Christmas and New Year 2026 with half days', () => {
  const schedule = officeHours('Europe/London', {
    holidays: ['2026-12-25', '2026-12-28', '2027-01-01'],
    special: { '2026-12-24': [['09:00', '12:00']], '2026-12-31': [['09:00', '12:00']] },
  });
  it('an email on Friday 18 December at 6pm, 5 and 10 working days', () => {
    assert.equal(due(schedule, { workingDays: 5 }, '2026-12-18T18:00:00Z'), '2026-12-30T17:00:00.000Z');
    assert.equal(due(schedule, { workingDays: 10 }, '2026-12-18T18:00:00Z'), '2027-01-07T17:00:00.000Z');
  });
  it('Christmas Eve closes at noon', () => {
    assert.equal(due(schedule, { workingDays: 0 }, '2026-12-24T11:00:00Z'), '2026-12-24T12:00:00.000Z');
    assert.equal(due(schedule, { workingDays: 0 }, '2026-12-24T12:30:00Z'), '2026-12-29T17:00:00.000Z');
    assert.deepEqual(state(schedule, '2026-12-24T12:00:00Z'), { open: false, changesAt: '2026-12-29T09:00:00.000Z' });
  });
  it('an empty special day closes a weekday; special hours open a holiday', () => {
    const closedMonday = { ...schedule, special: { '2026-11-23': [] } };
    assert.deepEqual(state(closedMonday, '2026-11-23T10:00:00Z'), {
      open: false,
      changesAt: '2026-11-24T09:00:00.000Z',
    });
    const openBoxing = { ...schedule, special: { '2026-12-28': [['10:00', '14:00']] } };
    assert.deepEqual(state(openBoxing, '2026-12-28T10:00:00Z'), { open: true, changesAt: '2026-12-28T14:00:00.000Z' });
  });
});

describe('receipt exactly at opening and at closing (Monday 23 November 2026)', () => {
  const schedule = officeHours('Europe/London');
  it('is open at the opening instant and closed at the closing instant', () => {
    assert.deepEqual(state(schedule, '2026-11-23T09:00:00Z'), { open: true, changesAt: '2026-11-23T17:00:00.000Z' });
    assert.deepEqual(state(schedule, '2026-11-23T17:00:00Z'), { open: false, changesAt: '2026-11-24T09:00:00.000Z' });
  });
  it('starts the count that day at opening, the next day at closing', () => {
    assert.equal(due(schedule, { workingDays: 0 }, '2026-11-23T09:00:00Z'), '2026-11-23T17:00:00.000Z');
    assert.equal(due(schedule, { workingDays: 0 }, '2026-11-23T17:00:00Z'), '2026-11-24T17:00:00.000Z');
    assert.equal(due(schedule, { businessHours: 1 }, '2026-11-23T17:00:00Z'), '2026-11-24T10:00:00.000Z');
    assert.equal(due(schedule, { businessHours: 0 }, '2026-11-23T17:00:00Z'), '2026-11-24T09:00:00.000Z');
    assert.equal(due(schedule, { businessHours: 0 }, '2026-11-23T09:00:00Z'), '2026-11-23T09:00:00.000Z');
  });
});

describe('after close on the Friday before the summer bank holiday (31 August 2026)', () => {
  const schedule = officeHours('Europe/London', { holidays: ['2026-08-31'] });
  it('skips the Monday', () => {
    assert.equal(due(schedule, { workingDays: 1 }, '2026-08-28T16:30:00Z'), '2026-09-02T16:00:00.000Z');
    assert.equal(due(schedule, { businessHours: 3 }, '2026-08-28T16:30:00Z'), '2026-09-01T11:00:00.000Z');
    assert.deepEqual(state(schedule, '2026-08-28T16:30:00Z'), { open: false, changesAt: '2026-09-01T08:00:00.000Z' });
  });
});

describe('a schedule changed in place between calls', () => {
  it('answers from its new hours, holidays and special days', () => {
    const schedule = officeHours('Europe/London');
    assert.equal(due(schedule, { workingDays: 0 }, '2026-11-23T10:00:00Z'), '2026-11-23T17:00:00.000Z');
    schedule.weekly.mon[0] = ['09:00', '16:00']; // every weekday shares this array
    assert.equal(due(schedule, { workingDays: 0 }, '2026-11-23T10:00:00Z'), '2026-11-23T16:00:00.000Z');
    schedule.holidays = ['2026-11-23'];
    assert.equal(due(schedule, { workingDays: 0 }, '2026-11-23T10:00:00Z'), '2026-11-24T16:00:00.000Z');
    schedule.holidays.push('2026-11-24');
    schedule.special = { '2026-11-25': [['10:00', '11:00']] };
    assert.equal(due(schedule, { workingDays: 0 }, '2026-11-23T10:00:00Z'), '2026-11-25T11:00:00.000Z');
  });
});

describe('targets that are not valid', () => {
  it('throws a RangeError', () => {
    const schedule = officeHours('UTC');
    for (const target of [{}, { workingDays: -1 }, { workingDays: 1.5 }, { days: 1, hours: 2 }, { fortnights: 1 }]) {
      assert.throws(() => deadline(schedule, target, at('2026-11-23T12:00:00Z')), RangeError);
    }
  });
});

describe('a schedule without weekly hours', () => {
  it('is closed on every date but its special days', () => {
    const schedule = { timeZone: 'Europe/London', special: { '2026-12-05': [['10:00', '14:00']] } };
    assert.deepEqual(state(schedule, '2026-12-01T12:00:00Z'), { open: false, changesAt: '2026-12-05T10:00:00.000Z' });
    assert.equal(due(schedule, { workingDays: 0 }, '2026-12-01T12:00:00Z'), '2026-12-05T14:00:00.000Z');
  });
});
