// Fails when a shipped bundle is over its brotli budget; prints every size either way, then
// what each element costs on its own: src/define/<tag>.ts bundled alone by the CDN pipeline,
// minus a bare Lit + @lit/context element bundled the same way in the same run.
import { readdirSync, readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import { cdn } from '../rollup.config.mjs';

const KB = 1024;
const budgets = [
  // The whole file's budget is the measured size plus a small margin: see docs/dependencies.md.
  { file: 'dist/cdn/service-charter.min.js', label: 'CDN file, every element', brotli: 53.5 * KB },
  { file: 'dist/cdn/charter-and-promise.min.js', label: 'charter + promise path', brotli: 29 * KB },
];

const brotli = (bytes) => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;

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

// Built side by side: the eight builds take about half the time they would one after another.
const tags = readdirSync('src/define')
  .filter((file) => file.startsWith('service-') && file.endsWith('.ts'))
  .map((file) => file.slice(0, -3));
const [baseline, ...alone] = await Promise.all([
  bundledSize(BASELINE),
  ...tags.map((tag) => bundledSize(`src/define/${tag}.ts`)),
]);
console.log(`\nLit + context baseline      ${kb(baseline)} brotli`);
console.log('element, bundled alone      brotli     minus baseline');
tags.forEach((tag, i) => console.log(`${tag.padEnd(28)}${kb(alone[i]).padEnd(11)}${kb(alone[i] - baseline)}`));
const whole = brotli(readFileSync(budgets[0].file));
console.log(
  `every element (CDN file)    ${kb(whole).padEnd(11)}${kb(whole - baseline)}` +
    ' (less than the sum: the elements share the charter reader, schedules and time code)\n',
);
console.log(`${budgets.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
