import { expect, html } from '@open-wc/testing';
import '../../src/define/service-wait-time.js';
import type { ServiceWaitTime } from '../../src/components/service-wait-time/service-wait-time.js';
import type { FeedSnapshot } from '../../src/controllers/feed/feed-connection.js';
import { openFeeds, subscribeFeed } from '../../src/controllers/feed/feed-registry.js';
import { control, emulateVisibility, newFeed, pollUrl, sleep, sseUrl, stats, untilStats } from '../feed-helpers.js';
import { deepText, inShadow, render, until } from '../helpers.js';
import { ManualClock } from '../manual-clock.js';

/** Unsubscribes left behind by a failed test, so one failure does not spill into the next. */
const leftovers: (() => void)[] = [];

/** Subscribes and records every snapshot; returns them and the unsubscribe function. */
function record(url: string, options: Parameters<typeof subscribeFeed>[1]) {
  const snapshots: FeedSnapshot[] = [];
  const unsubscribe = subscribeFeed(url, options, (snapshot) => snapshots.push(snapshot));
  leftovers.push(unsubscribe);
  return { snapshots, unsubscribe };
}

const gaps = (times: number[]) => times.slice(1).map((time, i) => time - times[i]);
const figure = (element: Element) => deepText(inShadow(element, '[part="figure"]')!);

