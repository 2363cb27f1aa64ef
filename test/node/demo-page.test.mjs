/* global document */
// The demo page of `npm start` in headless Chromium, for each sample: the page's own words in
// its language, only the sample's own charter fetched, no request that fails, and no element
// showing a problem (such as a channel the sample does not have).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { puppeteerCore } from '@web/test-runner-chrome';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';
import { startDemoServer } from './support/demo-server.mjs';

let demo;
let browser;
before(async () => {
  demo = await startDemoServer();
  browser = await puppeteerCore.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
});
after(async () => {
  await browser?.close();
  demo?.child.kill();
});

/** Opens a demo address; resolves with what a visitor would notice. */
async function visit(query) {
  const page = await browser.newPage();
  const requests = [];
  const failures = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  page.on('requestfailed', (request) => failures.push(`${request.url()} ${request.failure()?.errorText}`));
  page.on(
    'response',
    (response) => response.status() >= 400 && failures.push(`${response.url()} ${response.status()}`),
  );
  await page.goto(`http://localhost:${demo.port}/${query}`);
  await page.waitForFunction(() => document.querySelector('service-charter')?.shadowRoot?.querySelector('h2'));
  await page.waitForFunction(() => document.querySelector('service-hours')?.shadowRoot?.querySelector('h3'));
  const seen = await page.evaluate(() => {
    const problems = [...document.querySelectorAll('*')]
      .filter((element) => element.shadowRoot)
      .flatMap((element) => [...element.shadowRoot.querySelectorAll('[part~="problem"]')])
      .map((problem) => problem.textContent.trim())
      .filter(Boolean);
    const shadowText = (selector) =>
      [
        ...(document.querySelector(selector)?.shadowRoot?.querySelectorAll('[part="headline"], [part="improvement"]') ??
          []),
      ].map((part) => part.textContent.replace(/\s+/g, ' ').trim());
    return {
      lang: document.documentElement.lang,
      h1: document.querySelector('h1').textContent,
      problems,
      scorecard: shadowText('service-scorecard'),
      youSaid: shadowText('service-you-said-we-did').length,
    };
  });
  await page.close();
  return { ...seen, charters: requests.filter((path) => path.startsWith('/samples/')), failures };
}

describe('the demo page', () => {
  for (const [query, sample, lang, h1, scorecard = [], youSaid = 0] of [
    ['', 'district-council', 'en', 'Contact us'],
    ['?charter=scottish-council', 'scottish-council', 'en', 'Contact us'],
    ['?charter=welsh-council&lang=cy', 'welsh-council', 'cy', 'Cysylltu â ni'],
    ['?charter=online-business', 'online-business', 'en', 'Contact us'],
    [
      '?charter=housing-association',
      'housing-association',
      'en',
      'Contact us',
      ['We met 2 of our 4 promises in October 2026.'],
      1,
    ],
    [
      '?charter=bilingual-health-board&lang=cy',
      'bilingual-health-board',
      'cy',
      'Cysylltu â ni',
      ['Fe wnaethom gadw 2 o’n 3 addewid yn Ch3 2026.'],
      1,
    ],
  ]) {
    it(`${sample} (${lang}): its own words, only its own charter, nothing failing, no problem shown`, async () => {
      const seen = await visit(query);
      assert.equal(seen.lang, lang);
      assert.equal(seen.h1, h1);
      assert.deepEqual(seen.charters, [`/samples/${sample}.json`]);
      assert.deepEqual(seen.failures, []);
      assert.deepEqual(seen.problems, []);
      assert.deepEqual(seen.scorecard, scorecard);
      assert.equal(seen.youSaid, youSaid);
    });
  }
});
