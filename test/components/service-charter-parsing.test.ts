// A charter defined before the parser has read its children (its script in the page's head, or
// `async`) reads its inline document once the page is parsed, never half of it. The parser is
// driven by document.write in a frame whose elements are already defined: the npm build's
// sources, and the CDN file as built.
import { expect } from '@open-wc/testing';
import { samples, until } from '../helpers.js';
import { loadedFrame } from '../embed/frames.js';

/** A frame with `script` loaded and `<service-charter>` defined, its document open for writing. */
async function framePageDefinedBy(script: string) {
  const frame = await loadedFrame({
    srcdoc: `<!doctype html><html><body><script type="module" src="${script}"></script></body></html>`,
  });
  const win = frame.contentWindow as Window & typeof globalThis;
  await win.customElements.whenDefined('service-charter');
  const warnings: string[] = [];
  win.console.warn = win.console.error = (...args: unknown[]) => warnings.push(String(args[0]));
  frame.contentDocument!.open();
  return { frame, doc: frame.contentDocument!, warnings };
}

const shadowOf = (charter: Element) => charter.shadowRoot!;

for (const [build, script] of [
  ['sources', '/src/define/all.ts'],
  ['CDN file', '/test-api/embed/cdn.js?copy=parsing'],
]) {
  describe(`<service-charter> defined before the parser reads its inline document (${build})`, () => {
    before(async function () {
      // The CDN file is built by rollup when first asked for: wait for it here, not in a test.
      this.timeout(180_000);
      await fetch(script);
    });

    it('holds its room while the document is half written, then shows the whole charter', async function () {
      this.timeout(20_000);
      const { frame, doc, warnings } = await framePageDefinedBy(script);
      const json = JSON.stringify(samples.districtCouncil);
      doc.write('<!doctype html><html lang="en"><body><service-charter now="2026-11-24T10:00:00Z">');
      doc.write(`<script type="application/json">${json.slice(0, json.length / 2)}`);
      const charter = doc.querySelector('service-charter')!;
      await until(() => charter.shadowRoot?.querySelector('[part="loading"]'));
      // A frame later, still parsing: no problem shown or announced, and nothing read yet.
      await new Promise((frameDrawn) => requestAnimationFrame(frameDrawn));
      expect(shadowOf(charter).querySelector('[part="problem"], [role="alert"]')).to.equal(null);
      expect(charter.getBoundingClientRect().height, 'room held').to.be.greaterThan(100);

      doc.write(`${json.slice(json.length / 2)}</script><service-hours channel="phone"></service-hours>`);
      // A module script still arriving holds DOMContentLoaded back: the charter does not wait for it.
      doc.write('</service-charter><p>After</p><script type="module" src="/test-api/charter/sample?delay=10000">');
      doc.write('</script></body></html>');
      let contentLoaded = false;
      doc.addEventListener('DOMContentLoaded', () => (contentLoaded = true));
      doc.close();
      // Well before that script's 10 s, however busy the machine.
      await until(() => shadowOf(charter).querySelector('#title'), 8000);
      expect(contentLoaded, 'drawn before DOMContentLoaded').to.equal(false);
      expect(shadowOf(charter).querySelector('#title')!.textContent).to.equal('Our customer service charter');
      expect(shadowOf(charter).querySelector('[part="problem"]')).to.equal(null);
      expect(shadowOf(charter).querySelectorAll('[part="promise"]').length).to.be.greaterThan(4);
      // An element inside, parsed after the document, reads the same charter.
      const hours = charter.querySelector('service-hours')!;
      await until(() => hours.shadowRoot?.textContent?.includes('Monday'));
      expect(hours.shadowRoot!.querySelector('[part="problem"]')).to.equal(null);
      expect(warnings).to.deep.equal([]);
      frame.remove();
    });

    it('draws once its closing tag is read, while a slow script further down holds the parser', async function () {
      this.timeout(20_000);
      const { frame, doc, warnings } = await framePageDefinedBy(script);
      doc.write('<!doctype html><html lang="en"><body><main><service-charter now="2026-11-24T10:00:00Z">');
      doc.write(`<script type="application/json">${JSON.stringify(samples.districtCouncil)}</script>`);
      // The charter is the last thing in <main>: what follows it comes after </main>.
      doc.write('</service-charter></main><script src="/test-api/slow-script?delay=10000"></script><p>After</p>');
      doc.write('</body></html>');
      doc.close();
      const charter = doc.querySelector('service-charter')!;
      // Well before that script's 10 s, however busy the machine.
      await until(() => charter.shadowRoot?.querySelector('#title'), 8000);
      expect(doc.readyState, 'the parser still waits for the script').to.equal('loading');
      expect(doc.querySelector('p'), 'nothing after the script parsed yet').to.equal(null);
      expect(charter.shadowRoot!.querySelectorAll('[part="promise"]').length).to.be.greaterThan(4);
      expect(charter.shadowRoot!.querySelector('[part="problem"]')).to.equal(null);
      expect(warnings).to.deep.equal([]);
      frame.remove();
    });

    it('stops waiting for its closing tag when taken out mid-parse, and reads its document when put back', async () => {
      const { frame, doc } = await framePageDefinedBy(script);
      doc.write('<!doctype html><html lang="en"><body><service-charter now="2026-11-24T10:00:00Z">');
      doc.write(`<script type="application/json">${JSON.stringify(samples.districtCouncil)}`);
      const charter = doc.querySelector('service-charter')!;
      await until(() => charter.shadowRoot?.querySelector('[part="loading"]'));
      charter.remove();
      doc.write('</script></service-charter><p>After</p></body></html>');
      doc.close();
      await until(() => doc.readyState === 'complete');
      await (charter as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      // Out of the page, it did not read or draw the document when the page finished.
      expect(charter.shadowRoot!.querySelector('#title')?.textContent).to.equal(undefined);
      doc.body.append(charter);
      await until(() => charter.shadowRoot!.querySelector('#title'));
      expect(charter.shadowRoot!.querySelector('[part="problem"]')).to.equal(null);
      frame.remove();
    });

    it('still says so when the inline document, once whole, is not JSON', async () => {
      const { frame, doc } = await framePageDefinedBy(script);
      doc.write('<!doctype html><html lang="en"><body><service-charter><script type="application/json">{"title": ');
      doc.write('</script></service-charter></body></html>');
      doc.close();
      const charter = doc.querySelector('service-charter')!;
      await until(() => charter.shadowRoot?.querySelector('[part="problem"]'));
      expect(charter.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('not valid JSON');
      frame.remove();
    });

    // The CDN file as built only: its sample is a version 1 document, and the sources would
    // import the version 1 reader from a frame whose document was replaced by document.open().
    if (build === 'CDN file')
      it('shows server-rendered HTML whose shadow root arrives after the element is defined once', async function () {
        this.timeout(60_000);
        const page = await (await fetch('/test-api/server-rendering/page')).text();
        const markup = /<service-charter[^>]*>[\s\S]*<\/service-charter\s*>/.exec(page)![0];
        const opening = markup.indexOf('<template');
        const { frame, doc, warnings } = await framePageDefinedBy(script);
        doc.write(`<!doctype html><html lang="en"><body>${markup.slice(0, opening)}`);
        const charter = doc.querySelector('service-charter')!;
        // Defined already: the element has its own shadow root before the server's arrives.
        await new Promise((frameDrawn) => requestAnimationFrame(frameDrawn));
        doc.write(`${markup.slice(opening)}</body></html>`);
        doc.close();
        await until(() => charter.shadowRoot?.querySelector('[part="promise"]'), 10_000);
        await (charter as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
        expect(charter.shadowRoot!.querySelectorAll('article, #title').length).to.equal(2);
        expect(charter.shadowRoot!.querySelector('#title')!.textContent).to.equal('Our customer service charter');
        expect(warnings).to.deep.equal([]);
        frame.remove();
      });
  });
}
