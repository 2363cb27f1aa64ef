/**
 * The elements for the demo page, bundled from src/ by esbuild when the server starts (about a
 * second) instead of the full `npm run build`: `/service-charter.js` is the CDN loader, which
 * imports each element's chunk (`/chunks/…`) when its tag appears, as on a site using the CDN
 * build; each with its source map. Each request for the loader rebuilds incrementally, so an
 * edit in src/ shows on reload. `npm run build` is only needed for the package itself (dist/,
 * types, the minified CDN files).
 */
import { context } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { sendCompressed } from '../send-compressed.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const started = performance.now();
process.stdout.write('service-charter demo: bundling the elements from src/ with esbuild…\n');

const bundler = await context({
  entryPoints: { 'service-charter': 'src/cdn/loader.ts' },
  absWorkingDir: root,
  bundle: true,
  format: 'esm',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  target: 'es2022',
  tsconfig: 'tsconfig.json',
  sourcemap: 'linked',
  // Minified as a host's build would be; the source map keeps the names for the debugger.
  minify: true,
  outdir: 'demo-bundle',
  write: false,
  logLevel: 'warning',
});

const outdir = `${root}demo-bundle/`;

/** The latest build: path under the demo's root → contents; a failed rebuild keeps serving its error. */
async function build() {
  const result = await bundler.rebuild();
  return new Map(result.outputFiles.map((file) => [file.path.slice(outdir.length), file.contents]));
}

let latest = build();
latest.then(
  () =>
    process.stdout.write(`service-charter demo: elements bundled in ${Math.round(performance.now() - started)} ms\n`),
  (error) => process.stderr.write(`service-charter demo: the elements did not build: ${error.message}\n`),
);

const types = { '.js': 'text/javascript; charset=utf-8', '.map': 'application/json' };

export default async function bundle(request, response, url) {
  const name = url.pathname.slice(1);
  if (name !== 'service-charter.js' && name !== 'service-charter.js.map' && !name.startsWith('chunks/')) return false;
  if (name === 'service-charter.js') latest = build();
  let files;
  try {
    files = await latest;
  } catch (error) {
    response.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
    response.end(`The elements did not build:\n${error.message}`);
    return true;
  }
  const file = files.get(name);
  if (!file) return false;
  sendCompressed(request, response, file, types[name.slice(name.lastIndexOf('.'))]);
  return true;
}
