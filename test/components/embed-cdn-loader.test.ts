// The CDN loader as a resident's browser gets it: the one script tag, built by rollup.config.mjs,
// imports the chunks of the elements on the page and nothing else.
import { expect } from '@open-wc/testing';
import { until } from '../helpers.js';
import {
  loadedFrame,
  loadHostPage,
  registeredTags,
  removeHostPages,
  renderedText,
  untilRendered,
} from '../embed/frames.js';
import type { HostFrame } from '../embed/frames.js';

/** Source paths (from the repository root) in each chunk of the loader's build, by file name. */
let chunkModules: Record<string, string[]>;

/** Every file of the loader's build the page fetched, by its name in the build. */
const fetchedFiles = (host: HostFrame): string[] =>
  host.win.performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.startsWith('/test-api/embed/') && path.endsWith('.js'))
    .map((path) => path.slice('/test-api/embed/'.length));

/** The source modules in every chunk the page fetched. */
const fetchedModules = (host: HostFrame): string[] => fetchedFiles(host).flatMap((file) => chunkModules[file] ?? []);

const elementCode = (tag: string) => `src/components/${tag}/`;
const welshTables = /^src\/strings\/cy\//;
/** Modules in chunks of their own, fetched only when a document or an attribute needs them. */
const version1Reader = 'src/core/read-charter-v1.ts';
const jsonLdBuilder = ['src/components/service-charter/charter-json-ld.ts', 'src/core/structured-data.ts'];
/** Each optional section's chunk, by a module only it holds: fetched only for a document with the section. */
const sectionCode = {
  access: 'src/core/read-access.ts',
  notices: 'src/core/read-notices.ts',
  improvements: 'src/core/read-improvements.ts',
  feedback: 'src/core/read-feedback.ts',
};
const sectionsFetched = (host: HostFrame) =>
  Object.entries(sectionCode)
    .filter(([, module]) => fetchedModules(host).includes(module))
    .map(([section]) => section);

/**
 * A page with only a charter of `sample`, its loader (and so every chunk) at URLs no cache has
 * seen: `fail` names chunks the server then fails, by the start of their file name.
 */
async function freshLoaderPage(sample: string, fail = '', preloadCharter = false) {
  const token = `${Date.now()}-${Math.random().toString(36).slice(2)}${fail && `-fail-${fail}`}`;
  const frame = await loadedFrame({
    srcdoc: `<!doctype html><html lang="en"><body>
    <script>window.consoleErrors = []; const log = console.error; console.error = (...args) => { consoleErrors.push(String(args[0])); log(...args); };</script>
    <service-charter src="/test-api/embed/charter?sample=${sample}" now="2026-12-10T10:00:00Z"></service-charter>
    ${preloadCharter ? `<link rel="modulepreload" href="/test-api/fresh/${token}/embed/chunks/charter.js" />` : ''}
    <script type="module" src="/test-api/fresh/${token}/embed/loader.js"></script></body></html>`,
  });
  const charter = frame.contentDocument!.querySelector('service-charter')!;
  await until(() => charter.shadowRoot && renderedText(charter.shadowRoot).includes('Complaints'), 20_000);
  return { frame, charter, errors: (frame.contentWindow as unknown as { consoleErrors: string[] }).consoleErrors };
}

