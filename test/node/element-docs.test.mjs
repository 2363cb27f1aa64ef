// The reference tables in docs/<tag>.md are what custom-elements.json says (after `npm run
// analyze`, which `npm run build` runs): a changed attribute, part or event without its docs
// fails here. Fix with `node scripts/element-docs.mjs`.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { it } from 'node:test';
import { apiBlock, elementsOf, renderPage } from '../../scripts/element-docs.mjs';

const manifestUrl = new URL('../../custom-elements.json', import.meta.url);

it('custom-elements.json exists (run `npm run analyze`)', () => {
  assert.ok(existsSync(manifestUrl), 'custom-elements.json is missing: run `npm run analyze`');
});

const elements = existsSync(manifestUrl) ? elementsOf(JSON.parse(readFileSync(manifestUrl, 'utf8'))) : [];

it('the manifest names every element', () => {
  assert.deepEqual(elements.map((e) => e.tagName).sort(), [
    'service-charter',
    'service-complaint-form',
    'service-feedback',
    'service-hours',
    'service-performance',
    'service-promise',
    'service-response-time',
    'service-scorecard',
    'service-wait-time',
    'service-you-said-we-did',
  ]);
});

for (const element of elements) {
  it(`docs/${element.tagName}.md is up to date with custom-elements.json`, async () => {
    const { current, next } = await renderPage(element);
    assert.ok(current === next, `docs/${element.tagName}.md is out of date: run \`node scripts/element-docs.mjs\``);
  });
}

it('a block lists every attribute, part and documented event of an element', () => {
  const block = apiBlock({
    tagName: 'x-demo',
    members: [
      { kind: 'field', name: 'level', attribute: 'level', type: { text: 'number | undefined' }, default: '2' },
      { kind: 'field', name: 'secret', privacy: 'private' },
    ],
    events: [{ name: 'x-done', description: 'Done.' }, { name: 'body' }],
    cssParts: [{ name: 'box', description: 'The | box.' }],
  });
  assert.match(block, /\| `level` \| `level` \| `number` \| `2` \|/);
  assert.doesNotMatch(block, /secret/);
  assert.match(block, /\| `x-done` \| Done\. \|/);
  assert.doesNotMatch(block, /`body`/);
  assert.match(block, /\| `box` \| The \\\| box\. \|/);
  assert.match(block, /### Slots\n\nNone\./);
});
