// The CDN loader knows every element: a tag missing from its table would stay blank on a page.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { it } from 'node:test';

it('the CDN loader imports every element that src/define registers, under its own tag', () => {
  const loader = readFileSync(new URL('../../src/cdn/loader.ts', import.meta.url), 'utf8');
  const tags = readdirSync(new URL('../../src/define/', import.meta.url))
    .filter((file) => file.startsWith('service-'))
    .map((file) => file.slice(0, -3));
  assert.ok(tags.length >= 10, 'elements found');
  for (const tag of tags)
    assert.ok(loader.includes(`'${tag}': () => import('../define/${tag}.js')`), `<${tag}> in the loader`);
});
