// Local dates as day counts (core/time-zone.ts) against Temporal's calendar: seeded random
// days far before and after the epoch, and dates that do not exist.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { Temporal } from 'temporal-polyfill';
import { civilFromDays, daysFromCivil, formatLocalDate, parseLocalDate } from '../../dist/core/time-zone.js';
import { isLocalDate } from '../../dist/core/index.js';
import { randomSource } from './support/random-cases.mjs';

const SEED = Number(process.env.SCHEDULE_SEED ?? 20261201);
const EPOCH = Temporal.PlainDate.from('1970-01-01');

it('day counts and dates agree with Temporal from year -20000 to 20000', () => {
  const { next } = randomSource(SEED);
  for (let i = 0; i < 5000; i++) {
    const days = Math.floor((next() - 0.5) * 2 * 20_000 * 365.2425);
    const date = EPOCH.add({ days });
    const written = date.toString();
    assert.equal(formatLocalDate(days), written, String(days));
    assert.deepEqual(civilFromDays(days), { year: date.year, month: date.month, day: date.day }, written);
    assert.equal(daysFromCivil(date.year, date.month, date.day), days, written);
    if (date.year >= 0 && date.year <= 9999) assert.equal(parseLocalDate(written), days, written);
  }
});

it('a date that does not exist, or is written otherwise, is not a date', () => {
  for (const text of [
    '2026-02-29',
    '2026-02-30',
    '2025-13-01',
    '2026-00-10',
    '2026-04-31',
    '2026-1-01',
    '26-01-01',
    '',
  ])
    assert.ok(Number.isNaN(parseLocalDate(text)), text);
  assert.equal(parseLocalDate('2024-02-29'), daysFromCivil(2024, 2, 29));
  assert.equal(parseLocalDate('0000-01-01'), EPOCH.until('0000-01-01').days);
  // The charter's reader agrees, years before 100 included (they were read as 1900–1999).
  assert.ok(isLocalDate('0050-01-01') && !isLocalDate('0050-02-29'));
});

it('a day or month past its end runs on into the next', () => {
  assert.equal(formatLocalDate(daysFromCivil(2026, 2, 31)), '2026-03-03');
  assert.equal(formatLocalDate(daysFromCivil(2026, 13, 1)), '2027-01-01');
  assert.equal(formatLocalDate(daysFromCivil(2024, 3, 0)), '2024-02-29');
});
