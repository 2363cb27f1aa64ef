// Static rendering with declarative shadow DOM: the function from service-charter/ssr and `service-charter render`.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { renderCharter } from 'service-charter/ssr';

const root = fileURLToPath(new URL('../..', import.meta.url));
const fixture = JSON.parse(readFileSync(`${root}test/fixtures/charter-valid.json`, 'utf8'));
const cli = (...args) =>
  spawnSync(process.execPath, ['dist/cli/service-charter.js', ...args], { cwd: root, encoding: 'utf8' });

/** The light-DOM `<script type=…>` children's text (the shadow root is a template, so they stand out). */
const scriptText = (html, type) => html.match(new RegExp(`<script type="${type}"[^>]*>([^<]*)</script>`))?.[1];

describe('renderCharter', () => {
  it('renders the charter into a declarative shadow root, styles included', async () => {
    const html = await renderCharter(fixture);
    assert.match(
      html,
      /<service-charter[^>]* lang="en" heading-level="2"[^>]*><template shadowroot="open" shadowrootmode="open"><style>/,
    );
    assert.match(
      html,
      /<h2 id="title" part="title" class="heading"><!--lit-part-->Our service charter<!--\/lit-part--><\/h2>/,
    );
    assert.match(html, /Fenwick Borough Council/);
    // The promises are drawn in the charter's own shadow root, under its one <style>.
    assert.equal(html.match(/<div part="promise">/g)?.length, 4);
    assert.equal(html.match(/<style>/g)?.length, 1);
    assert.doesNotMatch(html, /<service-promise|defer-hydration/);
    assert.doesNotMatch(html, /Loading the service charter/);
  });

  it('carries the document inline for the element to read again, safe inside a script', async () => {
    const hostile = { ...fixture, title: 'A </script><script>alert(1)</script> charter' };
    const html = await renderCharter(hostile);
    assert.deepEqual(JSON.parse(scriptText(html, 'application/json')), hostile);
    assert.doesNotMatch(html, /<script>alert/);
  });

  it('adds JSON-LD when asked, and follows lang and headingLevel', async () => {
    const html = await renderCharter(fixture, {
      structuredData: 'government',
      headingLevel: 3,
      lang: 'cy',
      now: new Date('2026-12-26T12:00:00Z'),
    });
    assert.match(html, /lang="cy" heading-level="3" structured-data="government"/);
    assert.match(html, /<h3 id="title"/);
    assert.match(html, /Ein haddewidion/);
    assert.doesNotMatch(html, /Our promises/);
    const data = JSON.parse(scriptText(html, 'application/ld\\+json'));
    assert.equal(data['@type'], 'GovernmentService');
    // From 26 December, Christmas Eve and Day are past; the 28th is still listed, closed.
    assert.deepEqual(
      data.hoursAvailable.filter((s) => s.validFrom).map((s) => s.validFrom),
      ['2026-12-28'],
    );
    assert.equal(scriptText(await renderCharter(fixture), 'application/ld\\+json'), undefined);
  });

  it('renders the problems of a partly invalid charter, as the element does', async () => {
    const broken = { ...fixture, promises: [{ ...fixture.promises[0], target: { workingDays: -1 } }] };
    const html = await renderCharter(broken);
    assert.match(html, /part="problem"/);
    assert.match(html, /promises\[0\]\.target/);
  });
});

describe('service-charter render', () => {
  it('prints the static HTML of a charter file', () => {
    const { status, stdout, stderr } = cli(
      'render',
      'test/fixtures/charter-valid.json',
      '--structured-data',
      'service',
    );
    assert.equal(status, 0, stderr);
    assert.match(stdout, /^<!--lit-part [^>]+--><!--lit-node 0--><service-charter/);
    assert.match(stdout, /shadowrootmode="open"/);
    assert.equal(JSON.parse(scriptText(stdout, 'application/ld\\+json'))['@type'], 'Service');
  });

  it('still renders an invalid charter, lists its problems on stderr and exits with 1', () => {
    const { status, stdout, stderr } = cli('render', 'test/fixtures/charter-invalid.json');
    assert.equal(status, 1);
    assert.match(stdout, /<service-charter/);
    assert.match(stderr, /promises\[0\]\.target\.workingDays/);
  });

  it('rejects bad options with a RangeError that names the option, before rendering anything', async () => {
    for (const [options, message] of [
      [{ lang: 'en_GB!!' }, /options\.lang must be a BCP 47 language tag such as "en" or "cy" \(got "en_GB!!"\)/],
      [{ lang: '' }, /options\.lang/],
      [{ headingLevel: 9 }, /options\.headingLevel must be a whole number from 1 to 6 \(got 9\)/],
      [{ headingLevel: 2.5 }, /options\.headingLevel/],
      [{ structuredData: 'yes' }, /options\.structuredData must be true, false or 'government'/],
      [{ now: new Date('not a date') }, /options\.now must be a valid Date/],
    ]) {
      await assert.rejects(
        renderCharter(fixture, options),
        (error) => error instanceof RangeError && message.test(error.message),
      );
    }
  });

  it('refuses bad options with exit code 2', () => {
    assert.equal(cli('render', 'test/fixtures/charter-valid.json', '--heading-level', '9').status, 2);
    assert.equal(cli('render', 'test/fixtures/charter-valid.json', '--structured-data', 'yes').status, 2);
    assert.equal(cli('render', 'test/fixtures/charter-malformed.json').status, 4);
  });
});
