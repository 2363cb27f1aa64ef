// Every Trusted Types policy the docs give lists both policy names the library creates:
// `lit-html` (Lit's templates) and `service-charter` (the JSON-LD of `structured-data`),
// and the library creates no policy by any other name.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'node:test';
import { docPages, root } from './support/doc-pages.mjs';

it('gives one Trusted Types statement everywhere: trusted-types lit-html service-charter', () => {
  let found = 0;
  for (const page of docPages) {
    const text = readFileSync(join(root, page), 'utf8');
    // A `trusted-types` directive: the directive name, then policy names up to `;`, a backtick or the line end.
    for (const [, names] of text.matchAll(/(?<!require-)trusted-types ([^;`\n]*)/g)) {
      found++;
      const listed = names.split(/\s+/).filter(Boolean);
      assert.ok(listed.includes('lit-html') && listed.includes('service-charter'), `${page}: trusted-types ${names}`);
    }
  }
  assert.ok(found >= 3, `only ${found} trusted-types directives found`);
});

it('creates Trusted Types policies under those names only', () => {
  const source = readFileSync(join(root, 'src/controllers/structured-data.ts'), 'utf8');
  assert.match(source, /POLICY_NAME = 'service-charter'/);
});
