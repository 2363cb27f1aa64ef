/**
 * The pages the paint benchmark compares, all showing one charter built from the district-council
 * sample (as a version 2 document) with `count` promises (its five promises repeated under new ids):
 *
 * - `static`: the charter's rendered HTML and nothing else — declarative shadow roots, no script
 *   (the baseline: what a resident's browser does for the same content without any JavaScript);
 * - `cdn`: the self-contained CDN file and the charter inline, rendered in the browser, on a page
 *   that holds its room as docs/getting-started.md says (`roomHeld`);
 * - `loader`: the same page with the CDN loader and a preload of the charter's chunk, as the
 *   docs recommend (the browser fetches the chunk while the loader arrives);
 * - `welsh`: the loader page in Welsh (`lang="cy"`), preloading the Welsh strings' first part
 *   too, as the docs recommend; measured over the slow connection only, where its one more
 *   request shows;
 * - `src`: the loader page with the charter fetched from its URL (`/charter.json`), its calendars
 *   naming GOV.UK-shaped bank holidays by URL on another origin, as a council's published charter
 *   names www.gov.uk; measured over the slow connection only, where its requests show;
 * - `ssr`: the server-rendered charter (service-charter/ssr), hydrated by the npm build with Lit's
 *   hydrate support (as docs/server-rendering.md says; the CDN file cannot hydrate);
 * - `ssr-loader`: the same server-rendered HTML hydrated by the CDN loader (which fetches Lit's
 *   hydrate support for it), as a site without a build step uses `service-charter render`;
 * - `lit`: a bare Lit element that renders the promises' texts as a list (the cost of Lit itself).
 *
 * Each page marks `charter-complete` (performance.mark) when its charter has rendered in full.
 */
import { readdir, readFile } from 'node:fs/promises';
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../..', import.meta.url));

/** The district-council sample, migrated to version 2 as a new charter is written, with `count` promises. */
export async function charterOfSize(count) {
  const { migrateCharter } = await import('service-charter/core');
  const sample = migrateCharter(JSON.parse(await readFile(`${root}src/samples/district-council.json`, 'utf8')));
  const promises = Array.from({ length: count }, (_, index) => {
    const promise = sample.promises[index % sample.promises.length];
    return { ...promise, id: `${promise.id}-${index + 1}` };
  });
  return { ...sample, promises };
}

const page = (head, body, lang = 'en') =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Charter</title>${head}</head><body><main>${body}</main><footer><p>Footer</p></footer></body></html>`;

/** The page CSS of docs/getting-started.md's "No layout shift" recipe. */
const roomHeld = `<style>
service-charter { display: block; --service-charter-loading-height: 100vh; }
service-charter:not(:defined) { min-height: 100vh; }
service-charter:not(:defined) > * { display: none; }
</style>`;

/** Marks `charter-complete` once a charter fetched from its URL is in, bank holidays and all, and drawn. */
const loadedMark = `<script type="module">
const charter = document.querySelector('service-charter');
charter.addEventListener('service-charter-load', async () => {
  await (charter.renderComplete ?? charter.updateComplete);
  performance.mark('charter-complete');
}, { once: true });
</script>`;

/** Marks `charter-complete` once the charter has rendered every promise. */
const completeMark = `<script type="module">
const charter = document.querySelector('service-charter');
await customElements.whenDefined('service-charter');
await (charter.renderComplete ?? charter.updateComplete);
performance.mark('charter-complete');
</script>`;

/** A script for the pages, bundled and minified from `contents` as the CDN file is. */
async function bundle(contents) {
  const result = await build({
    stdin: { contents, resolveDir: root, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

/** The bare Lit baseline's element. */
const litBaseline = () =>
  bundle(`import { LitElement, html } from 'lit';
