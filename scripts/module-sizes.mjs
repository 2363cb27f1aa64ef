// `node scripts/module-sizes.mjs [tag]`: where the bytes of the CDN loader's chunk for one
// element (default service-charter) go. Each module as rollup rendered it into the chunk
// (tree-shaken, templates minified), then minified on its own by terser, largest first;
// brotli works on the whole chunk, so these are shares, not brotli bytes. A tool for
// finding what to cut; `npm run size` is the measure.
import { rollup } from 'rollup';
import { minify } from 'terser';
import { cdnLoader } from '../rollup.config.mjs';

const tag = process.argv[2] ?? 'service-charter';
const bundle = await rollup({ ...cdnLoader, onwarn: () => {} });
const { output } = await bundle.generate(cdnLoader.output);
await bundle.close();
const chunk = output.find(({ moduleIds }) => moduleIds?.some((id) => id.endsWith(`src/define/${tag}.ts`)));
if (!chunk) throw new Error(`no chunk registers <${tag}>`);

const root = new URL('..', import.meta.url).pathname;
const rows = [];
for (const [id, { code }] of Object.entries(chunk.modules)) {
  if (!code) continue;
  const { code: minified = code } = await minify(code, { module: true, compress: false, mangle: true });
  rows.push({ module: id.replace(root, '').replace(/^.*node_modules\//, ''), bytes: minified.length });
}
rows.sort((a, b) => b.bytes - a.bytes);
const total = rows.reduce((sum, { bytes }) => sum + bytes, 0);
const byArea = new Map();
for (const { module, bytes } of rows) {
  const area = module.startsWith('src/') ? module.split('/').slice(0, 2).join('/') : module.split('/')[0];
  byArea.set(area, (byArea.get(area) ?? 0) + bytes);
}
const line = (name, bytes) =>
  console.log(`${String(bytes).padStart(8)}  ${((bytes / total) * 100).toFixed(1).padStart(5)} %  ${name}`);
console.log(`${chunk.fileName}: ${total} bytes of modules minified one by one\n\nby area`);
[...byArea].sort((a, b) => b[1] - a[1]).forEach(([area, bytes]) => line(area, bytes));
console.log('\nby module');
rows.forEach(({ module, bytes }) => line(module, bytes));
