/**
 * Pages pre-rendered on this server by src/ssr/render-charter.ts (compiled from source
 * with esbuild on first use, since the browser tests run before `npm run build`), for the
 * hydration test. The page defines nothing: the test calls `window.hydrate()`.
 * `?support=0` leaves out Lit's hydrate support, as a control; `?lang=cy` renders in Welsh;
 * `?via=loader` hydrates with the CDN loader instead of the npm build; `?via=cdn` loads the
 * self-contained file, which cannot hydrate.
 */
import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
let renderer;
const sampleUrl = new URL('../../src/samples/district-council.json', import.meta.url);

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

let npmCli;

/**
 * `service-charter render` as the npm build ships it (rollup.config.mjs's npm plugins: its
 * templates shortened as the CDN files' are), built on first use and run in a process of its
 * own, as a web team runs it: the page that hydrates with the CDN loader.
 */
async function renderWithCli(samplePath, { lang, structuredData, now }) {
  npmCli ??= (async () => {
    const { rollup } = await import('rollup');
    const { npmPlugins, NPM_EXTERNAL } = await import('../../rollup.config.mjs');
    const dir = `${root}node_modules/.cache/service-charter-test/npm-cli`;
    const bundle = await rollup({
      input: `${root}src/cli/service-charter.ts`,
      external: NPM_EXTERNAL,
      plugins: npmPlugins(dir),
      onwarn: () => {},
    });
    const { output } = await bundle.write({ dir, format: 'es', entryFileNames: 'cli-[hash].mjs' });
    await bundle.close();
    return `${dir}/${output.find((chunk) => chunk.isEntry).fileName}`;
  })();
  const args = ['render', samplePath, '--lang', lang, '--structured-data', structuredData, '--at', now.toISOString()];
  const { stdout } = await promisify(execFile)(process.execPath, [await npmCli, ...args], { cwd: root });
  return stdout;
}

export default (route) => {
  route('server-rendering/page', async (ctx) => {
    const lang = ctx.query.lang === 'cy' ? 'cy' : 'en';
    const options = { lang, structuredData: 'government', now: new Date('2026-11-24T10:00:00Z') };
    // `?via=loader` or `?via=cdn`: the CLI's HTML, as a page that pastes `service-charter render`'s
    // output uses it, with the CDN loader or the self-contained file as built, beside a charter
    // of its own that the server did not render.
    const cdnScript = { loader: '/test-api/embed/loader.js', cdn: '/test-api/embed/cdn.js?copy=ssr' }[ctx.query.via];
    const markup = cdnScript
      ? await renderWithCli(fileURLToPath(sampleUrl), options)
      : await renderCharter(JSON.parse(await readFile(sampleUrl, 'utf8')), options);
    const modules = cdnScript
      ? `(document.head.append(Object.assign(document.createElement('script'), { type: 'module', src: '${cdnScript}' })), customElements.whenDefined('service-charter'))`
      : ctx.query.support === '0'
        ? `import('/src/define/service-charter.ts')`
        : `import('/test/ssr-hydrate.ts')`;
    ctx.type = 'text/html';
    ctx.body = `<!doctype html>
<html lang="${lang}">
  <head><title>Server-rendered charter</title></head>
  <body>
    ${markup}
    ${cdnScript ? '<service-charter id="plain" src="/test-api/charter/sample"></service-charter>' : ''}
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
