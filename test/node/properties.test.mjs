// Property-based tests (fast-check) of the readers and the time functions: for any input,
// each returns a usable value or throws the error it documents, and none takes long.
// Reproduce a failure with the seed and path fast-check prints.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  deadline,
  nextOpenings,
  openState,
  parseFeedText,
  readCharter,
  readFiguresCsv,
  TARGET_MAXIMA,
} from 'service-charter/core';
import { agentsForServiceLevel } from 'service-charter/erlang-c';
// Internals, not part of the public surface.
import { freshForMs, retryAfterMs } from '../../dist/core/backoff.js';
import { SseParser } from '../../dist/core/sse-parser.js';

/** Runs `run`, failing if it takes more than `budgetMs` of this process's CPU time. */
function withinBudget(budgetMs, run) {
  const start = process.cpuUsage();
  try {
    return run();
  } finally {
    const used = process.cpuUsage(start);
    const ms = (used.user + used.system) / 1000;
    assert.ok(ms < budgetMs, `took ${ms.toFixed(1)} ms (budget ${budgetMs} ms)`);
  }
}

/** Calls `run`; a RangeError is an allowed answer (returned as 'RangeError'), anything else thrown fails. */
function valueOrRangeError(run) {
  try {
    return run();
  } catch (error) {
    if (error instanceof RangeError) return 'RangeError';
    throw error;
  }
}

const ZONES = ['Europe/London', 'America/Santiago', 'Africa/Casablanca', 'Australia/Lord_Howe', 'Pacific/Apia', 'UTC'];
const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const wallTime = fc
  .tuple(fc.integer({ min: 0, max: 24 }), fc.constantFrom(0, 15, 30, 59))
  .map(([h, m]) => (h === 24 ? '24:00' : `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`));
const interval = fc.tuple(wallTime, wallTime).filter(([a, b]) => a < b);
const localDate = fc
  .date({ min: new Date('2026-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const schedule = fc.record({
  timeZone: fc.constantFrom(...ZONES),
  weekly: fc.dictionary(fc.constantFrom(...DAYS), fc.array(interval, { maxLength: 3 })),
  holidays: fc.uniqueArray(localDate, { maxLength: 20 }),
  special: fc.dictionary(localDate, fc.array(interval, { maxLength: 2 }), { maxKeys: 5 }),
});
const kind = fc.constantFrom(...Object.keys(TARGET_MAXIMA));
const target = fc.oneof(
  kind.chain((k) => fc.record({ [k]: fc.integer({ min: 0, max: TARGET_MAXIMA[k] }) })),
  kind.chain((k) => fc.record({ [k]: fc.double() })),
  fc.anything(),
);
const instant = fc.oneof(
  fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }),
  fc.date(), // any Date, invalid ones and ±100,000,000 days included
);

describe('time functions, for any schedule, target and instant', () => {
  it('deadline returns a valid Date no earlier than receipt, or throws a RangeError, within 250 ms', () => {
    fc.assert(
      fc.property(schedule, target, instant, (s, t, at) => {
        const due = withinBudget(250, () => valueOrRangeError(() => deadline(s, t, at)));
        if (due !== 'RangeError') assert.ok(due instanceof Date && !isNaN(due) && due >= at, `${due}`);
      }),
      { numRuns: 300 },
    );
  });

  it('openState and nextOpenings give valid dates (or null) or a RangeError, within 250 ms', () => {
    fc.assert(
      fc.property(schedule, instant, (s, at) => {
        const state = withinBudget(250, () => valueOrRangeError(() => openState(s, at)));
        if (state !== 'RangeError') assert.ok(state.changesAt === null || !isNaN(state.changesAt));
        const openings = withinBudget(250, () => valueOrRangeError(() => nextOpenings(s, at, 5)));
        if (openings !== 'RangeError')
          for (const { opens, closes } of openings) assert.ok(!isNaN(opens) && !isNaN(closes) && opens < closes);
      }),
      { numRuns: 200 },
    );
  });
});

describe('readers, for any input', () => {
  it('readCharter never throws, and takes under 100 ms for a small document', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), fc.anything({ maxDepth: 4 }), (json, other) => {
        for (const input of [json, other, { version: 1, organisation: json, hours: other, promises: json }]) {
          const { problems } = withinBudget(100, () => readCharter(input));
          assert.ok(Array.isArray(problems));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('parseFeedText never throws: a document or an error', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((v) => JSON.stringify(v)),
        ),
        (text) => {
          const reading = withinBudget(50, () => parseFeedText(text));
          assert.ok(reading.feed ? reading.feed.updatedAt instanceof Date : typeof reading.error === 'string');
        },
      ),
      { numRuns: 500 },
    );
  });

  it('readFiguresCsv reads any text without throwing anything but its own error', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', '1', ',', '"', '\n', '\r', ' ', '-', 'Q') }), (text) => {
        try {
          withinBudget(50, () => readFiguresCsv(text));
        } catch (error) {
          assert.equal(error.name, 'FiguresReadError', String(error));
        }
      }),
      { numRuns: 500 },
    );
  });

  it('SseParser holds no more than its bound, however the stream is cut', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: fc.constantFrom('a', ':', '\n', '\r', ' ', 'data', 'retry: 9') })),
        (chunks) => {
          const parser = new SseParser(64);
          for (const chunk of chunks) {
            try {
              parser.push(chunk);
            } catch (error) {
              assert.ok(error instanceof RangeError);
              return;
            }
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('Retry-After and Cache-Control give a finite delay ≥ 0, or none', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.bigInt({ min: 0n }).map(String)), fc.integer(), (header, now) => {
        for (const ms of [retryAfterMs(header, now), freshForMs(header, header), freshForMs(`max-age=${header}`)])
          assert.ok(ms === undefined || (ms >= 0 && !isNaN(ms)), `${header}: ${ms}`);
      }),
      { numRuns: 500 },
    );
  });

  it('agentsForServiceLevel returns a whole number or throws a RangeError, within 250 ms', () => {
    fc.assert(
      fc.property(fc.double(), fc.double(), fc.double(), fc.double(), (traffic, handle, target, share) => {
        const agents = withinBudget(250, () =>
          valueOrRangeError(() => agentsForServiceLevel(traffic, handle, target, share)),
        );
        assert.ok(agents === 'RangeError' || Number.isInteger(agents));
      }),
      { numRuns: 500 },
    );
  });
});
