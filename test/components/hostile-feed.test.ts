import { expect } from '@open-wc/testing';
import { cappedTimer, LONGEST_TIMER_MS, systemClock } from '../../src/context/clock.js';
import type { FeedOptions, FeedSnapshot } from '../../src/controllers/feed/feed-connection.js';
import { openFeeds, subscribeFeed } from '../../src/controllers/feed/feed-registry.js';
import { emulateVisibility } from '../feed-helpers.js';
import { until } from '../helpers.js';
import { ManualClock } from '../manual-clock.js';

const DAY = 86_400_000;
let serial = 0;
const newId = (name: string) => `${name}-${Date.now()}-${serial++}`;

interface HostileStats {
  requests: number;
  open: number;
  bytes: number;
  events: number;
}
const stats = async (id: string): Promise<HostileStats> =>
  (await fetch(`/test-api/hostile-feed/stats?id=${id}`, { cache: 'no-store' })).json();

const leftovers: (() => void)[] = [];

/** Subscribes with a manual clock; returns the snapshots seen and the clock. */
function follow(url: string, options: Partial<FeedOptions> = {}) {
  const clock = new ManualClock(Date.parse('2026-11-24T10:00:00Z'));
  const snapshots: FeedSnapshot[] = [];
  leftovers.push(subscribeFeed(url, { clock, ...options }, (snapshot) => snapshots.push(snapshot)));
  return { clock, snapshots };
}

/** Waits until the connection is idle, waiting on a timer, and returns how long that wait is. */
async function nextWait(clock: ManualClock): Promise<number> {
  await until(() => openFeeds()[0]?.timer && !openFeeds()[0].request, 5000);
  return clock.nextDue! - clock.now();
}

