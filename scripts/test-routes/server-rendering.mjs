/**
 * Pages pre-rendered on this server by src/ssr/render-charter.ts (compiled from source
 * with esbuild on first use, since the browser tests run before `npm run build`), for the
 * hydration test. The page defines nothing: the test calls `window.hydrate()`.
 * `?support=0` leaves out Lit's hydrate support, as a control; `?lang=cy` renders in Welsh.
 */
import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
let renderer;

async function renderCharter(json, options) {
  renderer ??= (async () => {
    const outfile = `${root}node_modules/.cache/service-charter-test/render-charter.mjs`;
    await build({
      entryPoints: [`${root}src/ssr/render-charter.ts`],
      outfile,
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'es2022',
      tsconfig: `${root}tsconfig.json`,
      external: ['lit', 'lit/*', '@lit/*', '@lit-labs/*', 'tslib'],
      logLevel: 'error',
    });
    return import(`${outfile}?${Date.now()}`);
  })();
  return (await renderer).renderCharter(json, options);
}

export default (route) => {
  route('server-rendering/page', async (ctx) => {
    const charter = JSON.parse(
      await readFile(new URL('../../src/samples/district-council.json', import.meta.url), 'utf8'),
    );
    const lang = ctx.query.lang === 'cy' ? 'cy' : 'en';
    const markup = await renderCharter(charter, {
      lang,
      structuredData: 'government',
      now: new Date('2026-11-24T10:00:00Z'),
    });
    const modules =
      ctx.query.support === '0' ? `import('/src/define/service-charter.ts')` : `import('/test/ssr-hydrate.ts')`;
    ctx.type = 'text/html';
    ctx.body = `<!doctype html>
<html lang="${lang}">
  <head><title>Server-rendered charter</title></head>
  <body>
    ${markup}
    <script type="module">
      window.errors = [];
      addEventListener('error', (event) => window.errors.push(String(event.message)));
      addEventListener('unhandledrejection', (event) => window.errors.push(String(event.reason)));
      window.hydrate = () => ${modules};
    </script>
  </body>
</html>`;
  });
};
