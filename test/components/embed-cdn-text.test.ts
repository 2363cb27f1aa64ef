// The minified CDN file must show exactly the words the unminified build shows: every
// sample charter, on an English and a Welsh page, with every element inside the charter.
import { expect } from '@open-wc/testing';
import { loadHostPage, registeredTags, removeHostPages, renderedText, untilRendered } from '../embed/frames.js';

/** Where two texts first differ, with some words either side, or '' when they are equal. */
function firstDifference(actual: string, expected: string): string {
  let at = 0;
  while (at < actual.length && actual[at] === expected[at]) at++;
  if (at === actual.length && at === expected.length) return '';
  const around = (text: string) => JSON.stringify(text.slice(Math.max(0, at - 40), at + 40));
  return `at character ${at}: ${around(actual)} where the unminified build shows ${around(expected)}`;
}

describe('the CDN file shows the same text as the unminified build', () => {
  let tags: string[];
  let samples: string[];
  before(async function () {
    // Both bundles are built by rollup when first asked for: wait for them here, not in a test.
    this.timeout(180_000);
    await fetch('/test-api/embed/cdn.js');
    await fetch('/test-api/embed/unminified.js');
    tags = await registeredTags();
    samples = await (await fetch('/test-api/embed/samples')).json();
  });
  afterEach(removeHostPages);

  it('for every sample charter, in English and in Welsh', async function () {
    this.timeout(60_000);
    expect(samples.length, 'sample charters found').to.be.greaterThan(3);
    for (const sample of samples) {
      for (const lang of ['en', 'cy']) {
        const [minified, unminified] = await Promise.all(
          ['cdn', 'unminified'].map(async (scripts) => {
            const host = await loadHostPage({ scripts, sample, lang });
            await untilRendered(host, tags);
            expect(host.win.embed.errors, `${scripts} ${sample} ${lang}`).to.deep.equal([]);
            return renderedText(host.doc.body).trim();
          }),
        );
        expect(unminified.length, `${sample} ${lang} rendered text`).to.be.greaterThan(500);
        expect(firstDifference(minified, unminified), `${sample} (${lang}): CDN file text`).to.equal('');
        removeHostPages();
      }
    }
  });
});
