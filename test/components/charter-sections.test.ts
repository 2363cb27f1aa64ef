// A charter imports the code of an optional section (sites and access, notices, "You said, we
// did" with satisfaction, feedback) only for a document that has it. The first tests here run
// before any document with those sections is read in this page, so they see what a resident's
// browser fetches for a charter without them. A document with them waits for their chunks,
// holding its room, then draws them as before.
import { expect } from '@open-wc/testing';
import '../../src/define/service-charter.js';
import '../../src/define/service-promise.js';
import type { ServiceCharter } from '../../src/components/service-charter/service-charter.js';
import type { CharterLoadEvent } from '../../src/events/charter-load.js';
import { allInShadow, copy, deepText, inShadow, samples, until } from '../helpers.js';

// Every module import is recorded, however many the test page has loaded already.
performance.setResourceTimingBufferSize(10_000);

const chunkModules = {
  access: '/src/components/service-charter/access-section.ts',
  notices: '/src/components/notices-section.ts',
  improvements: '/src/components/service-you-said-we-did/improvements-section.ts',
  feedback: '/src/core/read-feedback.ts',
};
type ChunkName = keyof typeof chunkModules;

const fetchedChunks = () => {
  const paths = new Set(performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname));
  return (Object.keys(chunkModules) as ChunkName[]).filter((name) => paths.has(chunkModules[name]));
};

/** Appends a charter showing `json` at a moment its notice is in force, recording every part it ever shows. */
function charterOf(json: unknown, inside = '') {
  const element = document.createElement('service-charter') as ServiceCharter;
  element.setAttribute('now', '2026-12-10T10:00:00Z');
  element.innerHTML = inside;
  element.charter = json;
  const loaded = new Promise<CharterLoadEvent>((resolve) =>
    element.addEventListener('service-charter-load', (event) => resolve(event as CharterLoadEvent), { once: true }),
  );
  document.body.append(element);
  const seen = new Set<string>();
  const observer = new MutationObserver(() =>
    element.shadowRoot!.querySelectorAll('[part]').forEach((node) => seen.add(node.getAttribute('part')!)),
  );
  observer.observe(element.shadowRoot!, { childList: true, subtree: true });
  return { element, seen, loaded, stop: () => (observer.disconnect(), element.remove()) };
}

/** The water company's charter without its access offers: a version 2 document with no optional section. */
function withoutSections() {
  const json = copy(samples.waterCompany) as Record<string, unknown>;
  delete json.access;
  return json;
}

/** The housing association's charter (sites, access, notices, "You said, we did", satisfaction) with feedback too. */
function withEverySection() {
  return { ...copy(samples.housingAssociation), feedback: copy(samples.bilingualHealthBoard.feedback) };
}

describe('<service-charter> optional sections, imported when a document has them', () => {
  afterEach(() => document.querySelectorAll('service-charter').forEach((element) => element.remove()));

  it('a document without optional sections imports none of their code, and shows in full', async () => {
    const { element } = charterOf(withoutSections());
    await element.updateComplete;
    expect(deepText(element.shadowRoot!)).to.contain('Complaints');
    expect(element.shadowRoot!.querySelector('[part~="problem"]')).to.equal(null);
    expect(fetchedChunks()).to.deep.equal([]);
  });

  it('a document with access offers imports their code alone', async () => {
    const { element } = charterOf(copy(samples.waterCompany));
    await element.updateComplete;
    expect(deepText(inShadow(element, '[part="access"]')!)).to.contain('Access');
    expect(element.shadowRoot!.querySelector('[part~="problem"]')).to.equal(null);
    expect(fetchedChunks()).to.deep.equal(['access']);
  });

  it('a document with every section waits for their chunks, then draws and provides each, never a problem first', async () => {
    const { element, seen, loaded, stop } = charterOf(
      withEverySection(),
      '<service-promise promise-id="routine-repairs"></service-promise>',
    );
    try {
      await element.updateComplete;
      expect(fetchedChunks()).to.deep.equal(['access', 'notices', 'improvements', 'feedback']);
      const { charter, problems } = await loaded;
      expect(problems).to.deep.equal([]);
      expect(charter.feedback?.scale?.length).to.be.greaterThan(1);
      expect(charter.satisfaction?.length).to.be.greaterThan(0);
      expect([...seen], 'never a problem first').not.to.include('problem');
      for (const part of ['sites', 'access', 'notice', 'improvements']) expect([...seen], part).to.include(part);
      expect(allInShadow(element, '[part="improvement"]').length).to.equal(
        samples.housingAssociation.improvements.length,
      );
      // The notice about the email channel beside it; the one about a promise on the promise, also when it is
      // drawn by a <service-promise> of its own.
      expect(deepText(inShadow(element, '[data-channel="email"] [part="notice"]')!)).to.contain('very busy');
      const promise = element.querySelector('service-promise')!;
      await until(() => promise.shadowRoot?.querySelector('[part="notice"]'));
      expect(deepText(promise.shadowRoot!.querySelector('[part="notice"]')!)).to.contain('very busy');
    } finally {
      stop();
    }
  });

  it('a link from "You said, we did" moves focus to the promise it is about', async () => {
    const { element, stop } = charterOf(withEverySection());
    try {
      await element.updateComplete;
      const link = inShadow<HTMLAnchorElement>(element, '[part="improvement"] a[href^="#promise-"]')!;
      link.click();
      expect(element.shadowRoot!.activeElement?.id).to.equal(link.getAttribute('href')!.slice(1));
    } finally {
      stop();
    }
  });
});
