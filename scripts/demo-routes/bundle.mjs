/**
 * The elements for the demo page, bundled from src/ by esbuild when the server starts (about a
 * second) instead of the full `npm run build`: `/service-charter.js` and its source map. Each
 * request rebuilds incrementally, so an edit in src/ shows on reload. `npm run build` is only
 * needed for the package itself (dist/, types, the minified CDN file).
 */
import { context } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { sendCompressed } from '../send-compressed.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const started = performance.now();
process.stdout.write('service-charter demo: bundling the elements from src/ with esbuild…\n');

const bundler = await context({
  entryPoints: { 'service-charter': 'src/define/all.ts' },
  absWorkingDir: root,
  bundle: true,
  format: 'esm',
  target: 'es2022',
  tsconfig: 'tsconfig.json',
  sourcemap: 'linked',
  // Minified as a host's build would be; the source map keeps the names for the debugger.
  minify: true,
  outdir: 'demo-bundle',
  write: false,
  logLevel: 'warning',
});

/** The latest build: file name → contents; a failed rebuild keeps serving its error. */
async function build() {
  const result = await bundler.rebuild();
  return new Map(result.outputFiles.map((file) => [file.path.slice(file.path.lastIndexOf('/') + 1), file.contents]));
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
  if (name !== 'service-charter.js' && name !== 'service-charter.js.map') return false;
  if (name.endsWith('.js')) latest = build();
  let files;
  try {
    files = await latest;
  } catch (error) {
    response.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
    response.end(`The elements did not build:\n${error.message}`);
    return true;
  }
  sendCompressed(request, response, files.get(name), types[name.slice(name.lastIndexOf('.'))]);
  return true;
}
