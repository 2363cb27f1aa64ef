// Writes the reference tables of each docs/<tag>.md (attributes and properties, events, slots,
// CSS parts, custom properties) from custom-elements.json, between the `api:start` and
// `api:end` markers; the prose around them is left alone. Run `npm run analyze` first.
//
//   node scripts/element-docs.mjs          rewrite the blocks
//   node scripts/element-docs.mjs --check  list the pages that are out of date, exit 1 if any
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';

const root = new URL('..', import.meta.url);
const START = '<!-- api:start: generated from custom-elements.json by `node scripts/element-docs.mjs` -->';
const END = '<!-- api:end -->';
const BLOCK = /<!-- api:start[^>]*-->[\s\S]*?<!-- api:end -->/;

/** Every element declaration in the manifest, by tag name. */
export function elementsOf(manifest) {
  return manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.customElement && declaration.tagName);
}

const cell = (text) => (text ?? '').replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');
const code = (text) => (text ? `\`${cell(text)}\`` : '—');
const typeOf = (type) => code(type?.text?.replace(/ \| undefined$/, ''));
const table = (head, rows) => [
  `| ${head.join(' | ')} |`,
  `| ${head.map(() => '---').join(' | ')} |`,
  ...rows.map((r) => `| ${r.join(' | ')} |`),
];
const section = (title, head, rows) => [`### ${title}`, '', ...(rows.length ? table(head, rows) : ['None.']), ''];

/** Public properties (inherited ones too) with their attribute, if any. */
function properties(element) {
  return (element.members ?? [])
    .filter((m) => m.kind === 'field' && !m.static && (m.privacy ?? 'public') === 'public' && !m.name.startsWith('_'))
    .map((m) => [code(m.attribute), code(m.name), typeOf(m.type), code(m.default), cell(m.description)]);
}

/** The markdown of one element's block, markers included. */
export function apiBlock(element) {
  // The analyzer also guesses events from `dispatchEvent(new SomeEvent(…))`; only `@fires`
  // lines carry a description, and they are the documented events.
  const events = (element.events ?? []).filter((e) => e.name && e.description);
  return [
    START,
    '',
    ...section(
      'Attributes and properties',
      ['attribute', 'property', 'type', 'default', 'description'],
      properties(element),
    ),
    ...section(
      'Events',
      ['event', 'description'],
      events.map((e) => [code(e.name), cell(e.description)]),
    ),
    ...section(
      'Slots',
      ['slot', 'description'],
      (element.slots ?? []).map((s) => [s.name ? code(s.name) : '(default)', cell(s.description)]),
    ),
    ...section(
      'CSS parts',
      ['part', 'description'],
      (element.cssParts ?? []).map((p) => [code(p.name), cell(p.description)]),
    ),
    ...section(
      'Custom properties',
      ['property', 'description'],
      (element.cssProperties ?? []).map((p) => [code(p.name), cell(p.description)]),
    ),
    END,
  ].join('\n');
}

/** The page with its block rewritten and formatted as `npm run format` would, or an error. */
export async function renderPage(element) {
  const file = new URL(`docs/${element.tagName}.md`, root);
  const current = readFileSync(file, 'utf8');
  if (!BLOCK.test(current))
    throw new Error(`docs/${element.tagName}.md has no ${END.replace('end', 'start')} … ${END} block`);
  const options = await prettier.resolveConfig(fileURLToPath(file));
  const next = await prettier.format(current.replace(BLOCK, apiBlock(element)), { ...options, parser: 'markdown' });
  return { file, current, next };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const manifest = JSON.parse(readFileSync(new URL('custom-elements.json', root), 'utf8'));
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const element of elementsOf(manifest)) {
    const { file, current, next } = await renderPage(element);
    if (current === next) continue;
    stale += 1;
    if (check) console.log(`docs/${element.tagName}.md is out of date with custom-elements.json`);
    else writeFileSync(file, next);
  }
  if (check && stale) process.exit(1);
}
