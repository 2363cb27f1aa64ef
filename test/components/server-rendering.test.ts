import { expect } from '@open-wc/testing';
import type { ServiceCharter } from '../../src/components/service-charter/service-charter.js';
import { copy, samples, until } from '../helpers.js';

type Frame = Window & typeof globalThis & { hydrate(): Promise<unknown>; errors: string[] };

async function loadFrame(src: string): Promise<Frame> {
  const iframe = document.createElement('iframe');
  iframe.title = 'Server-rendered page';
  iframe.style.cssText = 'width: 800px; height: 600px';
  document.body.append(iframe);
  await new Promise((resolve) => {
    iframe.addEventListener('load', resolve, { once: true });
    iframe.src = src;
  });
  return iframe.contentWindow as Frame;
}

/** Every node in a shadow tree and the shadow trees inside it. */
function deepNodes(root: ShadowRoot): Node[] {
  const nodes: Node[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    nodes.push(node);
    const inner = (node as Element).shadowRoot;
    if (inner) nodes.push(...deepNodes(inner));
  }
  return nodes;
}

/** Records every node added or removed in a shadow tree and the shadow trees inside it. */
function watch(root: ShadowRoot, frame: Frame) {
  const changes: string[] = [];
  const observer = new frame.MutationObserver((records) => {
    for (const record of records) {
      for (const node of [...record.addedNodes, ...record.removedNodes]) {
        if (node.nodeType !== Node.COMMENT_NODE)
          changes.push(`${record.addedNodes.length ? '+' : '-'}${node.nodeName}`);
      }
    }
  });
  const observe = (shadow: ShadowRoot) => {
    observer.observe(shadow, { childList: true, subtree: true });
    shadow.querySelectorAll('*').forEach((element) => element.shadowRoot && observe(element.shadowRoot));
  };
  observe(root);
  return { changes, stop: () => (observer.takeRecords(), observer.disconnect()) };
}

/** The charter the server did not render, beside the one it did (`?via=`): drawn as usual, once. */
async function expectPlainCharterDrawnOnce(frame: Frame): Promise<void> {
  const plain = frame.document.querySelector<ServiceCharter>('#plain')!;
  await until(() => plain.shadowRoot?.querySelector('[part="promise"]'), 10_000);
  expect(plain.shadowRoot!.querySelectorAll('article').length).to.equal(1);
}

describe('server-rendered <service-charter>', () => {
  it('shows the charter before the element is defined', async () => {
    const frame = await loadFrame('/test-api/server-rendering/page');
    expect(frame.customElements.get('service-charter')).to.equal(undefined);
    const host = frame.document.querySelector('service-charter')!;
    const title = host.shadowRoot!.querySelector('#title')!;
    expect(title.textContent).to.equal('Our customer service charter');
    expect(title.getBoundingClientRect().height).to.be.greaterThan(0);
    // Styles are in the declarative shadow root too: the heading is bold before any script.
    expect(Number(frame.getComputedStyle(title).fontWeight)).to.equal(700);
    const promise = host.shadowRoot!.querySelector('[part="promise"]')!;
    expect(promise.textContent).to.contain('within');
    // The promise styles are the charter's own, present before any script: the sentence is bold.
    expect(Number(frame.getComputedStyle(promise.querySelector('.text')!).fontWeight)).to.equal(600);
    expect(host.querySelector(':scope > script[type="application/ld+json"]')).to.exist;
  });

  for (const [lang, via] of [
    ['en', 'npm build'],
    ['cy', 'npm build'],
    ['en', 'loader'],
    ['cy', 'loader'],
  ])
    it(`hydrates without re-rendering (lang="${lang}", ${via}): the same nodes and words are kept, none added or removed`, async function () {
      // The CDN loader is built by rollup when first asked for.
      this.timeout(180_000);
      const frame = await loadFrame(`/test-api/server-rendering/page?lang=${lang}&via=${via.split(' ')[0]}`);
      const host = frame.document.querySelector('service-charter') as ServiceCharter;
      const before = deepNodes(host.shadowRoot!);
      const words = () =>
        deepNodes(host.shadowRoot!)
          .map((node) => (node.nodeType === Node.TEXT_NODE ? node.textContent : ''))
          .join('');
      const wordsBefore = words();
      expect(wordsBefore).to.contain(lang === 'cy' ? 'Cwynion' : 'Complaints');
      const jsonLd = host.querySelector(':scope > script[type="application/ld+json"]');
      const watcher = watch(host.shadowRoot!, frame);
      await frame.hydrate();
      await until(() => host.hasUpdated);
      await host.updateComplete;
      watcher.stop();
      expect(frame.errors).to.deep.equal([]);
      expect(watcher.changes).to.deep.equal([]);
      const after = deepNodes(host.shadowRoot!);
      expect(after.length).to.equal(before.length);
      expect(after.every((node, i) => node === before[i])).to.equal(true);
      expect(words()).to.equal(wordsBefore);
      // The JSON-LD rendered on the server is kept, not rewritten.
      expect(host.querySelector(':scope > script[type="application/ld+json"]')).to.equal(jsonLd);
      if (via === 'loader') await expectPlainCharterDrawnOnce(frame);
    });

  it('is live after hydration: a new charter updates the same heading', async () => {
    const frame = await loadFrame('/test-api/server-rendering/page');
    const host = frame.document.querySelector('service-charter') as ServiceCharter;
    const title = host.shadowRoot!.querySelector('#title')!;
    await frame.hydrate();
    await until(() => host.hasUpdated);
    const renamed = copy(samples.districtCouncil);
    renamed.title = 'Our renewed charter';
    host.charter = renamed;
    await host.updateComplete;
    expect(host.shadowRoot!.querySelector('#title')).to.equal(title);
    expect(title.textContent).to.equal('Our renewed charter');
  });

  it('(control) without hydrate support, defining the element does change the rendered DOM', async () => {
    const frame = await loadFrame('/test-api/server-rendering/page?support=0');
    const host = frame.document.querySelector('service-charter') as ServiceCharter;
    const watcher = watch(host.shadowRoot!, frame);
    await frame.hydrate();
    await until(() => host.hasUpdated);
    await host.updateComplete;
    watcher.stop();
    // The server's charter is replaced, not followed by a second copy.
    expect(watcher.changes).to.include.members(['-ARTICLE', '+ARTICLE']);
    expect(host.shadowRoot!.querySelectorAll('article, #title').length).to.equal(2);
    expect(frame.errors).to.deep.equal([]);
  });

  it('the self-contained CDN file, which cannot hydrate, replaces the server’s charter with one of its own', async function () {
    this.timeout(180_000);
    const frame = await loadFrame('/test-api/server-rendering/page?via=cdn');
    const host = frame.document.querySelector('service-charter') as ServiceCharter;
    const words = host.shadowRoot!.querySelector('article')!.textContent;
    await frame.hydrate();
    await until(() => host.hasUpdated);
    await host.updateComplete;
    expect(host.shadowRoot!.querySelectorAll('article, #title').length).to.equal(2);
    expect(host.shadowRoot!.querySelector('article')!.textContent).to.equal(words);
    await expectPlainCharterDrawnOnce(frame);
    expect(frame.errors).to.deep.equal([]);
  });
});
