// Fails when a shipped bundle is over its brotli budget; prints every size either way.
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const KB = 1024;
const budgets = [
  { file: 'dist/cdn/service-charter.min.js', label: 'CDN file, every element', brotli: 30 * KB },
  { file: 'dist/cdn/charter-and-promise.min.js', label: 'charter + promise path', brotli: 18 * KB },
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
console.log(`${budgets.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
