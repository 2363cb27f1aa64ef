// The CDN files as a classic script (a CMS that adds `<script src>` without `type="module"`,
// as WordPress's and Drupal's script APIs do by default), in the page's <head>: they work, and
// they declare nothing in the page's global scope, where a name of theirs would clash with the
// page's own scripts (a SyntaxError for a page's `const e`) or be overwritten by them.
import { expect } from '@open-wc/testing';
import { samples, until } from '../helpers.js';
import { loadedFrame, renderedText } from '../embed/frames.js';

/** The page's own classic script, run after ours: top-level names a minifier likes. */
const pageScript = `const e = 1, s = 2, c = 3, o = 4, r = 5, a = 6;
var t = 't', i = 'i', n = 'n', l = 'l', d = 'd';
window.pageScriptRan = true;`;

const inlineCharter = (title: string) =>
  `<service-charter now="2026-11-24T10:00:00Z"><script type="application/json">${JSON.stringify({
    ...samples.districtCouncil,
    title,
  }).replace(/</g, '\\u003c')}</script></service-charter>`;

type ClassicWindow = Window & typeof globalThis & { pageScriptRan?: boolean; namesBefore: string[] };

async function classicPage(script: string) {
  const frame = await loadedFrame({
    srcdoc: `<!doctype html><html lang="en"><head>
    <script>window.namesBefore = Object.getOwnPropertyNames(window);</script>
    <script src="${script}"></script>
    <script>${pageScript}</script>
    </head><body>${inlineCharter('First charter')}</body></html>`,
  });
  return { frame, win: frame.contentWindow as ClassicWindow, doc: frame.contentDocument! };
}

/** Lit's own globals, which it sets on purpose (version lists, and the metadata of decorators). */
const litGlobals = /^(lit|reactiveElement)[A-Za-z]*$/;

for (const [file, script] of [
  ['the CDN loader', '/test-api/embed/loader.js'],
  ['the self-contained CDN file', '/test-api/embed/cdn.js?copy=classic'],
]) {
  describe(`${file} as a classic script in <head>`, () => {
    before(async function () {
      // Built by rollup when first asked for: wait for it here, not in a test.
      this.timeout(180_000);
      await fetch(script);
    });

    it('renders the charter and declares nothing in the page’s global scope', async () => {
      const { frame, win, doc } = await classicPage(script);
      expect(win.pageScriptRan, 'the page’s own script ran').to.equal(true);
      const first = doc.querySelector('service-charter')!;
      await until(() => first.shadowRoot && renderedText(first.shadowRoot).includes('Complaints'), 20_000);
      expect(renderedText(first.shadowRoot!)).to.contain('First charter');
      const added = Object.getOwnPropertyNames(win).filter((name) => !win.namesBefore.includes(name));
      const pageOwn = ['namesBefore', 'pageScriptRan', 't', 'i', 'n', 'l', 'd'];
      expect(added.filter((name) => !pageOwn.includes(name) && !litGlobals.test(name))).to.deep.equal([]);

      // A charter added later is still found and drawn: the page's `var n` replaced nothing of ours.
      doc.body.insertAdjacentHTML('beforeend', inlineCharter('Second charter'));
      const second = doc.querySelectorAll('service-charter')[1];
      await until(() => second.shadowRoot && renderedText(second.shadowRoot).includes('Second charter'), 20_000);
      frame.remove();
    });
  });
}
