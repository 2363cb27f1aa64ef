import { expect, html } from '@open-wc/testing';
import '../../src/define/service-wait-time.js';
import type { ServiceWaitTime } from '../../src/components/service-wait-time/service-wait-time.js';
import type { FeedSnapshot } from '../../src/controllers/feed/feed-connection.js';
import { openFeeds, subscribeFeed } from '../../src/controllers/feed/feed-registry.js';
import { control, emulateVisibility, newFeed, pollUrl, sseUrl, stats, untilStats } from '../feed-helpers.js';
import { deepText, inShadow, render, settle, until } from '../helpers.js';
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

/** Waits until the (only) connection is idle with a timer armed, and returns how long that wait is on `clock`. */
async function nextWait(clock: ManualClock): Promise<number> {
  await until(() => openFeeds()[0]?.timer && !openFeeds()[0].request);
  return clock.nextDue! - clock.now();
}

/** Runs `clock` on to the next request, the `request`-th the server counts for `id`; returns the wait. */
async function nextRequest(clock: ManualClock, id: string, request: number): Promise<number> {
  const wait = await nextWait(clock);
  clock.advance(wait);
  await untilStats(id, (counted) => counted.requests === request);
  return wait;
}
const figure = (element: Element) => deepText(inShadow(element, '[part="figure"]')!);

