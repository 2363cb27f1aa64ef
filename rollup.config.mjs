import { readdirSync } from 'node:fs';
import { resolve as resolvePath } from 'node:path';
import typescript from '@rollup/plugin-typescript';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { literalsHtmlCssMinifier } from '@literals/rollup-plugin-html-css-minifier';

// The npm entries: the element classes, the core, Erlang C, the command line (never in the CDN files)
// and every registering file in src/define.
const entries = {
  index: 'src/index.ts',
  'core/index': 'src/core/index.ts',
  'core/erlang-c': 'src/core/erlang-c.ts',
  'cli/service-charter': 'src/cli/service-charter.ts',
  'ssr/render-charter': 'src/ssr/render-charter.ts',
  ...Object.fromEntries(
    readdirSync('src/define')
      .filter((file) => file.endsWith('.ts'))
      .map((file) => [`define/${file.slice(0, -3)}`, `src/define/${file}`]),
  ),
};

const ts = (outDir, sourceMap = false) =>
  typescript({
    tsconfig: './tsconfig.json',
    include: ['src/**/*.ts'],
    filterRoot: '.',
    declaration: false,
    sourceMap,
    outDir,
    // The sources inside the maps: coverage tools read each original line from them.
    compilerOptions: { rootDir: 'src', inlineSources: sourceMap },
  });

/**
 * Lit's html`` and css`` templates: whitespace, comments and CSS shortened (terser leaves strings
 * alone). Whitespace is collapsed to one space, never removed: a template's leading or trailing
 * space (html` (${measure})`) and the space between inline elements are words apart. The npm
 * build and the CDN files carry the same templates, so HTML that `service-charter render`
 * writes hydrates with either (Lit checks each template by a hash of its strings).
 */
export const templateMinifier = () =>
  literalsHtmlCssMinifier({ failOnError: true, options: { minifyOptions: { conservativeCollapse: true } } });

/** What the npm build leaves to the app's bundler and Node: Lit, Node's built-ins and tslib. */
export const NPM_EXTERNAL = [/^lit/, /^@lit\//, /^@lit-labs\//, /^node:/, 'tslib'];

/** The npm build's plugins, writing to `outDir`: TypeScript, then Lit's templates shortened. */
export const npmPlugins = (outDir, sourceMap = false) => [ts(outDir, sourceMap), templateMinifier()];

/** The CDN pipeline's plugins: TypeScript, then Lit's templates and the code minified. */
const cdnPlugins = () => [
  resolve(),
  ts('dist/cdn'),
  templateMinifier(),
  // A second compress pass: safe, about 0.1 KB smaller; the unsafe_* options gave nothing.
  terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } }),
];

/**
 * In one self-contained file every chunk is in already: the code a document needs is bound
 * from the start (src/components/document-code-bundled.ts), never imported later.
 */
const documentCodeBundled = {
  name: 'document-code-bundled',
  resolveId: (source, importer) =>
    source.endsWith('/document-chunks.js') && importer
      ? resolvePath(importer, '..', source.replace(/document-chunks\.js$/, 'document-code-bundled.ts'))
      : null,
};

/**
 * V8's explicit compile hint: a file that starts with this comment has every function compiled
 * while it streams in, on a background thread, instead of each one on the main thread the first
 * time it is called. Chromium 136 and later read it; other engines see a comment. Only for the
 * code a page runs almost all of while it loads: the charter's chunk and the self-contained
 * file. On the 40-promise charter page it took the main thread's CPU from about 66 to 57 ms
 * (medians of 21 loads, the self-contained file; scripts/bench/README.md), for about 44 bytes
 * (brotli) a file; on every chunk it would cost the page with every element 0.4 KB.
 */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

const compileHint = (wanted) => ({
  name: 'compile-hint',
  renderChunk: (code, chunk) => (wanted(chunk) ? { code: COMPILE_HINT + code, map: null } : null),
});

/**
 * The loader and the self-contained file run in a scope of their own, strict as a module is, so
 * a page that loads them as a classic script (a CMS adding `<script src>` without
 * `type="module"`, as WordPress's and Drupal's script APIs do by default) gets no global names
 * of ours: minified top-level names would clash with the page's own scripts (its `const e` a
 * SyntaxError) or be overwritten by them. Chunks import and export, so they are modules anyway.
 */
const ownScope = {
  name: 'own-scope',
  renderChunk: (code, chunk) =>
    chunk.isEntry && !chunk.imports.length && !chunk.exports.length
      ? { code: `(()=>{"use strict";${code}})();`, map: null }
      : null,
};

/** A self-contained minified bundle of one registering entry (also used by scripts/size-check.mjs). */
export function cdn(input, fileName) {
  return {
    input,
    plugins: [documentCodeBundled, ...cdnPlugins(), ownScope, compileHint(() => true)],
    output: { dir: 'dist/cdn', format: 'es', entryFileNames: fileName, inlineDynamicImports: true },
  };
}

