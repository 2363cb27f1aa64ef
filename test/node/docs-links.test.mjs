// Every relative link in README.md and docs/*.md points at a file that exists, and every
// `#anchor` at a heading of that file (GitHub's heading ids), so the docs never send a
// reader nowhere. External links are not fetched.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { execFileSync } from 'node:child_process';
import { it } from 'node:test';
import { docPages, root } from './support/doc-pages.mjs';

const pages = docPages;

/** The text outside fenced code blocks and inline code, where a `](…)` is a real link. */
const prose = (markdown) => markdown.replace(/^```[\s\S]*?^```/gm, '').replace(/`[^`\n]*`/g, '');

/** GitHub's id for a heading: lower case, punctuation dropped, spaces to hyphens. */
const slug = (heading) =>
  heading
    .replace(/`/g, '')
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');

const anchorsOf = (file) =>
  new Set([...prose(readFileSync(file, 'utf8')).matchAll(/^#{1,6}\s+(.+)$/gm)].map((m) => slug(m[1])));

/** Links written `[text](target)` and reference definitions `[label]: target`. */
function linksOf(markdown) {
  const text = prose(markdown);
  return [
    ...[...text.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map((m) => m[1]),
    ...[...text.matchAll(/^\s*\[[^\]]+\]:\s*(\S+)/gm)].map((m) => m[1]),
  ];
}

it('every relative link in README.md and docs/ resolves', () => {
  const broken = [];
  for (const page of pages) {
    const from = join(root, page);
    for (const link of linksOf(readFileSync(from, 'utf8'))) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(link)) continue; // https:, mailto:, …
      const [path, anchor] = link.split('#');
      const target = path ? join(dirname(from), decodeURIComponent(path)) : from;
      if (!existsSync(target)) broken.push(`${page}: ${link} (no ${relative(root, target)})`);
      else if (anchor && statSync(target).isFile() && target.endsWith('.md') && !anchorsOf(target).has(anchor))
        broken.push(`${page}: ${link} (no heading #${anchor})`);
    }
  }
  assert.deepEqual(broken, []);
});

it('finds the links it checks (README links to every docs page)', () => {
  const readmeLinks = linksOf(readFileSync(join(root, 'README.md'), 'utf8'));
  const missing = pages.filter((p) => p.startsWith('docs/') && !readmeLinks.includes(p));
  assert.deepEqual(missing, []);
});

it('README and docs links work on the package page too: their targets are in the tarball', () => {
  const packed = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root }));
  const files = new Set(packed[0].files.map((f) => f.path));
  const outside = [];
  for (const page of pages) {
    assert.ok(files.has(page), `${page} is not in the package`);
    for (const link of linksOf(readFileSync(join(root, page), 'utf8'))) {
      const path = link.split('#')[0];
      if (!path || /^[a-z][a-z0-9+.-]*:/i.test(link)) continue;
      const target = relative(root, join(root, dirname(page), decodeURIComponent(path)));
      if (!files.has(target) && ![...files].some((f) => f.startsWith(`${target}/`))) outside.push(`${page}: ${link}`);
    }
  }
  assert.deepEqual(outside, []);
});

it('package.json says where the project lives, and which Node the package and its tools need', () => {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  assert.match(pkg.repository.url, /^git\+https:\/\//);
  assert.match(pkg.homepage, /^https:\/\//);
  assert.match(pkg.bugs.url, /^https:\/\//);
  assert.equal(pkg.engines.node, '>=20');
  assert.equal(pkg.devEngines.runtime.version, '>=22');
  assert.match(readFileSync(join(root, 'README.md'), 'utf8'), /Node 22/);
});

it("README's headline snippet shows the complaints policy once: the form inside the charter hides its copy", () => {
  const snippet = /```html\n([\s\S]*?)```/.exec(readFileSync(join(root, 'README.md'), 'utf8'))[1];
  assert.match(snippet, /<service-charter[\s\S]*<service-complaint-form hide-policy>[\s\S]*<\/service-charter>/);
});