describe('the CDN loader', () => {
  let tags: string[];
  before(async function () {
    // Built by rollup when first asked for: wait for it here, not in a test.
    this.timeout(180_000);
    await fetch('/test-api/embed/loader.js');
    chunkModules = await (await fetch('/test-api/embed/loader-chunks')).json();
    tags = await registeredTags();
  });
  afterEach(removeHostPages);

  it('renders every element, nested in the charter, with the same words as the sources', async function () {
    this.timeout(30_000);
    const [loaded, sources] = await Promise.all(
      ['loader', 'npm'].map(async (scripts) => {
        const host = await loadHostPage({ scripts });
        await untilRendered(host, tags);
        expect(host.win.embed.errors, scripts).to.deep.equal([]);
        return host;
      }),
    );
    const text = (host: HostFrame) => renderedText(host.doc.body).trim();
    // The wait time settles on its own schedule (its feed is not there): give both pages that moment.
    await until(() => text(loaded) === text(sources), 5000).catch(() => undefined);
    expect(text(loaded).length).to.be.greaterThan(500);
    expect(text(loaded)).to.equal(text(sources));
    for (const tag of tags) expect(loaded.win.embed.defines[tag], `${tag} registered once`).to.equal(1);
  });

  it('a page with only a charter fetches no other element, and an English page no Welsh', async function () {
    this.timeout(30_000);
    const host = await loadHostPage({ scripts: 'loader', only: '' });
    await untilRendered(host, ['service-charter']);
    const promises = () => host.doc.querySelector('service-charter')!.shadowRoot!.querySelectorAll('[part="promise"]');
    await until(() => promises().length && [...promises()].every((p) => renderedText(p).trim()));
    const fetched = fetchedModules(host);
    expect(fetched, 'the charter chunk').to.include('src/define/service-charter.ts');
    for (const tag of ['service-hours', 'service-response-time', 'service-wait-time', 'service-complaint-form'])
      expect(
        fetched.filter((path) => path.startsWith(elementCode(tag))),
        tag,
      ).to.deep.equal([]);
    expect(fetched.filter((path) => welshTables.test(path))).to.deep.equal([]);
    // Lit's hydrate support only comes for a server-rendered element.
    expect(fetched).not.to.include('src/cdn/hydrate.ts');
    expect(
      chunkModules[Object.keys(chunkModules).find((file) => chunkModules[file].includes('src/cdn/hydrate.ts'))!],
    ).to.include.members(['node_modules/@lit-labs/ssr-client/lit-element-hydrate-support.js']);
    expect(Object.keys(host.win.embed.defines).sort()).to.deep.equal(['service-charter', 'service-promise']);
  });

  it('a version 2 charter fetches neither the version 1 reader nor the JSON-LD builder', async function () {
    this.timeout(30_000);
    const host = await loadHostPage({ scripts: 'loader', only: '', sample: 'water-company' });
    await untilRendered(host, ['service-charter']);
    const charter = host.doc.querySelector('service-charter')!;
    await until(() => renderedText(charter.shadowRoot!).includes('Complaints'));
    const fetched = fetchedModules(host);
    expect(fetched, 'the charter chunk').to.include('src/define/service-charter.ts');
    for (const lazy of [version1Reader, ...jsonLdBuilder]) expect(fetched, lazy).not.to.include(lazy);
    expect(sectionsFetched(host), 'of the optional sections, only the access offers it has').to.deep.equal(['access']);
    expect(charter.shadowRoot!.querySelector('[part~="problem"]')).to.equal(null);
    expect(host.win.embed.errors).to.deep.equal([]);
  });

  it('a version 1 document renders in full through the version 1 reader it fetches', async function () {
    this.timeout(30_000);
    const host = await loadHostPage({ scripts: 'loader', only: '', sample: 'district-council' });
    await untilRendered(host, ['service-charter']);
    const charter = host.doc.querySelector('service-charter')!;
    await until(() => renderedText(charter.shadowRoot!).includes('Complaints'));
    expect(fetchedModules(host)).to.include(version1Reader);
    expect(sectionsFetched(host), 'no optional section').to.deep.equal([]);
    expect(renderedText(charter.shadowRoot!)).to.contain('Northwold District Council');
    expect(charter.shadowRoot!.querySelector('[part~="problem"]'), 'no problem shown').to.equal(null);
    expect(charter.shadowRoot!.querySelectorAll('[part~="promise"]').length).to.be.greaterThan(3);
    expect(host.win.embed.errors).to.deep.equal([]);
  });

  it('a charter with every optional section fetches each chunk and draws each section', async function () {
    this.timeout(30_000);
    const host = await loadHostPage({ scripts: 'loader', only: '', sample: 'bilingual-health-board' });
    await untilRendered(host, ['service-charter']);
    const charter = host.doc.querySelector('service-charter')!;
    await until(() => charter.shadowRoot!.querySelector('[part="improvements"]'));
    expect(sectionsFetched(host)).to.deep.equal(['access', 'notices', 'improvements', 'feedback']);
    for (const part of ['sites', 'access', 'improvements'])
      expect(charter.shadowRoot!.querySelector(`[part="${part}"]`), part).not.to.equal(null);
    expect(charter.shadowRoot!.querySelector('[part~="problem"]'), 'no problem shown').to.equal(null);
    expect(host.win.embed.errors).to.deep.equal([]);
  });

  it('a section chunk the network loses is one problem: everything else shows, and the console says why', async function () {
    this.timeout(30_000);
    const { frame, charter, errors } = await freshLoaderPage('housing-association', 'notices-section');
    try {
      await until(() => charter.shadowRoot!.querySelector('[part~="problem"] li'));
      const problems = [...charter.shadowRoot!.querySelectorAll('[part~="problem"] li')].map((item) =>
        renderedText(item).trim(),
      );
      expect(problems).to.deep.equal([
        'notices: is not shown: the code that reads it could not be loaded (see the console)',
      ]);
      expect(errors).to.include('service-charter: the code that reads its notices could not be loaded');
      expect(charter.shadowRoot!.querySelector('[part="notice"]')).to.equal(null);
      for (const part of ['sites', 'access', 'improvements', 'complaints'])
        expect(charter.shadowRoot!.querySelector(`[part="${part}"]`), part).not.to.equal(null);
      expect(charter.shadowRoot!.querySelectorAll('[part="promise"]').length).to.be.greaterThan(5);
    } finally {
      frame.remove();
    }
  });

  it('a page may preload the charter’s chunk (and the Welsh) by a fixed name: fetched once, and the charter drawn', async function () {
    this.timeout(30_000);
    const { frame, charter, errors } = await freshLoaderPage('water-company', '', true);
    try {
      const charterChunks = frame
        .contentWindow!.performance.getEntriesByType('resource')
        .map((entry) => new URL(entry.name).pathname)
        .filter((path) => /\/embed\/chunks\/charter[-.]/.test(path) && !path.includes('json-ld'));
      // The preloaded file is the one the loader imports: no second copy under another name.
      expect(charterChunks.map((path) => path.slice(path.indexOf('/embed/')))).to.deep.equal([
        '/embed/chunks/charter.js',
      ]);
      expect(charter.shadowRoot!.querySelector('[part~="problem"]')).to.equal(null);
      expect(charter.shadowRoot!.querySelectorAll('[part="promise"]').length).to.be.greaterThan(3);
      expect(errors).to.deep.equal([]);
      // The Welsh strings' two parts, which a Welsh page may preload too, have fixed names as well.
      expect(chunkModules['chunks/cy.js']).to.include('src/strings/cy.ts');
      expect(chunkModules['chunks/cy-more.js']).to.include('src/strings/cy-more.ts');
    } finally {
      frame.remove();
    }
  });

  it('structured-data fetches the JSON-LD builder and writes the JSON-LD', async function () {
    this.timeout(30_000);
    const host = await loadHostPage({
      scripts: 'loader',
      only: '',
      sample: 'water-company',
      'structured-data': 'government',
    });
    await untilRendered(host, ['service-charter']);
    const charter = host.doc.querySelector('service-charter')!;
    const script = () => charter.querySelector(':scope > script[type="application/ld+json"]');
    await until(() => script());
    expect(JSON.parse(script()!.textContent!)['@type']).to.equal('GovernmentService');
    const fetched = fetchedModules(host);
    for (const module of jsonLdBuilder) expect(fetched).to.include(module);
    expect(fetched).not.to.include(version1Reader);
  });

  it("a Welsh page with only a charter and its promises fetches the charter's Welsh and shows it; another element brings its own", async function () {
    this.timeout(30_000);
    const host = await loadHostPage({ scripts: 'loader', only: '', lang: 'cy' });
    await untilRendered(host, ['service-charter']);
    const charter = host.doc.querySelector('service-charter')!;
    await until(() => renderedText(charter.shadowRoot!).includes('Cwynion'));
    const welsh = () => fetchedModules(host).filter((path) => welshTables.test(path));
    expect(welsh()).to.include('src/strings/cy/promises.ts');
    expect(welsh(), "no other element's Welsh").not.to.include('src/strings/cy/hours.ts');
    expect(welsh()).not.to.include('src/strings/cy/complaint-form.ts');
    // All of it, day and month names too, in the one file a Welsh page may preload.
    const welshFiles = fetchedFiles(host).filter((file) => chunkModules[file]?.some((path) => welshTables.test(path)));
    expect(welshFiles).to.deep.equal(['chunks/cy.js']);
    const promise = host.doc.createElement('service-promise');
    promise.setAttribute('promise-id', 'answer-calls');
    charter.append(promise);
    await until(() => renderedText(promise.shadowRoot ?? promise).includes('o fewn 20 eiliad'));
    expect(welsh(), "a promise needs only the charter's Welsh").not.to.include('src/strings/cy/hours.ts');
    const hours = host.doc.createElement('service-hours');
    hours.setAttribute('channel', 'phone');
    hours.setAttribute('now', '2026-11-24T10:00:00Z');
    charter.append(hours);
    await until(() => renderedText(hours.shadowRoot ?? hours).includes('Oriau agor'));
    expect(welsh()).to.include('src/strings/cy/hours.ts');
  });

  it('finds elements added later, inside shadow roots of its own elements too', async function () {
    this.timeout(30_000);
    const host = await loadHostPage({ scripts: 'loader', only: '' });
    await untilRendered(host, ['service-charter']);
    const hours = host.doc.createElement('service-hours');
    hours.setAttribute('channel', 'phone');
    hours.setAttribute('now', '2026-11-24T10:00:00Z');
    host.doc.querySelector('service-charter')!.append(hours);
    await until(() => host.win.customElements.get('service-hours') && renderedText(hours.shadowRoot ?? hours).trim());
    expect(renderedText(hours.shadowRoot!)).to.contain('Open');
  });

  it('imports the elements its own elements render in their shadow roots', async function () {
    this.timeout(30_000);
    // This charter's sites have opening hours: it renders a <service-hours> for each.
    const host = await loadHostPage({ scripts: 'loader', only: '', sample: 'housing-association' });
    await untilRendered(host, ['service-charter']);
    const hours = () => [...host.doc.querySelector('service-charter')!.shadowRoot!.querySelectorAll('service-hours')];
    await until(() => hours().length && hours().every((each) => renderedText(each.shadowRoot ?? each).trim()));
    expect(host.win.embed.defines['service-hours']).to.equal(1);
  });

  it("starts the charter's chunk and the self-contained file with V8's compile hint, and no other chunk", async function () {
    this.timeout(180_000); // the self-contained file is built on first request
    const hint = '//# allFunctionsCalledOnLoad\n';
    const starts = async (path: string) => (await (await fetch(`/test-api/embed/${path}`)).text()).startsWith(hint);
    const files = Object.keys(chunkModules);
    const charterChunk = files.find((file) => chunkModules[file].includes('src/define/service-charter.ts'))!;
    expect(await starts(charterChunk), charterChunk).to.equal(true);
    expect(await starts('cdn.js'), 'cdn.js').to.equal(true);
    for (const file of files.filter((file) => file !== charterChunk)) expect(await starts(file), file).to.equal(false);
  });
});
