// The live-feed core in Node, against the built package (npm run build first): the
// feed reader, the wait estimate and its rounding, bands, ages, Erlang C against a
// published worked example, backoff with full jitter and the SSE stream parser.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { backoffDelay, freshForMs, retryAfterMs } from '../../dist/core/backoff.js';
import {
  estimateWaitSeconds,
  figureAge,
  freshness,
  parseFeedText,
  readFeed,
  roundWait,
  waitBand,
} from '../../dist/core/index.js';
import { SseParser } from '../../dist/core/sse-parser.js';
import {
  agentsForServiceLevel,
  averageSpeedOfAnswer,
  probabilityOfWaiting,
  serviceLevel,
  trafficErlangs,
} from 'service-charter/erlang-c';

describe('feed documents', () => {
  it('reads the minimal document of docs/feed-format.md, ignoring fields of its own', () => {
    const { feed, problems } = readFeed({
      updatedAt: '2026-11-24T10:02:00Z',
      source: 'telephony',
      channels: {
        phone: { estimatedWaitSeconds: 240, longestWaitSeconds: 400 },
        chat: { waiting: 3, agentsAvailable: 0, averageHandleSeconds: 300 },
      },
    });
    assert.deepEqual(problems, []);
    assert.equal(feed.updatedAt.toISOString(), '2026-11-24T10:02:00.000Z');
    assert.deepEqual(feed.channels.phone, { estimatedWaitSeconds: 240 });
  });

  it('keeps the valid channels and names each problem by its path', () => {
    const { feed, problems } = readFeed({
      updatedAt: '2026-11-24T10:02:00Z',
      channels: { phone: { estimatedWaitSeconds: -1 }, chat: { waiting: 1.5 }, email: { estimatedWaitSeconds: 60 } },
    });
    assert.deepEqual(Object.keys(feed.channels), ['email']);
    assert.deepEqual(
      problems.map((p) => p.path),
      ['channels.phone.estimatedWaitSeconds', 'channels.chat.waiting'],
    );
  });

  it('rejects a document without a usable updatedAt or channels, and text that is not JSON, without throwing', () => {
    assert.equal(readFeed({ updatedAt: 'yesterday', channels: {} }).feed, undefined);
    assert.equal(readFeed({ updatedAt: '2026-11-24T10:02:00Z' }).feed, undefined);
    assert.equal(readFeed([]).feed, undefined);
    assert.match(parseFeedText('{"updatedAt": ').error, /not valid JSON/);
    assert.match(parseFeedText('{"channels": {}}').error, /updatedAt: is required/);
  });
});

describe('the wait estimate', () => {
  it('prefers the feed’s own estimate, else (waiting + 1) × handle time / agents', () => {
    assert.equal(estimateWaitSeconds({ estimatedWaitSeconds: 240, waiting: 50 }), 240);
    assert.equal(estimateWaitSeconds({ waiting: 3, agentsAvailable: 2, averageHandleSeconds: 300 }), 600);
    assert.equal(estimateWaitSeconds({ waiting: 0, agentsAvailable: 0, averageHandleSeconds: 300 }), 0);
    assert.equal(estimateWaitSeconds({ waiting: 3, agentsAvailable: 0, averageHandleSeconds: 300 }), null);
    assert.equal(estimateWaitSeconds({ waiting: 3 }), null);
    assert.equal(estimateWaitSeconds(undefined), null);
  });

  it('rounds as documented', () => {
    const words = (s) => {
      const r = roundWait(s);
      return r.kind === 'minutes' ? r.minutes : r.kind;
    };
    assert.deepEqual([0, 59, 60, 89, 90, 240, 569, 570, 600, 14 * 60, 3599, 3600, 9000].map(words), [
      'underMinute',
      'underMinute',
      1,
      1,
      2,
      4,
      9,
      10,
      10,
      15,
      55,
      'overHour',
      'overHour',
    ]);
  });

  it('bands waits, and a wait just over a band edge keeps the band it came from', () => {
    assert.deepEqual(
      [0, 60, 299, 300, 900, 1500, 2000, 3600].map((s) => waitBand(s)),
      [0, 1, 1, 2, 3, 4, 5, 6],
    );
    assert.equal(waitBand(310, 1), 1); // 5 min 10 s: within 10 % of the band's width
    assert.equal(waitBand(290, 2), 2);
    assert.equal(waitBand(700, 1), 3);
    assert.equal(waitBand(3500, 6), 6);
    assert.equal(waitBand(2000, 6), 5);
  });
});

describe('figure ages and freshness', () => {
  it('steps through just now, tens of seconds, minutes and hours, saying when the wording changes', () => {
    assert.deepEqual(figureAge(4000), { age: { unit: 'now' }, changesInMs: 6000 });
    assert.deepEqual(figureAge(25_000), { age: { unit: 'second', value: 20 }, changesInMs: 5000 });
    assert.deepEqual(figureAge(150_000), { age: { unit: 'minute', value: 2 }, changesInMs: 30_000 });
    assert.deepEqual(figureAge(2 * 3600_000 + 1), { age: { unit: 'hour', value: 2 }, changesInMs: 3600_000 - 1 });
    assert.deepEqual(figureAge(-5000).age, { unit: 'now' });
  });

  it('is fresh to the max age, stale to the hiding limit, expired beyond', () => {
    assert.deepEqual(
      [100, 121, 600, 601].map((s) => freshness(s * 1000, 120_000, 600_000)),
      ['fresh', 'stale', 'stale', 'expired'],
    );
  });
});

