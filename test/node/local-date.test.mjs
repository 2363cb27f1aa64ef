// The one local-date routine (`localDateOf`, from Intl's typed parts) against Temporal's
// reading of the same instants: seeded random instants over 80 years in every test zone.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { Temporal } from 'temporal-polyfill';
import { localDateOf } from 'service-charter/core';
import { randomSource, TIME_ZONES } from './support/random-cases.mjs';

const SEED = Number(process.env.SCHEDULE_SEED ?? 20261130);
const YEAR_MS = 365.25 * 86_400_000;

it('localDateOf names the same local date as Temporal, in every test zone', () => {
  const { next } = randomSource(SEED);
  for (const timeZone of TIME_ZONES) {
    for (let i = 0; i < 2000; i++) {
      const instant = Math.floor(Date.UTC(1970, 0, 1) + next() * 80 * YEAR_MS);
      const expected = Temporal.Instant.fromEpochMilliseconds(instant).toZonedDateTimeISO(timeZone).toPlainDate();
      assert.equal(
        localDateOf(timeZone, new Date(instant)),
        expected.toString(),
        `${timeZone} ${new Date(instant).toISOString()}`,
      );
    }
  }
});
