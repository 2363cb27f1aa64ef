// Loading the library twice: the CDN file from two URLs (two copies run, as when two
// plugins of a CMS each add it), the npm build beside the CDN file, and one element from
// npm before the rest from the CDN (elements of two builds nested in each other).
import { expect } from '@open-wc/testing';
import { loadHostPage, registeredTags, removeHostPages, untilRendered, type HostFrame } from '../embed/frames.js';
import { until } from '../helpers.js';

/** How many copies of lit-html ran in the page (each copy adds its version to this list). */
const litCopies = (host: HostFrame) =>
  (host.win as unknown as { litHtmlVersions?: string[] }).litHtmlVersions?.length ?? 0;

describe('loading the library twice', () => {
  let tags: string[];
  before(async function () {
    // The CDN file is built by rollup when first asked for: wait for it here, not in a test.
    this.timeout(120_000);
    await fetch('/test-api/embed/cdn.js');
    tags = await registeredTags();
  });
  afterEach(removeHostPages);

  for (const scripts of ['cdn-twice', 'cdn-then-npm', 'npm-promise-then-cdn']) {
    it(`${scripts}: no error, each tag registered once, every element works`, async () => {
      const host = await loadHostPage({ scripts });
      await untilRendered(host, tags);
      expect(litCopies(host), 'two copies of the library ran').to.equal(2);
      expect(host.win.embed.errors).to.deep.equal([]);
      expect(host.win.embed.defines).to.deep.equal(Object.fromEntries(tags.map((tag) => [tag, 1])));
    });
  }

  it('the CDN file twice under the strict policy needs only allow-duplicates for Lit', async () => {
    const host = await loadHostPage({ scripts: 'cdn-twice', csp: 'strict', tt: 'duplicates' });
    await untilRendered(host, tags);
    expect(litCopies(host)).to.equal(2);
    expect(host.win.embed.violations).to.deep.equal([]);
    expect(host.win.embed.errors).to.deep.equal([]);
  });

  it('without allow-duplicates, the second copy is refused but the first keeps working', async () => {
    const host = await loadHostPage({ scripts: 'cdn-twice', csp: 'strict' });
    await untilRendered(host, tags);
    // An engine may report the violation in a task after the elements have rendered (WebKit does).
    await until(() => host.win.embed.violations.length > 0);
    expect(host.win.embed.violations.map((v) => v.directive)).to.deep.equal(['trusted-types']);
    expect(host.win.embed.errors).to.have.length(1);
    expect(host.win.embed.errors[0]).to.match(/createPolicy.*lit-html/);
  });
});