customElements.define('bare-list', class extends LitElement {
  static properties = { items: { attribute: false } };
  render() { return html\`<ul>\${this.items.map((item) => html\`<li><p>\${item}</p></li>\`)}</ul>\`; }
});
const list = document.querySelector('bare-list');
list.items = JSON.parse(list.firstElementChild.textContent);
await list.updateComplete;
performance.mark('charter-complete');`);

/**
 * The five pages for one charter size, as HTML strings; scripts are served from `/cdn.js`
 * (the self-contained CDN file), `/cdn/` (the loader and its chunks), `/hydrate.js` (hydrate support and the npm build) and `/lit.js` (the bare element)
 * by the benchmark's server.
 */
export async function pagesFor(count) {
  const json = await charterOfSize(count);
  const { renderCharter } = await import('service-charter/ssr');
  const rendered = await renderCharter(json, { now: new Date('2026-11-24T10:00:00Z') });
  const inline = `<service-charter><script type="application/json">${JSON.stringify(json).replace(/</g, '\\u003c')}</script></service-charter>`;
  // As docs/getting-started.md writes the script tag.
  const cdn = (src) => `<script type="module" async src="${src}"></script>${roomHeld}`;
  // The loader's tag with the charter's chunk preloaded beside it (and `also`), as the docs say.
  const viaLoader = (also = '') =>
    `<link rel="modulepreload" href="/cdn/chunks/charter.js">${also}${cdn('/cdn/loader.js')}`;
  const texts = json.promises.map((p) => p.text);
  return {
    static: page('', rendered.replace(/<script type="application\/json">[\s\S]*?<\/script>/, '')),
    cdn: page(cdn('/cdn.js'), inline + completeMark),
    loader: page(viaLoader(), inline + completeMark),
    // The loader page in Welsh, preloading the Welsh strings' first part as the docs say.
    welsh: page(viaLoader('<link rel="modulepreload" href="/cdn/chunks/cy.js">'), inline + completeMark, 'cy'),
    src: page(viaLoader(), `<service-charter src="/charter.json"></service-charter>${loadedMark}`),
    ssr: page('<script type="module" src="/hydrate.js"></script>', rendered + completeMark),
    // The same HTML hydrated by the CDN loader: a site with no build step that pastes it.
    'ssr-loader': page(viaLoader(), rendered + completeMark),
    lit: page(
      '<script type="module" src="/lit.js"></script>',
      `<bare-list><script type="application/json">${JSON.stringify(texts)}</script></bare-list>`,
    ),
  };
}

/** The `src` page's documents: its charter, with bank holidays by URL at `holidaysOrigin`, and those holidays. */
export async function fetchedDocuments(count, holidaysOrigin) {
  const json = await charterOfSize(count);
  const bankHolidays = { division: 'england-and-wales', url: `${holidaysOrigin}/bank-holidays.json` };
  const calendars = Object.entries(json.calendars).map(([id, calendar]) => [id, { ...calendar, bankHolidays }]);
  const events = ['2026-12-25', '2026-12-28', '2027-01-01'].map((date) => ({ title: 'Bank holiday', date }));
  return {
    '/charter.json': JSON.stringify({ ...json, calendars: Object.fromEntries(calendars) }),
    '/bank-holidays.json': JSON.stringify({ 'england-and-wales': { division: 'england-and-wales', events } }),
  };
}

/** The loader and its chunks as `/cdn/…` paths. */
async function loaderFiles() {
  const names = await readdir(`${root}dist/cdn`, { recursive: true });
  const scripts = names.filter((name) => name.endsWith('.js') && name !== 'service-charter.min.js');
  return Promise.all(scripts.map(async (name) => [`/cdn/${name}`, await readFile(`${root}dist/cdn/${name}`)]));
}

export const scripts = async () => ({
  // PAINT_CDN=<file> measures another build of the CDN file (an older one, to compare).
  '/cdn.js': await readFile(process.env.PAINT_CDN ?? `${root}dist/cdn/service-charter.min.js`),
  ...Object.fromEntries(await loaderFiles()),
  '/hydrate.js': await bundle(
    "import '@lit-labs/ssr-client/lit-element-hydrate-support.js'; import 'service-charter/define';",
  ),
  '/lit.js': await litBaseline(),
});
