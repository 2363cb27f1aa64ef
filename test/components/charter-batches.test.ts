import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/define/all.js';
import type { ServiceCharter } from '../../src/components/service-charter/service-charter.js';
import { FIRST_BATCH } from '../../src/controllers/render-batches.js';
import { copy, drawnPromiseIds, samples } from '../helpers.js';

/** The district-council sample with `count` promises (its five repeated under new ids). */
function charterOf(count: number) {
  const charter = copy(samples.districtCouncil);
  const five = charter.promises;
  charter.promises = Array.from({ length: count }, (_, i) => ({ ...five[i % 5], id: `${five[i % 5].id}-${i}` }));
  return charter;
}

const promisesIn = (element: ServiceCharter) => drawnPromiseIds(element.shadowRoot!);

/**
 * Adds a charter to the page and returns what its first render drew: a MutationObserver's
 * callback runs as a microtask, before any later batch (each in a task of its own).
 */
async function firstRender(count: number, container: HTMLElement = document.body) {
  const element = document.createElement('service-charter');
  element.charter = charterOf(count);
  const first = new Promise<{ ids: string[]; complaints: boolean; slot: boolean }>((resolve) => {
    container.append(element);
    new MutationObserver((_, observer) => {
      // Before it, a charter waiting for a chunk only holds its room with the loading box.
      if (!element.shadowRoot!.querySelector('[part~="charter"]')) return;
      observer.disconnect();
      resolve({
        ids: promisesIn(element),
        complaints: !!element.shadowRoot!.querySelector('[part="complaints"]'),
        slot: !!element.shadowRoot!.querySelector('slot'),
      });
    }).observe(element.shadowRoot!, { childList: true, subtree: true });
  });
  return { element, first: await first };
}

describe('<service-charter> draws its promises in batches', () => {
  afterEach(() => document.querySelectorAll('service-charter, .batch-page').forEach((node) => node.remove()));

  it('draws the first screenful at once and the rest before updateComplete, in reading order', async () => {
    const { element, first } = await firstRender(40);
    expect(first.ids).to.have.length(FIRST_BATCH);
    expect(first.complaints, 'complaints policy waits for the last promise').to.equal(false);
    expect(first.slot, 'slotted elements wait for the last promise').to.equal(false);
    await element.updateComplete;
    const ids = promisesIn(element);
    expect(ids).to.have.length(40);
    expect(ids.slice(0, FIRST_BATCH)).to.deep.equal(first.ids);
    // Channel order, as one update draws them: every phone promise, then email, web, office.
    const order = ['answer-calls', 'acknowledge-email|answer-email', 'web-forms', 'visit'];
    const rank = (id: string) => order.findIndex((kinds) => new RegExp(`^(${kinds})-`).test(id));
    expect(ids.map(rank)).to.deep.equal([...ids.map(rank)].sort((a, b) => a - b));
    expect(element.shadowRoot!.querySelector('[part="complaints"]')).to.exist;
    expect(element.shadowRoot!.querySelector('slot')).to.exist;
    for (const promise of element.shadowRoot!.querySelectorAll('[part="promise"]'))
      expect(promise.textContent).to.contain('within');
  });

  it('draws a short charter whole in its first render', async () => {
    const { element, first } = await firstRender(5);
    expect(first.ids).to.have.length(5);
    expect(first.complaints).to.equal(true);
    expect(promisesIn(element)).to.have.length(5);
  });

  it('moves nothing it has drawn as later batches arrive: no layout shift on a page that keeps room for it', async () => {
    // A screen taller than the first batch, so later batches arrive in view (WebKit's WebDriver
    // cannot resize the window: there the test runs at the window's own size).
    const resized = await setViewport({ width: 1000, height: 3000 }).then(
      () => true,
      () => false,
    );
    // The recipe in docs/getting-started.md: room for at least a screenful while the charter is drawn.
    const page = Object.assign(document.createElement('div'), { className: 'batch-page' });
    page.innerHTML = '<div class="room" style="min-height: 100vh"></div><footer>After the charter</footer>';
    document.body.append(page);
    const shifts: number[] = [];
    const observer = new PerformanceObserver((list) =>
      list.getEntries().forEach((entry) => shifts.push((entry as PerformanceEntry & { value: number }).value)),
    );
    observer.observe({ type: 'layout-shift' });
    const { element } = await firstRender(40, page.querySelector<HTMLElement>('.room')!);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const drawn = [...element.shadowRoot!.querySelectorAll('[part="promise"]')];
    const before = drawn.map((node) => node.getBoundingClientRect().top);
    await element.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(promisesIn(element)).to.have.length(40);
    expect(drawn.map((node) => node.getBoundingClientRect().top)).to.deep.equal(before);
    observer.takeRecords().forEach((entry) => shifts.push((entry as PerformanceEntry & { value: number }).value));
    observer.disconnect();
    expect(shifts.filter((value) => value > 0)).to.deep.equal([]);
    if (resized) await setViewport({ width: 800, height: 600 });
  });

  it('sizes the first later batch from the first render, and no batch past 250 promises', async () => {
    // Frames are timed with performance.now(): held still, every render takes "no time", so each
    // batch is as large as it may be: 20 ms of budget at 1 ms a batch of 8, then the cap.
    const now = performance.now;
    performance.now = () => 0;
    try {
      const element = document.createElement('service-charter');
      element.charter = charterOf(1000);
      const counts: number[] = [];
      const observer = new MutationObserver(() => {
        const count = promisesIn(element).length;
        if (count !== counts.at(-1)) counts.push(count);
      });
      document.body.append(element);
      observer.observe(element.shadowRoot!, { childList: true, subtree: true });
      await element.updateComplete;
      observer.disconnect();
      expect(counts.filter((count) => count > 0)).to.deep.equal([FIRST_BATCH, 168, 418, 668, 918, 1000]);
    } finally {
      performance.now = now;
    }
  });

  it('draws every promise of a charter taken off the page and put back', async () => {
    const { element } = await firstRender(40);
    element.remove();
    document.body.append(element);
    await element.updateComplete;
    expect(promisesIn(element)).to.have.length(40);
  });
});