describe('Erlang C', () => {
  // The widely published worked example: 200 calls an hour at 180 s handle time is
  // 10 Erlangs of traffic; 14 agents; a 20-second answer target.
  const traffic = trafficErlangs(200, 180);

  it('gives P(wait) ≈ 0.174, ASA ≈ 7.8 s and ≈ 88.8 % answered within 20 s for 10 Erlangs and 14 agents', () => {
    assert.equal(traffic, 10);
    assert.equal(probabilityOfWaiting(10, 14).toFixed(3), '0.174');
    assert.equal(averageSpeedOfAnswer(10, 14, 180).toFixed(1), '7.8');
    assert.equal((serviceLevel(10, 14, 180, 20) * 100).toFixed(1), '88.8');
  });

  it('is overloaded when agents cannot keep up, and finds the agents for a service level', () => {
    assert.equal(probabilityOfWaiting(10, 10), 1);
    assert.equal(averageSpeedOfAnswer(10, 9, 180), Infinity);
    assert.equal(serviceLevel(10, 10, 180, 20), 0);
    assert.equal(probabilityOfWaiting(0, 3), 0);
    assert.equal(agentsForServiceLevel(10, 180, 20, 0.75), 13);
    assert.equal(agentsForServiceLevel(10, 180, 20, 0.8), 14);
    assert.equal(agentsForServiceLevel(10, 180, 20, 0.888), 14);
    // Large centres do not overflow.
    assert.ok(probabilityOfWaiting(900, 950) > 0 && probabilityOfWaiting(900, 950) < 1);
  });

  it('throws a RangeError for out-of-range arguments instead of looping or answering NaN', () => {
    const start = performance.now();
    // A percentage given for a share, a share of 1 or more, NaN: each used to loop for ever or answer nonsense.
    for (const share of [80, 1, 1.5, NaN, -0.1]) {
      assert.throws(() => agentsForServiceLevel(10, 180, 20, share), { name: 'RangeError', message: /share/ });
    }
    assert.throws(() => agentsForServiceLevel(1e6, 180, 20, 0.8), /more than 100000 agents/);
    assert.throws(() => agentsForServiceLevel(10, 0, 20, 0.8), /averageHandleSeconds/);
    assert.throws(() => probabilityOfWaiting(10, 2.5), /agents must be a whole number/);
    assert.throws(() => probabilityOfWaiting(-1, 3), /traffic/);
    assert.throws(() => probabilityOfWaiting(10, 1e9), /agents/);
    assert.throws(() => averageSpeedOfAnswer(10, 14, NaN), RangeError);
    assert.throws(() => serviceLevel(10, 14, 180, -20), /targetSeconds/);
    assert.throws(() => trafficErlangs(Infinity, 180), /callsPerHour/);
    assert.ok(performance.now() - start < 1000);
  });
});

describe('backoff and HTTP caching headers', () => {
  it('waits a uniformly random time up to min(cap, base × 2^attempt)', () => {
    const policy = { baseMs: 1000, capMs: 10_000 };
    assert.deepEqual(
      [0, 1, 2, 3, 4, 10].map((n) => backoffDelay(n, policy, () => 0.999999)),
      [999, 1999, 3999, 7999, 9999, 9999],
    );
    assert.equal(
      backoffDelay(3, policy, () => 0),
      0,
    );
    assert.equal(
      backoffDelay(2, policy, () => 0.5),
      2000,
    );
  });

  it('reads Retry-After as seconds or an HTTP date, and max-age less Age', () => {
    const now = Date.parse('2026-11-24T10:00:00Z');
    assert.equal(retryAfterMs('120', now), 120_000);
    assert.equal(retryAfterMs('Tue, 24 Nov 2026 10:00:30 GMT', now), 30_000);
    assert.equal(retryAfterMs('Tue, 24 Nov 2026 09:00:00 GMT', now), 0);
    assert.equal(retryAfterMs('soon', now), undefined);
    assert.equal(retryAfterMs(null, now), undefined);
    assert.equal(freshForMs('public, max-age=30'), 30_000);
    assert.equal(freshForMs('max-age=30, s-maxage=5', '12'), 18_000);
    assert.equal(freshForMs('max-age=30', '45'), 0);
    assert.equal(freshForMs('no-store, max-age=30'), undefined);
    assert.equal(freshForMs('no-cache'), undefined);
  });
});

describe('the SSE stream parser', () => {
  it('joins data lines, keeps the id, takes retry, and copes with chunks split anywhere', () => {
    const stream =
      'retry: 2500\n: comment\r\nid: 7\nevent: message\ndata: {"a":\ndata: 1}\n\nid: 8\ndata: two\r\n\r\nevent: other\ndata: x\n\n';
    for (const size of [1, 2, 3, 7, stream.length]) {
      const parser = new SseParser();
      const events = [];
      for (let i = 0; i < stream.length; i += size) events.push(...parser.push(stream.slice(i, i + size)));
      assert.deepEqual(events, [
        { type: 'message', data: '{"a":\n1}', lastEventId: '7' },
        { type: 'message', data: 'two', lastEventId: '8' },
        { type: 'other', data: 'x', lastEventId: '8' },
      ]);
      assert.equal(parser.retryMs, 2500);
      assert.equal(parser.lastEventId, '8');
    }
  });

  it('dispatches nothing for an event without data, and ignores a bad retry', () => {
    const parser = new SseParser();
    assert.deepEqual(parser.push('id: 3\n\nretry: soon\ndata\n\n'), [{ type: 'message', data: '', lastEventId: '3' }]);
    assert.equal(parser.retryMs, undefined);
  });
});
