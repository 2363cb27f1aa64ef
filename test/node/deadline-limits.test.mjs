// The largest targets `deadline` accepts give a valid date on any schedule and agree with
// the literal reference where it can still answer; anything beyond gives a RangeError,
// never an Invalid Date. How fast the largest amounts are is measured by `npm run bench`.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { deadline, TARGET_MAXIMA } from 'service-charter/core';
import * as reference from './support/schedule-reference.mjs';

const allWeek = (intervals) =>
  Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((day) => [day, intervals]));

const schedules = {
  'open all the time (London)': { timeZone: 'Europe/London', weekly: allWeek([['00:00', '24:00']]) },
  // The one open hour is the hour the clocks change in spring and autumn.
  'one hour a week, Sunday 01:00 (London)': { timeZone: 'Europe/London', weekly: { sun: [['01:00', '02:00']] } },
  'one hour a week, Saturday 23:30 (Santiago, changes at midnight)': {
    timeZone: 'America/Santiago',
    weekly: { sat: [['23:30', '24:00']], sun: [['00:00', '00:30']] },
  },
  'office hours with Ramadan clock changes (Casablanca)': {
    timeZone: 'Africa/Casablanca',
    weekly: { ...allWeek([['09:00', '17:00']]), sat: [], sun: [] },
    holidays: ['2027-01-01', '2027-05-01'],
    special: { '2026-12-31': [['09:00', '12:00']] },
  },
};
const receivedAt = new Date('2026-11-24T10:00:00Z');

describe('deadline at the largest amounts', () => {
  for (const [name, schedule] of Object.entries(schedules)) {
    it(`gives a valid date for every maximum: ${name}`, () => {
      for (const [kind, amount] of Object.entries(TARGET_MAXIMA)) {
        const due = deadline(structuredClone(schedule), { [kind]: amount }, receivedAt);
        assert.ok(due > receivedAt && !isNaN(due), `${kind}: ${amount} gave ${due}`);
      }
    });

    it(`agrees with the reference over years of business hours: ${name}`, () => {
      // The reference looks no more than a year ahead for open time.
      for (const businessHours of schedule.weekly.mon ? [37.5, 400, 1000.25] : [4.5, 37.5, 45]) {
        const target = { businessHours };
        assert.equal(
          deadline(schedule, target, receivedAt).toISOString(),
          new Date(reference.deadline(schedule, target, +receivedAt)).toISOString(),
          `${businessHours} business hours`,
        );
      }
    });
  }

  it('throws a RangeError past each maximum, and for an amount like 1e308 or 1e9', () => {
    const schedule = schedules['open all the time (London)'];
    for (const [kind, amount] of Object.entries(TARGET_MAXIMA)) {
      assert.throws(() => deadline(schedule, { [kind]: amount + 1 }, receivedAt), RangeError);
    }
    for (const target of [{ minutes: 1e308 }, { businessHours: 1e8 }, { workingDays: 1e9 }]) {
      assert.throws(() => deadline(schedule, target, receivedAt), /at most/);
    }
  });

  it('throws a RangeError, never an Invalid Date, for a deadline past the last date a Date holds', () => {
    const schedule = schedules['open all the time (London)'];
    const lastDay = new Date(8.64e15 - 3_600_000);
    for (const target of [{ minutes: 120 }, { hours: 2 }]) {
      assert.throws(() => deadline(schedule, target, lastDay), /past the last valid Date/);
    }
    assert.throws(() => deadline(schedule, { days: 1 }, lastDay), RangeError);
  });
});
