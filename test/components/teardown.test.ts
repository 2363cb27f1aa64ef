import { expect, html } from '@open-wc/testing';
import '../../src/define/all.js';
import { openFeeds } from '../../src/controllers/feed/feed-registry.js';
import {
  complaintCharter,
  endpoint,
  endpointState,
  fillValid,
  planEndpoint,
  resetEndpoint,
} from '../complaint-helpers.js';
import { newFeed, pollUrl, sseUrl, stats } from '../feed-helpers.js';
import { inShadow, render, samples, settle, until } from '../helpers.js';
import { ManualClock } from '../manual-clock.js';

/** Every URL the page fetched after `since` (ms on the performance timeline). */
const fetchedSince = (since: number) =>
  performance
    .getEntriesByType('resource')
    .filter((entry) => entry.startTime > since)
    .map((entry) => entry.name);

/** A wait time following the event stream of feed `id`, on `clock`. */
const streamingWaitTime = (id: string, clock: ManualClock) =>
  html`<service-wait-time feed=${sseUrl(id, '&every=50')} transport="sse" .clock=${clock}></service-wait-time>`;

/** Opening hours on Tuesdays only, on `clock`: on 24 November 2026 at 10:00 its next change is at 17:00. */
const hoursOnTuesday = (clock: ManualClock) =>
  html`<service-hours
    .schedule=${{ timeZone: 'Europe/London', weekly: { tue: [['09:00', '17:00']] } }}
    .clock=${clock}
  ></service-hours>`;

describe('after removing every element', () => {
  it('opens nothing again in an update still due when the element was removed', async () => {
    const id = await newFeed('teardown-late-update');
    const clock = new ManualClock(Date.parse('2026-11-24T10:00:00Z'));
    const container = await render<HTMLElement>(
      html`<div>
        ${streamingWaitTime(id, clock)} ${hoursOnTuesday(clock)}
        <service-charter .charter=${samples.districtCouncil} .clock=${clock}>
          <service-response-time channel="email"></service-response-time>
          <service-promise promise-id="answer-email"></service-promise>
          <service-performance src="/test-api/performance/figures.json"></service-performance>
        </service-charter>
      </div>`,
    );
    await until(async () => (await stats(id)).events > 0);
    const elements = [...container.querySelectorAll('*')].filter(
      (element) => 'requestUpdate' in element,
    ) as (HTMLElement & {
      requestUpdate(): void;
      updateComplete: Promise<unknown>;
    })[];
    await Promise.all(elements.map((element) => element.updateComplete));
    expect(elements.length).to.equal(6);
    expect(clock.pending, 'the hours wait for their next change').to.be.greaterThan(0);
    // A new event or a tick asked for an update, and the element leaves before it runs.
    for (const element of elements) element.requestUpdate();
    container.remove();
    const removedAt = performance.now();
    await Promise.all(elements.map((element) => element.updateComplete));
    expect(openFeeds(), 'no feed opened again').to.deep.equal([]);
    expect(clock.pending, 'no timer armed again').to.equal(0);
    await until(async () => (await stats(id)).open === 0, 10_000);
    expect((await stats(id)).streams).to.equal(1);
    expect(fetchedSince(removedAt).filter((url) => !url.includes('/test-api/feed/stats'))).to.deep.equal([]);
  });

  it('waits for its next change again when moved on the page', async () => {
    const clock = new ManualClock(Date.parse('2026-11-24T10:00:00Z'));
    const container = await render<HTMLElement>(html`<div>${hoursOnTuesday(clock)}</div>`);
    const hours = container.querySelector('service-hours')!;
    expect(clock.pending).to.equal(1);
    // Moved, as a framework reorders a list: off the page and back in the same task.
    container.append(document.createElement('p'), hours);
    await hours.updateComplete;
    expect(clock.pending, 'the timer to its next change is armed again').to.equal(1);
    container.remove();
  });

  it('follows its feed again when put back on the page', async () => {
    const id = await newFeed('teardown-put-back');
    const clock = new ManualClock(Date.parse('2026-11-24T10:00:00Z'));
    const container = await render<HTMLElement>(html`<div>${streamingWaitTime(id, clock)}</div>`);
    const element = container.querySelector('service-wait-time')!;
    await until(async () => (await stats(id)).events > 0);
    element.remove();
    expect(openFeeds()).to.deep.equal([]);
    container.append(element);
    expect(openFeeds().map((feed) => feed.subscribers)).to.deep.equal([1]);
    await until(async () => (await stats(id)).streams === 2);
    container.remove();
    await until(async () => (await stats(id)).open === 0, 10_000);
  });

  it('leaves no request, no timer and no connection behind', async function () {
    this.timeout(20_000);
    await resetEndpoint();
    await planEndpoint(['503', '503', '503', '503']);
    const [pollId, sseId] = [await newFeed('teardown-poll'), await newFeed('teardown-sse')];
    const clock = new ManualClock(Date.parse('2026-11-24T10:00:00Z'));
    const container = await render<HTMLElement>(
      html`<div>
        <service-charter .charter=${samples.districtCouncil} .clock=${clock}>
          <service-hours></service-hours>
          <service-response-time channel="email"></service-response-time>
          <service-performance src="/test-api/performance/slow.json?delay=5000"></service-performance>
        </service-charter>
        <service-wait-time feed=${pollUrl(pollId)} .clock=${clock}></service-wait-time>
        ${streamingWaitTime(sseId, clock)}
        <service-complaint-form
          .parsedCharter=${complaintCharter()}
          endpoint=${endpoint}
          draft-key="teardown-test"
          .clock=${clock}
        ></service-complaint-form>
      </div>`,
    );
    // Everything busy: feeds open, a stream flowing, figures loading, a complaint retrying.
    const form = container.querySelector('service-complaint-form')!;
    await fillValid(form);
    inShadow<HTMLButtonElement>(form, 'button[type="submit"]')!.click();
    await until(async () => (await endpointState()).attempts.length === 1);
    await until(() => openFeeds().length === 2 && openFeeds().every((feed) => feed.timer || feed.request));
    await until(async () => (await stats(sseId)).events > 0);
    expect(clock.pending).to.be.greaterThan(0);

    container.remove();
    const removedAt = performance.now();
    expect(openFeeds()).to.deep.equal([]);
    // Aborted requests settle a moment later; then no timer is armed at all.
    await until(() => clock.pending === 0);
    // The server sees a connection end only when the browser closes its socket; WebKit can take
    // seconds to do so for an aborted stream on a busy machine, so this wait is longer.
    await until(async () => (await stats(pollId)).open === 0 && (await stats(sseId)).open === 0, 10_000);

    const before = { poll: (await stats(pollId)).requests, sse: (await stats(sseId)).streams, complaints: 1 };
    clock.advance(86_400_000);
    await settle(container);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await stats(pollId)).requests).to.equal(before.poll);
    expect((await stats(sseId)).streams).to.equal(before.sse);
    expect((await endpointState()).attempts).to.have.length(before.complaints);
    // The draft keeps the unsent complaint for a later visit; this test's visit ends here.
    sessionStorage.removeItem('teardown-test');
    // Nothing fetched since removal but this test's own counters.
    expect(
      fetchedSince(removedAt).filter((url) => !/\/test-api\/(feed\/stats|complaints\/state)/.test(url)),
    ).to.deep.equal([]);
  });
});
