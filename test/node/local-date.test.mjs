// The one local-date routine (`localDateOf`, the local day through the zone's offset) against Temporal's
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

it('zoneOffsetMs is the offset Temporal gives, local mean time seconds included (1800 to 2100)', async () => {
  const { zoneOffsetMs } = await import('../../dist/core/time-zone.js');
  const { next } = randomSource(SEED + 1);
  for (const timeZone of [...TIME_ZONES, 'Europe/Dublin', 'Africa/Monrovia']) {
    for (let i = 0; i < 1000; i++) {
      const instant = Math.floor(Date.UTC(1800, 0, 1) + next() * 300 * YEAR_MS);
      const expected = Temporal.Instant.fromEpochMilliseconds(instant).toZonedDateTimeISO(timeZone).offsetNanoseconds;
      assert.equal(zoneOffsetMs(timeZone, instant), expected / 1e6, `${timeZone} ${new Date(instant).toISOString()}`);
    }
  }
});