describe('feed transport (counted by the server)', function () {
  // Waits on what the server sees of the network can take seconds under load (see untilStats).
  this.timeout(30_000);
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
    const clock = new ManualClock(0);
    const container = await render<HTMLElement>(
      html`<div>
        ${[1, 2, 3, 4].map(
          () => html`<service-wait-time feed=${pollUrl(id)} poll-interval="0.2" .clock=${clock}></service-wait-time>`,
        )}
      </div>`,
    );
    const elements = [...container.querySelectorAll('service-wait-time')];
    await until(() => elements.every((element) => figure(element) === 'About 4 minutes to answer a call'));
    expect(openFeeds()).to.have.length(1);
    expect(openFeeds()[0].subscribers).to.equal(4);
    for (let poll = 2; poll <= 6; poll++) {
      expect(await nextWait(clock)).to.equal(200);
      clock.advance(199);
      expect((await stats(id)).requests).to.equal(poll - 1);
      clock.advance(1);
      await untilStats(id, (counted) => counted.requests === poll);
    }
    // One connection, not four: one request per 200 ms of clock.
    expect((await stats(id)).requests).to.equal(6);
    container.remove();
  });

  it('answers an unchanged feed with 304 Not Modified, and a changed one with the new figure', async () => {
    const id = await newFeed('etag');
    const clock = new ManualClock(0);
    const element = await render<ServiceWaitTime>(
      html`<service-wait-time feed=${pollUrl(id)} poll-interval="0.1" .clock=${clock}></service-wait-time>`,
    );
    for (let poll = 2; poll <= 4; poll++) {
      clock.advance(await nextWait(clock));
      await untilStats(id, (counted) => counted.requests === poll);
    }
    let counted = await stats(id);
    expect(counted.ok).to.equal(1);
    await untilStats(id, (c) => c.notModified === 3);
    await control(id, { action: 'set', wait: 900 });
    clock.advance(await nextWait(clock));
    await until(() => figure(element) === 'About 15 minutes to answer a call');
    counted = await stats(id);
    expect(counted.ok).to.equal(2);
    element.remove();
  });

  it('honours Cache-Control max-age: no poll before the answer goes stale', async () => {
    const id = await newFeed('max-age');
    const clock = new ManualClock(0);
    const { unsubscribe } = record(pollUrl(id, '&maxAge=1'), { pollMs: 100, clock });
    expect(await nextWait(clock)).to.equal(1000);
    clock.advance(999);
    expect((await stats(id)).requests).to.equal(1);
    clock.advance(1);
    await untilStats(id, (counted) => counted.requests === 2);
    unsubscribe();
  });

  it('makes no request while the page reports itself hidden (visibilityState emulated), and polls at once when shown', async () => {
    const id = await newFeed('hidden');
    const clock = new ManualClock(0);
    const { snapshots, unsubscribe } = record(pollUrl(id), { pollMs: 500, clock });
    await until(() => snapshots.some((s) => s.status === 'live'));
    await nextWait(clock);
    emulateVisibility(true);
    const hiddenAt = (await stats(id)).requests;
    expect(openFeeds()[0].timer).to.equal(false);
    expect(clock.pending).to.equal(0);
    clock.advance(1200);
    expect((await stats(id)).requests).to.equal(hiddenAt);
    emulateVisibility(false);
    // The poll that came due while hidden is made at once, not a 500 ms interval later.
    expect(clock.nextDue).to.equal(clock.now());
    clock.advance(0);
    await untilStats(id, (counted) => counted.requests === hiddenAt + 1);
    unsubscribe();
  });

  it('backs off with full jitter after failures, honours Retry-After, and recovers', async () => {
    const id = await newFeed('backoff');
    await control(id, { action: 'fail', mode: '500', times: 1 });
    await control(id, { action: 'fail', mode: 'malformed', times: 1 });
    await control(id, { action: 'fail', mode: '429', times: 1, retryAfter: 1 });
    await control(id, { action: 'fail', mode: 'hang', times: 1 });
    const clock = new ManualClock(0);
    // random() near 1 makes each jittered delay just under its ceiling: 100, 200, 400, 800 ms; Retry-After 1 s wins over 400.
    const { snapshots, unsubscribe } = record(pollUrl(id), {
      pollMs: 60_000,
      timeoutMs: 300,
      backoff: { baseMs: 100, capMs: 10_000 },
      random: () => 0.999,
      clock,
    });
    const waits: number[] = [];
    for (let request = 2; request <= 5; request++) {
      if (request === 5) {
        // The hanging request is abandoned after timeoutMs on the clock.
        await untilStats(id, (counted) => counted.requests === 4);
        expect(clock.nextDue! - clock.now()).to.equal(300);
        clock.advance(300);
      }
      waits.push(await nextRequest(clock, id, request));
    }
    expect(waits).to.deep.equal([99, 199, 1000, 799]);
    await until(() => snapshots.at(-1)!.status === 'live');
    const counted = await stats(id);
    expect(counted.requests).to.equal(5);
    expect(counted.failed).to.equal(4);
    expect(snapshots.map((s) => s.failures)).to.deep.equal([0, 1, 2, 3, 4, 0]);
    expect(snapshots.at(-1)!.feed!.channels.phone.estimatedWaitSeconds).to.equal(240);
    await untilStats(id, (c) => c.open === 0);
    unsubscribe();
  });

  it('never lets a backoff grow past its cap, and never throws into the page', async () => {
    const id = await newFeed('cap');
    await control(id, { action: 'fail', mode: '500', times: 4 });
    const thrown: unknown[] = [];
    const onError = (event: ErrorEvent | PromiseRejectionEvent) => thrown.push(event);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
    const clock = new ManualClock(0);
    const { snapshots, unsubscribe } = record(pollUrl(id), {
      backoff: { baseMs: 100, capMs: 150 },
      random: () => 0.999,
      clock,
    });
    const waits: number[] = [];
    for (let request = 2; request <= 5; request++) {
      waits.push(await nextRequest(clock, id, request));
    }
    // Uncapped, the delays would be 99, 199, 399, 799 ms.
    expect(waits).to.deep.equal([99, 149, 149, 149]);
    await until(() => snapshots.at(-1)!.status === 'live');
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
    // Events that arrive together are shown once, as the last of them (a busy engine may fold
    // some), so each stream is known by its last event, which is always shown.
    for (const [last, wait] of [
      [3, 1000],
      [6, 2000],
    ]) {
      await until(() => received().at(-1) === last && openFeeds()[0].timer);
      // The server asked for 50 ms: no reconnection comes sooner than 1 s, and the second short stream waits twice as long.
      expect(clock.nextDue! - clock.now()).to.equal(wait);
      clock.advance(wait);
    }
    await until(() => received().at(-1) === 9);
    // No duplicate: each shown figure is later than the one before; the streams' ends are all shown.
    const shown = received().map(Number);
    expect(shown.every((wait, i) => i === 0 || wait > shown[i - 1])).to.equal(true);
    expect(received()).to.include.members([3, 6, 9]);
    const counted = await stats(id);
    expect(counted.lastEventIds.slice(0, 3)).to.deep.equal([null, '3', '6']);
    expect(counted.sentIds).to.deep.equal([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    unsubscribe();
  });

  it('skips a malformed event and keeps the stream, without asking for it again', async () => {
    const id = await newFeed('sse-malformed');
    const clock = new ManualClock(0);
    const { snapshots, unsubscribe } = record(sseUrl(id, '&every=30&until=4&malformedAt=2&dropAfter=3'), {
      transport: 'sse',
      clock,
    });
    clock.advance(await nextWait(clock)); // the server drops the stream after event 3
    await until(() => snapshots.at(-1)!.feed?.channels.phone.estimatedWaitSeconds === 4);
    const shown = snapshots.filter((s) => s.feed).map((s) => s.feed!.channels.phone.estimatedWaitSeconds);
    // Events that arrive together are shown once, as the last of them: 1 may be folded into 3.
    expect(shown.filter((wait) => wait !== 1)).to.deep.equal([3, 4]);
    expect(snapshots.every((s) => s.failures === 0)).to.equal(true);
    expect((await stats(id)).lastEventIds.slice(0, 2)).to.deep.equal([null, '3']);
    unsubscribe();
  });

  it('backs off when an event stream fails to open, no sooner than 1 s, then streams', async () => {
    const id = await newFeed('sse-fail');
    await control(id, { action: 'fail', mode: '500', times: 2 });
    const clock = new ManualClock(0);
    const { snapshots, unsubscribe } = record(sseUrl(id, '&every=30&until=2'), {
      transport: 'sse',
      backoff: { baseMs: 50, capMs: 50 },
      clock,
    });
    for (let request = 2; request <= 3; request++) {
      // The 50 ms backoff is raised to the 1 s floor of a reconnection.
      expect(await nextWait(clock)).to.equal(1000);
      clock.advance(1000);
      await untilStats(id, (counted) => counted.requests === request);
    }
    await until(() => snapshots.at(-1)!.feed?.channels.phone.estimatedWaitSeconds === 2);
    expect(snapshots.slice(0, 4).map((s) => s.status)).to.deep.equal(['connecting', 'retrying', 'retrying', 'live']);
    expect((await stats(id)).streams).to.equal(1);
    unsubscribe();
  });

  it('re-renders no element fed by an event stream while the page is hidden, and shows the latest figure when shown', async () => {
    const id = await newFeed('sse-hidden');
    const clock = new ManualClock(Date.now());
    const container = await render<HTMLElement>(
      html`<div>
        ${Array.from(
          { length: 20 },
          () =>
            html`<service-wait-time
              feed=${sseUrl(id, '&every=20')}
              transport="sse"
              .clock=${clock}
            ></service-wait-time>`,
        )}
      </div>`,
    );
    try {
      const elements = [...container.querySelectorAll('service-wait-time')];
      await until(() => elements.every((element) => figure(element) === 'Less than a minute to answer a call'));
      let changes = 0;
      const observer = new MutationObserver((records) => (changes += records.length));
      for (const element of elements)
        observer.observe(element.shadowRoot!, { subtree: true, childList: true, characterData: true });
      emulateVisibility(true);
      const hiddenAt = (await stats(id)).events;
      // The server sends a figure every 20 ms, each worth a re-render of all 20 elements.
      await untilStats(id, (counted) => counted.events >= hiddenAt + 60);
      await settle(container);
      expect(changes).to.equal(0);
      emulateVisibility(false);
      await settle(container);
      expect(changes).to.be.greaterThan(0);
      observer.disconnect();
    } finally {
      container.remove();
    }
  });

  it('reports a URL it cannot read instead of throwing', () => {
    const { snapshots, unsubscribe } = record('http://[not a url', {});
    expect(snapshots).to.deep.equal([{ status: 'retrying', error: 'not a URL: http://[not a url', failures: 1 }]);
    expect(openFeeds()).to.deep.equal([]);
    unsubscribe();
  });

  it('reconnects an event stream the server drops, and shows the new figures', async () => {
    const id = await newFeed('sse-drop');
    const clock = new ManualClock(0);
    const element = await render<ServiceWaitTime>(
      html`<service-wait-time
        feed=${sseUrl(id, '&every=40&retry=50')}
        transport="sse"
        .clock=${clock}
      ></service-wait-time>`,
    );
    await until(() => figure(element) === 'Less than a minute to answer a call');
    await control(id, { action: 'drop' });
    expect(await nextWait(clock)).to.equal(1000);
    clock.advance(1000);
    await untilStats(id, (counted) => counted.streams === 2);
    const counted = await stats(id);
    expect(counted.lastEventIds[1]).to.match(/^\d+$/);
    element.remove();
  });

  it('leaves no open connection and no timer once the elements are removed', async () => {
    const pollId = await newFeed('cleanup-poll');
    const sseId = await newFeed('cleanup-sse');
    const clock = new ManualClock(0);
    const container = await render<HTMLElement>(
      html`<div>
        <service-wait-time feed=${pollUrl(pollId)} poll-interval="0.1" .clock=${clock}></service-wait-time>
        <service-wait-time feed=${pollUrl(pollId)} poll-interval="0.1" .clock=${clock}></service-wait-time>
        <service-wait-time feed=${sseUrl(sseId, '&every=50')} transport="sse" .clock=${clock}></service-wait-time>
        <service-wait-time feed=${sseUrl(sseId, '&every=50')} transport="sse" .clock=${clock}></service-wait-time>
      </div>`,
    );
    await until(() => openFeeds().every((feed) => feed.subscribers === 2) && openFeeds().length === 2);
    await untilStats(sseId, (counted) => counted.open === 1 && counted.events > 0);
    container.remove();
    expect(openFeeds()).to.deep.equal([]);
    await until(() => clock.pending === 0);
    await untilStats(pollId, (counted) => counted.open === 0);
    await untilStats(sseId, (counted) => counted.open === 0);
    const [poll, sse] = [await stats(pollId), await stats(sseId)];
    // A day of clock later, nothing has been asked for again.
    clock.advance(86_400_000);
    await settle(document.body);
    expect((await stats(pollId)).requests).to.equal(poll.requests);
    expect((await stats(sseId)).streams).to.equal(sse.streams);
  });
});
