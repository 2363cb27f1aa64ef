// Pages and bundles for the embedding tests (test/components/embed-*.test.ts): a host page
// served with the headers a test chooses (a strict CSP with Trusted Types, or none), the
// CDN file built from the current sources by rollup.config.mjs itself (so the shipped
// pipeline, template minifier and terser included, is what runs), React as an ES module,
// and counters of CSP reports and cookies seen by the server, per test run.
import { readdirSync, readFileSync } from 'node:fs';
import { build } from 'esbuild';
import { rollup } from 'rollup';

const root = new URL('../../', import.meta.url);
const NOW = '2026-11-24T10:00:00Z';

/** Every tag the sources register: the `defineElement('tag', …)` calls in src/define/. */
export function registeredTags() {
  const dir = new URL('src/define/', root);
  const tags = readdirSync(dir)
    .filter((file) => file.endsWith('.ts'))
    .flatMap((file) => [...readFileSync(new URL(file, dir), 'utf8').matchAll(/defineElement\(\s*'([a-z0-9-]+)'/g)])
    .map((match) => match[1]);
  return [...new Set(tags)].sort();
}

/**
 * One instance of every registered element: the charter, with every other element inside
 * it reading its charter and clock. Attributes an element does not have are ignored by it.
 */
function elementsMarkup(run, sample = 'district-council', only = undefined, structuredData = undefined) {
  const promiseId = sample === 'district-council' ? 'answer-email' : readSample(sample).promises[0].id;
  const inside = registeredTags()
    .filter((tag) => tag !== 'service-charter' && (!only || only.includes(tag)))
    .map((tag) => `<${tag} promise-id="${promiseId}" channel="phone"></${tag}>`)
    .join('\n      ');
  const structured = structuredData === undefined ? '' : ` structured-data="${structuredData}"`;
  return `<service-charter src="/test-api/embed/charter?run=${run}&sample=${sample}" now="${NOW}" heading-level="1"${structured}>
      ${inside}
    </service-charter>`;
}

/** The sample charters shipped in src/samples/, by name (file name without `.json`). */
export function sampleNames() {
  return readdirSync(new URL('src/samples/', root))
    .filter((file) => file.endsWith('.json'))
    .map((file) => file.slice(0, -5))
    .sort();
}

function readSample(name) {
  if (!sampleNames().includes(name)) throw new Error(`no sample charter named ${name}`);
  return JSON.parse(readFileSync(new URL(`src/samples/${name}.json`, root), 'utf8'));
}

/** The strict policy of docs/embedding.md, reporting to this server. */
function strictPolicy(nonce, run, duplicates) {
  return [
    `script-src 'nonce-${nonce}' 'strict-dynamic'`,
    `style-src 'self'`,
    `require-trusted-types-for 'script'`,
    `trusted-types lit-html${duplicates ? " 'allow-duplicates'" : ''}`,
    `report-uri /test-api/embed/csp-report?run=${run}`,
  ].join('; ');
}

/** What the page loads: the sources as the npm build is shaped, the CDN bundle, or both. */
const scriptSets = {
  none: [],
  npm: ['/src/define/all.ts'],
  cdn: ['/test-api/embed/cdn.js?copy=1'],
  // The same bundle as the CDN file but with neither template minifier nor terser.
  unminified: ['/test-api/embed/unminified.js'],
  'cdn-twice': ['/test-api/embed/cdn.js?copy=1', '/test-api/embed/cdn.js?copy=2'],
  'cdn-then-npm': ['/test-api/embed/cdn.js?copy=1', '/src/define/all.ts'],
  // One element from npm first, the rest from the CDN file: two copies of Lit and of the
  // context keys on one page, and elements of both builds nested in each other.
  'npm-promise-then-cdn': ['/src/define/service-promise.ts', '/test-api/embed/cdn.js?copy=1'],
  // The CDN loader, which imports its chunks from /test-api/embed/chunks/ as tags appear.
  loader: ['/test-api/embed/loader.js'],
};

/**
 * Things a strict policy must refuse, for the test that proves violations are seen: an
 * inline script without the nonce, an inline style attribute, and a string to innerHTML.
 */
const violations = (nonce) => `
    <script>window.embed.ranUnnoncedScript = true;</script>
    <p style="color: red">styled inline</p>
    <script nonce="${nonce}">
      try { document.createElement('div').innerHTML = '<b>not trusted</b>'; } catch { /* blocked */ }
    </script>`;

/** A stylesheet that tries to flatten everything it can reach. */
const hostileCss = `
  * { all: unset; }
  body, div, p, span, a, ul, li, h1, h2, h3, h4, section, article, header, button, strong, dl, dt, dd,
  [part], [class], [role], [src], [promise-id], service-charter, service-promise {
    font-size: 48px !important; font-family: serif !important; font-weight: 100 !important;
    font-style: italic !important; line-height: 4 !important; color: #f0f !important;
    text-align: right !important; box-sizing: content-box !important;
  }
  /* Margins, padding and borders of our elements' own boxes are the host's to choose. */
  body, div, p, span, a, ul, li, h1, h2, h3, h4, section, article, header, button, strong, dl, dt, dd,
  [part], [class], [role] {
    margin: 2em !important; padding: 1em !important; border: 5px dotted red !important;
  }
  .text, .target, .performance, .channel, .problem, .values, .visually-hidden, .loading {
    display: inline !important; position: static !important; width: auto !important; height: auto !important;
  }`;

/** The host page's own markup that uses the same class names and part names as our shadow roots. */
function page({ nonce, scripts, run, withViolations, hostile, quirks, smallRoot, sample, lang, only, structuredData }) {
  const tags = scripts.map((src) => `<script nonce="${nonce}" type="module" src="${src}"></script>`).join('\n    ');
  // No doctype: the page is in quirks mode, as some older sites' templates are.
  return `${quirks ? '' : '<!doctype html>\n'}<html lang="${lang}">
  <head>
    <meta charset="utf-8" />
    <title>Embedding test page</title>
    <script nonce="${nonce}">
      window.embed = { violations: [], errors: [], defines: {} };
      const define = customElements.define.bind(customElements);
      customElements.define = (tag, ...rest) => {
        window.embed.defines[tag] = (window.embed.defines[tag] ?? 0) + 1;
        return define(tag, ...rest);
      };
      document.addEventListener('securitypolicyviolation', (event) =>
        window.embed.violations.push({ directive: event.effectiveDirective, blocked: event.blockedURI, sample: event.sample }),
      );
      window.addEventListener('error', (event) => window.embed.errors.push(String(event.message)));
      window.addEventListener('unhandledrejection', (event) => window.embed.errors.push(String(event.reason)));
    </script>
    ${hostile ? '<link rel="stylesheet" href="/test-api/embed/hostile.css" />' : ''}
    ${smallRoot ? '<link rel="stylesheet" href="/test-api/embed/small-root.css" />' : ''}
    ${tags}
  </head>
  <body>
    <main>
    ${scripts.length ? elementsMarkup(run, sample, only, structuredData) : ''}
    </main>
    ${withViolations ? violations(nonce) : ''}
  </body>
</html>`;
}

/**
 * The CDN file itself: rollup.config.mjs's build of dist/cdn/service-charter.min.js (Lit
 * inlined, templates minified, terser), made in memory on first request and kept for the
 * run; the tests that load it ask for it first with a long timeout. `minified: false` is the
 * same bundle without the two minifying plugins, to compare what each shows.
 */
const cdnBuilds = new Map();
function cdnBundle({ minified = true } = {}) {
  if (!cdnBuilds.has(minified))
    cdnBuilds.set(
      minified,
      (async () => {
        const configs = (await import(new URL('rollup.config.mjs', root).href)).default;
        const config = configs.find((c) => c.output.entryFileNames === 'service-charter.min.js');
        const minifiers = new Set(['minify-html-literals', 'terser']);
        const plugins = minified ? config.plugins : config.plugins.filter((plugin) => !minifiers.has(plugin.name));
        const bundle = await rollup({ ...config, plugins, onwarn: () => {} });
        const { output } = await bundle.generate(config.output);
        await bundle.close();
        return output[0].code;
      })(),
    );
  return cdnBuilds.get(minified);
}

/**
 * The CDN loader's build (rollup.config.mjs's cdnLoader), made in memory on first request:
 * each chunk by file name, registered as a route beside the loader so its imports resolve.
 */
let loaderBuild;
function loaderChunks(route) {
  loaderBuild ??= (async () => {
    const { cdnLoader } = await import(new URL('rollup.config.mjs', root).href);
    const bundle = await rollup({ ...cdnLoader, onwarn: () => {} });
    const { output } = await bundle.generate(cdnLoader.output);
    await bundle.close();
    for (const chunk of output)
      route(`embed/${chunk.fileName}`, (ctx) => {
        ctx.type = 'application/javascript';
        ctx.body = chunk.code;
      });
    return output;
  })();
  return loaderBuild;
}

/** React and ReactDOM (CommonJS on npm) as one ES module for the React embed test, built once per run. */
let reactBuild;
function reactBundle() {
  reactBuild ??= build({
    stdin: {
      contents: `export * as React from 'react'; export * as ReactDOMClient from 'react-dom/client'; export { flushSync } from 'react-dom';`,
      resolveDir: root.pathname,
    },
    bundle: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    define: { 'process.env.NODE_ENV': '"development"' },
  }).then((result) => result.outputFiles[0].text);
  return reactBuild;
}

/** Per test run: CSP reports received, and requests for the charter with the cookies they carried. */
const runs = new Map();
const runOf = (ctx) => {
  const id = String(ctx.query.run ?? '');
  if (!runs.has(id)) runs.set(id, { reports: [], charterRequests: 0, cookieHeaders: [] });
  return runs.get(id);
};

export default function embedRoutes(route) {
  route('embed/tags', (ctx) => {
    ctx.body = registeredTags();
  });

  route('embed/markup', (ctx) => {
    ctx.type = 'text/html';
    ctx.body = elementsMarkup(String(ctx.query.run ?? ''));
  });

  // ?scripts=<key of scriptSets>&csp=strict|none&tt=duplicates&violations=1&hostile=1&quirks=1&small-root=1&run=<id>
  //  &sample=<name in src/samples>&lang=en|cy&structured-data=government
  route('embed/page', (ctx) => {
    const run = String(ctx.query.run ?? '');
    const nonce = Buffer.from(`${run}-${Math.random()}`).toString('base64');
    const scripts = scriptSets[ctx.query.scripts ?? 'npm'];
    if (!scripts) {
      ctx.status = 400;
      ctx.body = `unknown script set: ${ctx.query.scripts}`;
      return;
    }
    if (ctx.query.csp === 'strict') {
      ctx.set('Content-Security-Policy', strictPolicy(nonce, run, ctx.query.tt === 'duplicates'));
    }
    ctx.type = 'text/html';
    ctx.body = page({
      nonce,
      scripts,
      run,
      withViolations: ctx.query.violations === '1',
      hostile: ctx.query.hostile === '1',
      quirks: ctx.query.quirks === '1',
      smallRoot: ctx.query['small-root'] === '1',
      sample: sampleNames().includes(ctx.query.sample) ? ctx.query.sample : 'district-council',
      lang: ctx.query.lang === 'cy' ? 'cy' : 'en',
      // &only=service-hours,service-promise: the charter with only these elements inside ('' for none).
      only: ctx.query.only === undefined ? undefined : String(ctx.query.only).split(','),
      // &structured-data=government: the charter's `structured-data` attribute.
      structuredData: ctx.query['structured-data'] === 'government' ? 'government' : undefined,
    });
  });

  // Bootstrap 3's root and body font sizes, which many older sites still have.
  route('embed/small-root.css', (ctx) => {
    ctx.type = 'text/css';
    ctx.body = 'html { font-size: 10px; } body { font-size: 14px; }';
  });

  route('embed/hostile.css', (ctx) => {
    ctx.type = 'text/css';
    ctx.body = hostileCss;
  });

  route('embed/csp-report', async (ctx) => {
    let body = '';
    for await (const chunk of ctx.req) body += chunk;
    runOf(ctx).reports.push(body);
    ctx.status = 204;
  });

  route('embed/charter', (ctx) => {
    const run = runOf(ctx);
    run.charterRequests += 1;
    if (ctx.get('Cookie')) run.cookieHeaders.push(ctx.get('Cookie'));
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(readSample(String(ctx.query.sample ?? 'district-council')));
  });

  route('embed/samples', (ctx) => {
    ctx.body = sampleNames();
  });

  route('embed/run', (ctx) => {
    const { reports, charterRequests, cookieHeaders } = runOf(ctx);
    ctx.body = { reports: reports.length, charterRequests, cookieHeaders };
  });

  route('embed/cdn.js', async (ctx) => {
    ctx.type = 'application/javascript';
    ctx.body = await cdnBundle();
  });

  route('embed/loader.js', async (ctx) => {
    ctx.type = 'application/javascript';
    ctx.body = (await loaderChunks(route)).find((chunk) => chunk.fileName === 'loader.js').code;
  });

  // Each chunk of the loader's build and the source modules in it (paths from the repository root).
  route('embed/loader-chunks', async (ctx) => {
    const output = await loaderChunks(route);
    const relative = (id) => id.slice(new URL(root).pathname.length);
    ctx.body = Object.fromEntries(output.map((chunk) => [chunk.fileName, chunk.moduleIds.map(relative)]));
  });

  route('embed/unminified.js', async (ctx) => {
    ctx.type = 'application/javascript';
    ctx.body = await cdnBundle({ minified: false });
  });

  route('embed/react.js', async (ctx) => {
    ctx.type = 'application/javascript';
    ctx.body = await reactBundle();
  });
}