/**
 * The Welsh strings' first part with the Welsh day and month names both parts use, so a Welsh
 * page that preloads `chunks/cy.js` has every name it needs: no third file a hop later.
 */
const WELSH_FIRST_PART = /src\/strings\/cy(\/date-names)?\.ts$/;

/** Chunks named without a hash, so that a page can preload them by a fixed name. */
const PRELOADABLE = ['charter', 'cy', 'cy-more'];

/**
 * The loader (dist/cdn/loader.js) and the chunks it imports as tags appear: a page fetches
 * the loader, then only what its tags need.
 */
export const cdnLoader = {
  input: { loader: 'src/cdn/loader.ts' },
  plugins: [...cdnPlugins(), ownScope, compileHint((chunk) => chunk.name === 'charter')],
  output: {
    dir: 'dist/cdn',
    format: 'es',
    entryFileNames: '[name].js',
    // The chunks a page can preload beside the loader (docs/getting-started.md) keep one name:
    // the charter's and the Welsh strings'. Like the loader's, the release is in the URL.
    chunkFileNames: (chunk) =>
      PRELOADABLE.includes(chunk.name) ? `chunks/${chunk.name}.js` : 'chunks/[name]-[hash].js',
    manualChunks: (id, { getModuleInfo }) =>
      charterPath(getModuleInfo).has(id) || TIME_WORDS.test(id)
        ? 'charter'
        : TIME_MODULES.test(id)
          ? 'time'
          : WELSH_FIRST_PART.test(id)
            ? 'cy'
            : undefined,
  },
};

/**
 * Opening hours, schedules and deadlines in words: one chunk for the elements that show times
 * (hours, response time, wait time, the complaint form's receipt). Left to rollup's default
 * they were five small chunks, and a page with hours and a response time fetched them all:
 * as one chunk it weighs 0.7 KB less (brotli compresses one stream better than five), and a
 * page with every element 0.8 KB less. The price: a page whose only timed element is one of
 * them fetches the others' code too (hours alone 1.0 KB more, the complaint form 1.1, the
 * wait time 2.6). The per-page budgets weigh the pages with a charter, so this is kept.
 */
const TIME_MODULES =
  /src\/(core\/(schedule|schedule-days|regular-runs|deadline|promise-deadlines)|strings\/(when-words|hours)|components\/(schedule-source|scheduled-element|deadline-parts))\.ts$/;

/**
 * Every module `<service-charter>` imports, Lit included, with `<service-promise>` (defined
 * with the charter; both draw a promise with one view): one chunk, as almost every page has a
 * charter, and one chunk compresses better
 * than several (Lit in a chunk of its own cost the charter page 4 KB more, brotli). The other
 * elements add chunks of their own, split as rollup does by default: merging the small ones
 * (`experimentalMinChunkSize`) made pages fetch code they do not use (charter + hours +
 * response time 41.5 KB instead of 36.4 KB). Every module a charter module imports joins the
 * chunk, used or not: keep what only other elements use out of modules the charter imports
 * (core/promise-calendars.ts is apart from the deadline arithmetic for this).
 */
let charterModules;

/**
 * Dates and times in words, which notices need: in the charter's chunk, as they were before
 * notices moved to a chunk of their own, not the time chunk, so a charter with notices does not
 * fetch the schedule code the time chunk carries (a charter with every section 4 KB less).
 */
const TIME_WORDS = /src\/strings\/(time-format|time-words)\.ts$/;

function charterPath(getModuleInfo) {
  if (charterModules) return charterModules;
  charterModules = new Set();
  const visit = (id) => {
    if (charterModules.has(id)) return;
    charterModules.add(id);
    getModuleInfo(id)?.importedIds.forEach(visit);
  };
  visit(resolvePath('src/define/service-charter.ts'));
  return charterModules;
}

export default [
  // Unbundled ESM for npm: one module per source file, lit and tslib left to the app's bundler.
  {
    input: entries,
    external: NPM_EXTERNAL,
    // Source maps back to src/ (shipped in the package too): the Node tests' coverage reads them.
    plugins: npmPlugins('dist', true),
    output: {
      dir: 'dist',
      format: 'es',
      sourcemap: true,
      preserveModules: true,
      preserveModulesRoot: 'src',
      banner: (chunk) => (chunk.name === 'cli/service-charter' ? '#!/usr/bin/env node' : ''),
    },
  },
  // One self-contained, minified file for those who want one request, and the loader with its
  // chunks, which fetches only what a page's tags need (scripts/size-check.mjs measures both).
  cdn('src/define/all.ts', 'service-charter.min.js'),
  cdnLoader,
];
