// The project stands alone: no code, typing, manifest or docs page cites sections of an
// outside document ("SPEC §2.1"); they point at the project's own docs/ instead.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const CITATION = /\bSPEC\b|§/;

function* filesUnder(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* filesUnder(path);
    else if (/\.(ts|mts|mjs|js|md|json|html)$/.test(name)) yield path;
  }
}

it('no file cites an outside specification', () => {
  const places = ['src', 'docs', 'test', 'scripts', 'stories', 'schema', 'README.md', 'custom-elements.json', 'dist']
    .map((p) => join(root, p))
    .filter(existsSync);
  const citing = [];
  for (const place of places) {
    for (const file of statSync(place).isDirectory() ? filesUnder(place) : [place]) {
      if (file === fileURLToPath(import.meta.url)) continue;
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => CITATION.test(line) && citing.push(`${relative(root, file)}:${i + 1}`));
    }
  }
  assert.deepEqual(citing, []);
});
