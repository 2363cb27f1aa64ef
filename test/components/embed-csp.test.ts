// Every element under the strict Content Security Policy of docs/embedding.md, with Trusted
// Types enforced: it renders, it updates, and neither the page nor the server sees a single
// violation. The first test proves that violations on such a page are seen at all.
import { expect } from '@open-wc/testing';
import { samples, until } from '../helpers.js';
import {
  loadHostPage,
  ourElements,
  registeredTags,
  removeHostPages,
  renderedText,
  serverRecord,
  untilRendered,
  type HostFrame,
} from '../embed/frames.js';

/** Reports travel to the server on their own; give them time to arrive before counting. */
const REPORT_GRACE_MS = 500;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('embedding under a strict CSP with Trusted Types', () => {
  let tags: string[];
  before(async function () {
    // The CDN file is built by rollup when first asked for: wait for it here, not in a test.
    this.timeout(120_000);
    await fetch('/test-api/embed/cdn.js');
    tags = await registeredTags();
  });
  afterEach(removeHostPages);

  it('sees and reports what the policy refuses (so a clean page means something)', async () => {
    const host = await loadHostPage({ scripts: 'npm', csp: 'strict', violations: '1' });
    // Engines report each violation in their own time (WebKit's Trusted Types one comes last): wait for all three.
    const expected = ['script-src-elem', 'style-src-attr', 'require-trusted-types-for'];
    const directives = () => host.win.embed.violations.map((v) => v.directive);
    await until(() => expected.every((directive) => directives().includes(directive)), 3000).catch(() => {});
    expect(directives()).to.include.members(expected);
    expect(host.win.embed.ranUnnoncedScript).to.equal(undefined);
    await until(async () => (await serverRecord(host.run)).reports >= 3, 3000);
  });

  it('renders every registered element with zero violations in the page or at the server', async () => {
    const host = await loadHostPage({ scripts: 'npm', csp: 'strict' });
    const placed = await untilRendered(host, tags);
    for (const element of ourElements(host.doc, tags)) {
      expect(host.win.getComputedStyle(element).display, element.localName).to.not.equal('inline');
    }
    expect(placed.length).to.equal(tags.length);
    await expectClean(host);
  });

  it('updates from properties and attributes under the policy', async () => {
    const host = await loadHostPage({ scripts: 'npm', csp: 'strict' });
    await untilRendered(host, tags);
    const charter = host.doc.querySelector('service-charter')!;
    const changed = host.win.structuredClone(samples.districtCouncil);
    changed.title = 'A title set as a property';
    (charter as unknown as { charter: unknown }).charter = changed;
    charter.setAttribute('heading-level', '3');
    await until(() => charter.shadowRoot!.querySelector('h3#title')?.textContent === 'A title set as a property');
    expect(renderedText(host.doc.body)).to.contain('Northwold District Council');
    await expectClean(host);
  });

  it('loads the CDN file under the policy too', async () => {
    const host = await loadHostPage({ scripts: 'cdn', csp: 'strict' });
    await untilRendered(host, tags);
    await expectClean(host);
  });
});

/** No violation seen by the page, none reported to the server, nothing thrown. */
async function expectClean(host: HostFrame): Promise<void> {
  await pause(REPORT_GRACE_MS);
  expect(host.win.embed.violations).to.deep.equal([]);
  expect(host.win.embed.errors).to.deep.equal([]);
  const server = await serverRecord(host.run);
  expect(server.reports).to.equal(0);
  expect(server.charterRequests).to.be.greaterThan(0);
}
