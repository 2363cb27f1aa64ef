// The version 1 reader and the JSON-LD builder arrive in chunks of their own, imported the
// first time a document or the `structured-data` attribute needs them (in this page, as in a
// resident's browser through the CDN loader). Until they have arrived the charter holds its
// update: it never draws a version 1 document as a problem, or half read, first, and it holds
// its loading height meanwhile, so nothing below it moves.
import { expect } from '@open-wc/testing';
import '../../src/define/service-charter.js';
import type { ServiceCharter } from '../../src/components/service-charter/service-charter.js';
import { copy, deepText, samples, until } from '../helpers.js';

/** Appends a charter with a document in hand, recording every part its shadow root ever shows. */
function charterRecordingParts(json: unknown, attributes: Record<string, string> = {}) {
  const element = document.createElement('service-charter') as ServiceCharter;
  element.setAttribute('now', '2026-11-24T10:00:00Z');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.charter = json;
  document.body.append(element);
  const seen = new Set<string>();
  const record = () =>
    element.shadowRoot!.querySelectorAll('[part]').forEach((node) => seen.add(node.getAttribute('part')!));
  const observer = new MutationObserver(record);
  observer.observe(element.shadowRoot!, { childList: true, subtree: true });
  return { element, seen, stop: () => (observer.disconnect(), element.remove()) };
}

/**
 * The height of `element` in every frame painted until `drawn()`: the room the page keeps (an
 * engine may paint no frame at all before a chunk from this test server arrives).
 */
function heightsUntil(element: HTMLElement, drawn: () => boolean): number[] {
  const heights: number[] = [];
  const recordFrame = () => {
    if (drawn() || !element.isConnected) return;
    heights.push(element.getBoundingClientRect().height);
    requestAnimationFrame(recordFrame);
  };
  requestAnimationFrame(recordFrame);
  return heights;
}

/** The charter's default loading height, 16rem. */
const loadingHeight = () => parseFloat(getComputedStyle(document.documentElement).fontSize) * 16;

const fetchedScripts = () => performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);

describe('<service-charter> chunks imported when needed', () => {
  it('a version 1 document in hand waits for the version 1 reader, then draws the whole charter first', async () => {
    expect(fetchedScripts().some((path) => path.endsWith('/read-charter-v1.ts'))).to.equal(false);
    const { element, seen, stop } = charterRecordingParts(copy(samples.districtCouncil));
    const drawn = () => deepText(element.shadowRoot!).includes('Northwold District Council');
    const heldHeights = heightsUntil(element, drawn);
    try {
      await element.updateComplete;
      await until(drawn);
      expect(fetchedScripts().some((path) => path.endsWith('/read-charter-v1.ts'))).to.equal(true);
      expect([...seen]).to.include('charter');
      expect([...seen], 'never a problem first').not.to.include('problem');
      expect(Math.min(...heldHeights), 'the loading height held meanwhile').to.be.at.least(loadingHeight());
    } finally {
      stop();
    }
  });

  it('an invalid version 1 document still shows its valid parts and names what is wrong', async () => {
    const invalid = copy(samples.districtCouncil) as { promises: { target: unknown }[] };
    invalid.promises[0].target = { workingDays: -1 };
    const { element, stop } = charterRecordingParts(invalid);
    try {
      await element.updateComplete;
      const problem = element.shadowRoot!.querySelector('[part~="problem"]')!;
      expect(deepText(problem)).to.contain('promises[0].target.workingDays: must be a whole number');
      expect(deepText(element.shadowRoot!)).to.contain('Northwold District Council');
    } finally {
      stop();
    }
  });

  it('structured-data waits for the JSON-LD builder; without the attribute it is never fetched', async () => {
    const plain = charterRecordingParts(copy(samples.waterCompany));
    try {
      await plain.element.updateComplete;
      expect(fetchedScripts().some((path) => path.endsWith('/charter-json-ld.ts'))).to.equal(false);
    } finally {
      plain.stop();
    }
    const { element, stop } = charterRecordingParts(copy(samples.waterCompany), { 'structured-data': '' });
    try {
      await element.updateComplete;
      // The first update that draws the charter writes its JSON-LD too.
      const script = element.querySelector(':scope > script[type="application/ld+json"]');
      expect(JSON.parse(script!.textContent!)['@type']).to.equal('Service');
      expect(fetchedScripts().some((path) => path.endsWith('/charter-json-ld.ts'))).to.equal(true);
    } finally {
      stop();
    }
  });

  it('on a Welsh page, the charter keeps its room while the Welsh strings are on their way', async () => {
    const page = document.createElement('div');
    page.lang = 'cy';
    document.body.append(page);
    const element = document.createElement('service-charter') as ServiceCharter;
    element.setAttribute('now', '2026-11-24T10:00:00Z');
    element.charter = copy(samples.welshCouncil);
    page.append(element);
    const drawn = () => !!element.shadowRoot?.querySelector('[part~="charter"]');
    const heldHeights = heightsUntil(element, drawn);
    try {
      await element.updateComplete;
      await until(drawn);
      expect(fetchedScripts().some((path) => path.includes('/strings/cy'))).to.equal(true);
      expect(Math.min(...heldHeights), 'the loading height held meanwhile').to.be.at.least(loadingHeight());
    } finally {
      page.remove();
    }
  });
});
