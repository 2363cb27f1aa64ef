// Fails when a shipped bundle, or what a page fetches through the CDN loader, is over its
// brotli budget; prints every size either way, each page against a bare Lit + @lit/context
// element bundled the same way in the same run, then what each element costs on its own:
// src/define/<tag>.ts bundled alone by the CDN pipeline, minus that baseline.
import { readdirSync, readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import { cdn, cdnLoader } from '../rollup.config.mjs';

const KB = 1024;
const budgets = [
  // The whole file's budget is the measured size plus a small margin: see docs/dependencies.md.
  { file: 'dist/cdn/service-charter.min.js', label: 'CDN file, every element', brotli: 53.5 * KB },
  { file: 'dist/cdn/charter-and-promise.min.js', label: 'charter + promise path', brotli: 29 * KB },
];

const brotli = (bytes) => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;

const tags = readdirSync('src/define')
  .filter((file) => file.startsWith('service-') && file.endsWith('.ts'))
  .map((file) => file.slice(0, -3));

/** Pages using the CDN loader, by the tags in their markup (the district council's charter renders no others). */
const pages = [
  { label: 'charter only', tags: ['service-charter'], brotli: 15 * KB },
  {
    label: 'charter + hours + response',
    tags: ['service-charter', 'service-hours', 'service-response-time'],
    brotli: 20 * KB,
  },
  { label: `every element (${tags.length})`, tags, brotli: 32 * KB },
];

let failed = 0;
console.log('bundle                      minified   gzip       brotli     budget');
for (const { file, label, brotli: budget } of budgets) {
  const bytes = readFileSync(file);
  const size = brotli(bytes);
  const over = size > budget;
  failed += over ? 1 : 0;
  console.log(
    `${label.padEnd(28)}${kb(bytes.length).padEnd(11)}${kb(gzipSync(bytes, { level: 9 }).length).padEnd(11)}` +
      `${kb(size).padEnd(11)}${kb(budget)} ${over ? 'OVER BUDGET' : 'ok'}`,
  );
}

/** The smallest element the library could be: Lit, a style, a property and a context consumer. */
const BASELINE = '\0size-baseline';
const baselineSource = `
import { LitElement, css, html } from 'lit';
import { ContextConsumer, createContext } from '@lit/context';
class Baseline extends LitElement {
  static styles = css\`:host { display: block; }\`;
  static properties = { label: {} };
  charter = new ContextConsumer(this, { context: createContext('charter'), subscribe: true });
  render() { return html\`<p>\${this.label} \${this.charter.value}</p>\`; }
}
customElements.define('size-baseline', Baseline);
`;
const virtualBaseline = {
  name: 'size-baseline',
  resolveId: (id) => (id === BASELINE ? id : null),
  load: (id) => (id === BASELINE ? baselineSource : null),
};

/** Brotli bytes of one entry bundled exactly as the CDN files are. */
async function bundledSize(input) {
  const config = cdn(input, 'size.js');
  const bundle = await rollup({ ...config, plugins: [virtualBaseline, ...config.plugins], onwarn: () => {} });
  const { output } = await bundle.generate(config.output);
  await bundle.close();
  return brotli(Buffer.from(output[0].code));
}

/** The loader's build: every chunk by file name, with the files it imports statically. */
async function loaderChunks() {
  const bundle = await rollup({ ...cdnLoader, onwarn: () => {} });
  const { output } = await bundle.generate(cdnLoader.output);
  await bundle.close();
  return new Map(output.map((chunk) => [chunk.fileName, chunk]));
}

/** Every chunk a page fetches: the loader, and for each tag its element's chunk, each with what it imports. */
function fetchedBy(chunks, pageTags) {
  const fetched = new Set();
  const fetch = (name) => {
    if (fetched.has(name)) return;
    fetched.add(name);
    chunks.get(name).imports.forEach(fetch);
  };
  fetch('loader.js');
  for (const tag of pageTags) {
    const chunk = [...chunks.values()].find(({ moduleIds }) => moduleIds.some((id) => id.endsWith(`define/${tag}.ts`)));
    fetch(chunk.fileName);
  }
  return [...fetched];
}

// Built side by side: the nine builds take about half the time they would one after another.
const [baseline, chunks, ...alone] = await Promise.all([
  bundledSize(BASELINE),
  loaderChunks(),
  ...tags.map((tag) => bundledSize(`src/define/${tag}.ts`)),
]);
console.log(`\nLit + context baseline      ${kb(baseline)} brotli`);
console.log('page, through the loader    chunks  brotli     × baseline  budget');
for (const { label, tags: pageTags, brotli: budget } of pages) {
  const files = fetchedBy(chunks, pageTags);
  const size = files.reduce((sum, file) => sum + brotli(Buffer.from(chunks.get(file).code)), 0);
  const over = size > budget;
  failed += over ? 1 : 0;
  console.log(
    `${label.padEnd(28)}${String(files.length).padEnd(8)}${kb(size).padEnd(11)}` +
      `${`×${(size / baseline).toFixed(1)}`.padEnd(12)}${kb(budget)} ${over ? 'OVER BUDGET' : 'ok'}`,
  );
}
console.log('');
console.log('element, bundled alone      brotli     minus baseline');
tags.forEach((tag, i) => console.log(`${tag.padEnd(28)}${kb(alone[i]).padEnd(11)}${kb(alone[i] - baseline)}`));
const whole = brotli(readFileSync(budgets[0].file));
console.log(
  `every element (CDN file)    ${kb(whole).padEnd(11)}${kb(whole - baseline)}` +
    ' (less than the sum: the elements share the charter reader, schedules and time code)\n',
);
console.log(`${budgets.length + pages.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
