// The CDN loader as a resident's browser gets it: the one script tag, built by rollup.config.mjs,
// imports the chunks of the elements on the page and nothing else.
import { expect } from '@open-wc/testing';
import { until } from '../helpers.js';
import { loadHostPage, registeredTags, removeHostPages, renderedText, untilRendered } from '../embed/frames.js';
import type { HostFrame } from '../embed/frames.js';

/** Source paths (from the repository root) in each chunk of the loader's build, by file name. */
let chunkModules: Record<string, string[]>;

/** The source modules in every chunk the page fetched. */
function fetchedModules(host: HostFrame): string[] {
  return host.win.performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.startsWith('/test-api/embed/') && path.endsWith('.js'))
    .flatMap((path) => chunkModules[path.slice('/test-api/embed/'.length)] ?? []);
}

const elementCode = (tag: string) => `src/components/${tag}/`;
const welshTables = /^src\/strings\/cy\//;
/** Modules in chunks of their own, fetched only when a document or an attribute needs them. */
const version1Reader = 'src/core/read-charter-v1.ts';
const jsonLdBuilder = ['src/components/service-charter/charter-json-ld.ts', 'src/core/structured-data.ts'];

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
    expect(renderedText(charter.shadowRoot!)).to.contain('Northwold District Council');
    expect(charter.shadowRoot!.querySelector('[part~="problem"]'), 'no problem shown').to.equal(null);
    expect(charter.shadowRoot!.querySelectorAll('[part~="promise"]').length).to.be.greaterThan(3);
    expect(host.win.embed.errors).to.deep.equal([]);
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

  it('a Welsh page fetches the Welsh strings and shows them', async function () {
    this.timeout(30_000);
    const host = await loadHostPage({ scripts: 'loader', only: '', lang: 'cy' });
    await untilRendered(host, ['service-charter']);
    await until(() => fetchedModules(host).some((path) => welshTables.test(path)));
    const charter = host.doc.querySelector('service-charter')!;
    await until(() => renderedText(charter.shadowRoot!).includes('Cwynion'));
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
});