describe('feed transport (counted by the server)', () => {
  afterEach(() => {
    emulateVisibility(false);
    // Let go of what a failed test left first, so that one failure does not fail every test after it.
    const left = leftovers.splice(0);
    const open = openFeeds().filter((feed) => feed.subscribers > left.length);
    left.forEach((unsubscribe) => unsubscribe());
    expect(open).to.deep.equal([]);
    expect(openFeeds()).to.deep.equal([]);
  });

  it('makes one request per interval however many elements use the URL', async () => {
    const id = await newFeed('shared');
    const container = await render<HTMLElement>(
      html`<div>
        ${[1, 2, 3, 4].map(() => html`<service-wait-time feed=${pollUrl(id)} poll-interval="0.2"></service-wait-time>`)}
      </div>`,
    );
    const elements = [...container.querySelectorAll('service-wait-time')];
    await until(() => elements.every((element) => figure(element) === 'About 4 minutes to answer a call'));
    expect(openFeeds()).to.have.length(1);
    expect(openFeeds()[0].subscribers).to.equal(4);
    await sleep(1000);
    const counted = await stats(id);
    // About 1.0 s / 0.2 s = 5 requests, plus the first: one connection, not four.
    expect(counted.requests).to.be.within(4, 8);
    expect(Math.min(...gaps(counted.requestTimes))).to.be.at.least(150);
    container.remove();
  });

  it('answers an unchanged feed with 304 Not Modified, and a changed one with the new figure', async () => {
    const id = await newFeed('etag');
    const element = await render<ServiceWaitTime>(
      html`<service-wait-time feed=${pollUrl(id)} poll-interval="0.1"></service-wait-time>`,
    );
    await sleep(500);
    let counted = await stats(id);
    expect(counted.ok).to.equal(1);
    expect(counted.notModified).to.be.at.least(3);
    await control(id, { action: 'set', wait: 900 });
    await until(() => figure(element) === 'About 15 minutes to answer a call');
    counted = await stats(id);
    expect(counted.ok).to.equal(2);
    element.remove();
  });

  it('honours Cache-Control max-age: no poll before the answer goes stale', async () => {
    const id = await newFeed('max-age');
    const { unsubscribe } = record(pollUrl(id, '&maxAge=1'), { pollMs: 100 });
    await sleep(1500);
    const counted = await stats(id);
    expect(counted.requests).to.equal(2);
    expect(gaps(counted.requestTimes)[0]).to.be.at.least(950);
    unsubscribe();
  });

  it('makes no request while the page reports itself hidden (visibilityState emulated), and polls at once when shown', async () => {
    const id = await newFeed('hidden');
    const { snapshots, unsubscribe } = record(pollUrl(id), { pollMs: 500 });
    await until(() => snapshots.some((s) => s.status === 'live'));
    emulateVisibility(true);
    const hiddenAt = (await stats(id)).requests;
    expect(openFeeds()[0].timer).to.equal(false);
    await sleep(1200);
    expect((await stats(id)).requests).to.equal(hiddenAt);
    const shownAt = performance.now();
    emulateVisibility(false);
    await untilStats(id, (counted) => counted.requests === hiddenAt + 1);
    // The poll that came due while hidden is made at once, not a 500 ms interval later.
    expect(performance.now() - shownAt).to.be.below(300);
    unsubscribe();
  });

  it('backs off with full jitter after failures, honours Retry-After, and recovers', async () => {
    const id = await newFeed('backoff');
    await control(id, { action: 'fail', mode: '500', times: 1 });
    await control(id, { action: 'fail', mode: 'malformed', times: 1 });
    await control(id, { action: 'fail', mode: '429', times: 1, retryAfter: 1 });
    await control(id, { action: 'fail', mode: 'hang', times: 1 });
    // random() near 1 makes each jittered delay its ceiling: 100, 200, 400 ms, then Retry-After 1 s.
    const { snapshots, unsubscribe } = record(pollUrl(id), {
      pollMs: 60_000,
      timeoutMs: 300,
      backoff: { baseMs: 100, capMs: 10_000 },
      random: () => 0.999,
    });
    await until(() => snapshots.at(-1)!.status === 'live', 5000);
    const counted = await stats(id);
    expect(counted.requests).to.equal(5);
    expect(counted.failed).to.equal(4);
    const [afterError, afterMalformed, afterTooMany, afterHang] = gaps(counted.requestTimes);
    // Lower bounds are exact; upper bounds leave room for a busy machine.
    expect(afterError).to.be.within(90, 500);
    expect(afterMalformed).to.be.within(190, 600);
    expect(afterTooMany).to.be.at.least(990);
    expect(afterHang).to.be.at.least(300 + 700); // the timeout, then 800 ms of backoff (less timing skew)
    expect(snapshots.map((s) => s.failures)).to.deep.equal([0, 1, 2, 3, 4, 0]);
    expect(snapshots.at(-1)!.feed!.channels.phone.estimatedWaitSeconds).to.equal(240);
    expect(counted.open).to.equal(0);
    unsubscribe();
  });

  it('never lets a backoff grow past its cap, and never throws into the page', async () => {
    const id = await newFeed('cap');
    await control(id, { action: 'fail', mode: '500', times: 4 });
    const thrown: unknown[] = [];
    const onError = (event: ErrorEvent | PromiseRejectionEvent) => thrown.push(event);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
    const { snapshots, unsubscribe } = record(pollUrl(id), {
      backoff: { baseMs: 100, capMs: 150 },
      random: () => 0.999,
    });
    await until(() => snapshots.at(-1)!.status === 'live', 3000);
    // Uncapped, the fourth delay would be 800 ms.
    const delays = gaps((await stats(id)).requestTimes);
    expect(Math.max(...delays)).to.be.below(600);
    expect(thrown).to.deep.equal([]);
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onError);
    unsubscribe();
  });

  it('resumes a dropped event stream with Last-Event-ID, with no gap and no duplicate', async () => {
    const id = await newFeed('sse');
    const url = sseUrl(id, '&every=30&dropAfter=3&until=9&retry=50');
    const clock = new ManualClock(0);
    const { snapshots, unsubscribe } = record(url, { transport: 'sse', clock });
    const received = () => snapshots.filter((s) => s.feed).map((s) => s.feed!.channels.phone.estimatedWaitSeconds);
    for (const [count, wait] of [
      [3, 1000],
      [6, 2000],
    ]) {
      await until(() => received().length === count && openFeeds()[0].timer);
      // The server asked for 50 ms: no reconnection comes sooner than 1 s, and the second short stream waits twice as long.
      expect(clock.nextDue! - clock.now()).to.equal(wait);
      clock.advance(wait);
    }
    await until(() => received().length === 9);
    expect(received()).to.deep.equal([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const counted = await stats(id);
    expect(counted.lastEventIds.slice(0, 3)).to.deep.equal([null, '3', '6']);
    expect(counted.sentIds).to.deep.equal([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    unsubscribe();
  });

  it('skips a malformed event and keeps the stream, without asking for it again', async () => {
    const id = await newFeed('sse-malformed');
    const { snapshots, unsubscribe } = record(sseUrl(id, '&every=30&until=4&malformedAt=2&dropAfter=3'), {
      transport: 'sse',
    });
    await until(() => snapshots.at(-1)!.feed?.channels.phone.estimatedWaitSeconds === 4);
    expect(snapshots.filter((s) => s.feed).map((s) => s.feed!.channels.phone.estimatedWaitSeconds)).to.deep.equal([
      1, 3, 4,
    ]);
    expect(snapshots.every((s) => s.failures === 0)).to.equal(true);
    expect((await stats(id)).lastEventIds.slice(0, 2)).to.deep.equal([null, '3']);
    unsubscribe();
  });

  it('backs off when an event stream fails to open, then streams', async () => {
    const id = await newFeed('sse-fail');
    await control(id, { action: 'fail', mode: '500', times: 2 });
    const { snapshots, unsubscribe } = record(sseUrl(id, '&every=30&until=2'), {
      transport: 'sse',
      backoff: { baseMs: 50, capMs: 50 },
    });
    await until(() => snapshots.at(-1)!.feed?.channels.phone.estimatedWaitSeconds === 2);
    expect(snapshots.map((s) => s.status)).to.deep.equal(['connecting', 'retrying', 'retrying', 'live', 'live']);
    expect((await stats(id)).streams).to.equal(1);
    unsubscribe();
  });

  it('reports a URL it cannot read instead of throwing', () => {
    const { snapshots, unsubscribe } = record('http://[not a url', {});
    expect(snapshots).to.deep.equal([{ status: 'retrying', error: 'not a URL: http://[not a url', failures: 1 }]);
    expect(openFeeds()).to.deep.equal([]);
    unsubscribe();
  });

  it('reconnects an event stream the server drops, and shows the new figures', async () => {
    const id = await newFeed('sse-drop');
    const element = await render<ServiceWaitTime>(
      html`<service-wait-time feed=${sseUrl(id, '&every=40&retry=50')} transport="sse"></service-wait-time>`,
    );
    await until(() => figure(element) === 'Less than a minute to answer a call');
    await control(id, { action: 'drop' });
    await untilStats(id, (counted) => counted.streams === 2);
    const counted = await stats(id);
    expect(counted.lastEventIds[1]).to.match(/^\d+$/);
    element.remove();
  });

  it('leaves no open connection and no timer once the elements are removed', async () => {
    const pollId = await newFeed('cleanup-poll');
    const sseId = await newFeed('cleanup-sse');
    const container = await render<HTMLElement>(
      html`<div>
        <service-wait-time feed=${pollUrl(pollId)} poll-interval="0.1"></service-wait-time>
        <service-wait-time feed=${pollUrl(pollId)} poll-interval="0.1"></service-wait-time>
        <service-wait-time feed=${sseUrl(sseId, '&every=50')} transport="sse"></service-wait-time>
        <service-wait-time feed=${sseUrl(sseId, '&every=50')} transport="sse"></service-wait-time>
      </div>`,
    );
    await until(() => openFeeds().every((feed) => feed.subscribers === 2) && openFeeds().length === 2);
    await untilStats(sseId, (counted) => counted.open === 1 && counted.events > 0);
    container.remove();
    expect(openFeeds()).to.deep.equal([]);
    await sleep(300);
    const [poll, sse] = [await stats(pollId), await stats(sseId)];
    expect(poll.open).to.equal(0);
    expect(sse.open).to.equal(0);
    await sleep(300);
    expect((await stats(pollId)).requests).to.equal(poll.requests);
    expect((await stats(sseId)).events).to.equal(sse.events);
  });
});