describe('a hostile feed server', () => {
  afterEach(() => {
    emulateVisibility(false);
    leftovers.splice(0).forEach((unsubscribe) => unsubscribe());
    expect(openFeeds()).to.deep.equal([]);
  });

  it('arms no single timer longer than a day, and fires a longer delay only when it is due', () => {
    let time = 0;
    const armed: { run: () => void; ms: number }[] = [];
    const setTimer = cappedTimer(
      () => time,
      (run, ms) => (armed.push({ run, ms }), () => undefined),
    );
    let fired = 0;
    setTimer(() => fired++, 40 * DAY);
    for (let day = 1; day <= 40; day++) {
      expect(armed.at(-1)!.ms).to.equal(LONGEST_TIMER_MS);
      time += LONGEST_TIMER_MS;
      armed.at(-1)!.run();
      expect(fired).to.equal(day === 40 ? 1 : 0);
    }
    setTimer(() => fired++, NaN);
    expect(armed.at(-1)!.ms).to.equal(0);
    setTimer(() => fired++, Infinity);
    expect(armed.at(-1)!.ms).to.equal(LONGEST_TIMER_MS);
    expect(armed.every(({ ms }) => ms <= 2 ** 31 - 1)).to.equal(true);
  });

  it('polls a feed served with max-age of 30 days once, then again after a day (real timers: one request)', async () => {
    const id = newId('max-age');
    const snapshots: FeedSnapshot[] = [];
    leftovers.push(
      subscribeFeed(`/test-api/hostile-feed/poll?id=${id}&maxAge=2592000`, { clock: systemClock }, (s) =>
        snapshots.push(s),
      ),
    );
    await until(() => snapshots.at(-1)?.status === 'live');
    // A 30-day setTimeout wraps and fires at once: hundreds of requests a second.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect((await stats(id)).requests).to.equal(1);
    leftovers.pop()!();

    const manual = newId('max-age-manual');
    const { clock } = follow(`/test-api/hostile-feed/poll?id=${manual}&maxAge=2592000`);
    expect(await nextWait(clock)).to.equal(DAY);
    clock.advance(DAY - 1);
    expect((await stats(manual)).requests).to.equal(1);
    clock.advance(1);
    await until(async () => (await stats(manual)).requests === 2);
  });

  for (const [name, retryAfter] of [
    ['seconds', '99999999999999999999'],
    ['an HTTP date', new Date(Date.now() + 60 * DAY).toUTCString()],
  ]) {
    it(`waits at most a day on a 503 with Retry-After in ${name} far ahead`, async () => {
      const id = newId('retry-after');
      const { clock, snapshots } = follow(
        `/test-api/hostile-feed/poll?id=${id}&status=503&retryAfter=${encodeURIComponent(retryAfter)}`,
        { random: () => 0.5 },
      );
      expect(await nextWait(clock)).to.equal(DAY);
      expect(snapshots.at(-1)!.status).to.equal('retrying');
      clock.advance(DAY);
      await until(async () => (await stats(id)).requests === 2);
    });
  }

  it('backs off normally on garbage: random bytes, unreadable Retry-After and max-age', async () => {
    const id = newId('garbage');
    const { clock, snapshots } = follow(`/test-api/hostile-feed/poll?id=${id}&garbage=1`, { random: () => 0.5 });
    expect(await nextWait(clock)).to.equal(500);
    expect(snapshots.at(-1)).to.include({ status: 'retrying', error: 'the feed is not valid JSON' });
  });

  it('drops a polled answer that never ends once it passes 1 Mi characters, says why, and polls again later', async () => {
    const id = newId('poll-endless');
    const { clock, snapshots } = follow(`/test-api/hostile-feed/poll?id=${id}&endless=1`, { random: () => 0.5 });
    expect(await nextWait(clock)).to.equal(500);
    expect(snapshots.at(-1)).to.include({ status: 'retrying', error: 'the feed is over 1048576 characters' });
    await until(async () => (await stats(id)).open === 0);
    expect((await stats(id)).bytes).to.be.below(16 * 1_048_576);
  });

  it('reconnects a stream that sends retry: 0 and closes no sooner than 1 s, doubling while it keeps closing', async () => {
    const id = newId('closing');
    const { clock, snapshots } = follow(`/test-api/hostile-feed/sse?id=${id}&mode=closing&retry=0`, {
      transport: 'sse',
    });
    const waits: number[] = [];
    for (let elapsed = 0; elapsed < 15_000;) {
      const wait = await nextWait(clock);
      waits.push(wait);
      clock.advance(wait);
      elapsed += wait;
    }
    // 977 reconnects in 15 s without a floor; now 1 + 2 + 4 + 8 s.
    expect(waits).to.deep.equal([1000, 2000, 4000, 8000]);
    await until(async () => (await stats(id)).requests === 5);
    // The server counts the fifth request before the browser has read that stream's event.
    await until(() => snapshots.at(-1)?.feed?.channels.phone.estimatedWaitSeconds === 5).catch(() => undefined);
    expect(snapshots.at(-1)!.feed!.channels.phone.estimatedWaitSeconds).to.equal(5);
  });

  it('drops a stream whose line never ends once it passes 1 Mi characters, says why, and reconnects later', async () => {
    const id = newId('endless');
    const errors: string[] = [];
    const originalWarn = console.warn;
    console.warn = (message: string) => errors.push(message);
    try {
      const { clock } = follow(`/test-api/hostile-feed/sse?id=${id}&mode=endless`, { transport: 'sse' });
      const wait = await nextWait(clock);
      expect(wait).to.be.at.least(1000);
      expect(errors.join()).to.contain('event-stream line or event over 1048576 characters: stream dropped');
      await until(async () => (await stats(id)).open === 0);
      // The server sent a little past the bound before the browser let go: not a gigabyte.
      expect((await stats(id)).bytes).to.be.below(16 * 1_048_576);
    } finally {
      console.warn = originalWarn;
    }
  });

  it('re-renders once per chunk, not once per event, when a stream floods', async () => {
    const id = newId('flood');
    const { snapshots } = follow(`/test-api/hostile-feed/sse?id=${id}&mode=flood&count=5000`, { transport: 'sse' });
    await until(() => snapshots.at(-1)?.feed?.channels.phone.estimatedWaitSeconds === 5000, 5000);
    expect(snapshots.length).to.be.below(500);
  });

  it('backs off a stream of random bytes that then closes, no sooner than 1 s', async () => {
    const id = newId('sse-garbage');
    const { clock, snapshots } = follow(`/test-api/hostile-feed/sse?id=${id}&mode=garbage`, {
      transport: 'sse',
      random: () => 0,
    });
    expect(await nextWait(clock)).to.equal(1000);
    expect(snapshots.at(-1)!.status).to.equal('retrying');
  });

  it('hands nothing to subscribers while the page is hidden, then the latest when it is shown (SSE)', async () => {
    const id = newId('hidden');
    emulateVisibility(true);
    const { snapshots } = follow(`/test-api/hostile-feed/sse?id=${id}&mode=flood&count=50`, { transport: 'sse' });
    await until(async () => (await stats(id)).events === 50);
    await until(() => openFeeds()[0].request);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(snapshots.map((s) => s.status)).to.deep.equal(['connecting']);
    emulateVisibility(false);
    expect(snapshots.length).to.equal(2);
    expect(snapshots[1].feed!.channels.phone.estimatedWaitSeconds).to.equal(50);
  });
});
