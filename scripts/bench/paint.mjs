/**
 * Benchmark: first paint and render cost of a charter, against the same content as static HTML
 * and a bare Lit element, in headless Chromium (scripts/chromium.mjs), medians of five loads
 * each in a fresh browser context. For 40, 200 and 1,000 promises (pages.mjs builds them):
 *
 * - main-thread CPU (Performance.getMetrics TaskDuration) from navigation until the charter is
 *   complete and painted, as a ratio to the static page's;
 * - the longest main-thread task (a Chromium trace's RunTask events), as a ratio to the bare
 *   Lit element's, and whether any is over 50 ms;
 * - LCP as a ratio to the static page's, and whether it came before the charter was complete
 *   (the first screenful painted before the rest);
 * - layout shift (sum of layout-shift entries) on each page.
 *
 * A report for scripts/bench.mjs (after `npm run build`); runs alone too:
 * `node scripts/bench/paint.mjs [sizes…]`. PAINT_RUNS=3 for fewer loads.
 */
/* global document, window, requestAnimationFrame -- run inside the page */
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { puppeteerCore } from '@web/test-runner-chrome';
import { chromiumArgs, chromiumPath } from '../chromium.mjs';
import { fetchedDocuments, pagesFor, scripts } from './paint/pages.mjs';

const RUNS = Number(process.env.PAINT_RUNS ?? 5);
const SIZES = [40, 200, 1000];
const VIEWPORT = { width: 412, height: 823 }; // Lighthouse's mobile screen

/**
 * Serves the pages of the size in hand and the scripts, from memory, compressed as a host
 * would (gzip: Chromium offers brotli over HTTPS only).
 */
async function serve(files) {
  const server = createServer((request, response) => {
    const body = files.get(new URL(request.url, 'http://localhost').pathname);
    if (body === undefined) return response.writeHead(404).end();
    const type = request.url.endsWith('.js')
      ? 'text/javascript'
      : request.url.endsWith('.json')
        ? 'application/json'
        : 'text/html; charset=utf-8';
    // Any origin may read them: the bank holidays are fetched from a second origin, as from GOV.UK.
    const headers = { 'Content-Type': type, 'Cache-Control': 'no-store', 'Access-Control-Allow-Origin': '*' };
    if (!/\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) return response.writeHead(200, headers).end(body);
    response.writeHead(200, { ...headers, 'Content-Encoding': 'gzip' }).end(gzipSync(body));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

/** Installed before any page script: records LCP and layout shifts. */
function observePaint() {
  window.paintRecord = { lcp: 0, shift: 0 };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.paintRecord.lcp = entry.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.paintRecord.shift += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
}

/** In the page: waits for `charter-complete` (static pages are complete at load), then two frames. */
async function settled() {
  const mark = () => performance.getEntriesByName('charter-complete')[0];
  const scripted = document.querySelector('script[src]');
  while (scripted && !mark()) await new Promise((resolve) => setTimeout(resolve, 50));
  for (let i = 0; i < 2; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
  // LCP is reported once the frame is presented, a little after it is drawn: wait until no new
  // entry has come for 250 ms (at most 2 s), so a charter drawn just before the mark still counts.
  for (let i = 0, quiet = 0, last = -1; i < 40 && quiet < 5; i++) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    quiet = window.paintRecord.lcp && window.paintRecord.lcp === last ? quiet + 1 : 0;
    last = window.paintRecord.lcp;
  }
  return { ...window.paintRecord, complete: mark()?.startTime ?? 0 };
}

/** The longest RunTask (ms) on the renderer main thread that parsed `url`. */
function longestTask(events, url) {
  const parse = events.find((e) => e.name === 'ParseHTML' && e.args?.beginData?.url === url);
  const onPage = events.filter((e) => e.pid === parse?.pid && e.tid === parse?.tid);
  return Math.max(0, ...onPage.filter((e) => e.name.endsWith('RunTask') && e.ph === 'X').map((e) => e.dur / 1000));
}

/** A slow mobile connection, as Lighthouse's mobile runs assume: 150 ms round trip, 1.6 Mbps down. */
const SLOW_NETWORK = { offline: false, latency: 150, downloadThroughput: 204_800, uploadThroughput: 96_000 };

async function load(browser, url, network) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport(VIEWPORT);
    await page.evaluateOnNewDocument(observePaint);
    const session = await page.createCDPSession();
    if (network) await session.send('Network.emulateNetworkConditions', network);
    await session.send('Performance.enable');
    const before = await session.send('Performance.getMetrics');
    await page.tracing.start({ categories: ['toplevel', 'devtools.timeline'] });
    await page.goto(url, { waitUntil: 'load' });
    const record = await page.evaluate(settled);
    const trace = JSON.parse(Buffer.from(await page.tracing.stop()).toString());
    const after = await session.send('Performance.getMetrics');
    const task = (metrics) => metrics.metrics.find((m) => m.name === 'TaskDuration').value * 1000;
    return { ...record, cpu: task(after) - task(before), longest: longestTask(trace.traceEvents, url) };
  } finally {
    await context.close();
  }
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const pageKinds = ['static', 'lit', 'cdn', 'loader', 'ssr', 'ssr-loader'];

async function measureSize(browser, count, shared, network, kinds = pageKinds) {
  const pages = await pagesFor(count);
  const files = new Map([...Object.entries(shared), ...kinds.map((kind) => [`/${kind}.html`, pages[kind]])]);
  const server = await serve(files);
  const { port } = server.address();
  const base = `http://127.0.0.1:${port}`;
  // The same server under another name is another origin: a connection of its own, as GOV.UK's.
  for (const [path, body] of Object.entries(await fetchedDocuments(count, `http://localhost:${port}`)))
    files.set(path, body);
  try {
    const runs = Object.fromEntries(kinds.map((kind) => [kind, []]));
    for (const kind of kinds) await load(browser, `${base}/${kind}.html`, network); // warm-up
    // Kinds take turns, so a burst of load from other processes falls on all of them.
    for (let run = 0; run < RUNS; run++)
      for (const kind of kinds) runs[kind].push(await load(browser, `${base}/${kind}.html`, network));
    return Object.fromEntries(
      kinds.map((kind) => [
        kind,
        Object.fromEntries(Object.keys(runs[kind][0]).map((key) => [key, median(runs[kind].map((r) => r[key]))])),
      ]),
    );
  } finally {
    server.close();
  }
}

const ms = (value) => `${Math.round(value)} ms`;
const ratio = (a, b) => `×${(a / b).toFixed(2)}`;

async function run(sizes = SIZES) {
  const shared = await scripts();
  const browser = await puppeteerCore.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
  const results = {};
  try {
    for (const count of sizes) {
      const r = await measureSize(browser, count, shared);
      results[count] = r;
      const { static: plain, lit } = r;
      const scripted = ['cdn', 'loader', 'ssr', 'ssr-loader'];
      const each = (show) => scripted.map((kind) => `${kind} ${show(r[kind])}`).join(', ');
      console.log(`paint, ${count} promises (medians of ${RUNS}; ${VIEWPORT.width}×${VIEWPORT.height}):`);
      console.log(
        `  main-thread CPU   static ${ms(plain.cpu)}, lit ${ms(lit.cpu)}, ${each((k) => `${ms(k.cpu)} (${ratio(k.cpu, plain.cpu)} static)`)}`,
      );
      console.log(
        `  longest task      static ${ms(plain.longest)}, lit ${ms(lit.longest)}, ${each((k) => `${ms(k.longest)} (${ratio(k.longest, lit.longest)} lit${k.longest > 50 ? ', over 50 ms' : ''})`)}`,
      );
      console.log(
        `  LCP               static ${ms(plain.lcp)}, ${each((k) => `${ms(k.lcp)} (${ratio(k.lcp, plain.lcp)} static)`)}`,
      );
      console.log(
        `  charter complete  ${each((k) => `${ms(k.complete)} (LCP ${k.lcp < k.complete ? 'before' : 'not before'} it)`)}`,
      );
      console.log(`  layout shift      static ${plain.shift.toFixed(3)}, ${each((k) => k.shift.toFixed(3))}`);
    }
    // What the requests cost a resident: the 40-promise pages again over a slow connection.
    // The Welsh loader page too (its strings are one more request), and a charter fetched from its URL.
    const slow = await measureSize(browser, 40, shared, SLOW_NETWORK, [...pageKinds, 'welsh', 'src']);
    results.slowNetwork = slow;
    const slowEach = ['cdn', 'loader', 'welsh', 'src', 'ssr', 'ssr-loader'].map(
      (kind) => `${kind} ${ms(slow[kind].lcp)} (${ratio(slow[kind].lcp, slow.static.lcp)} static)`,
    );
    console.log(`paint, 40 promises, slow network (150 ms round trip, 1.6 Mbps):`);
    console.log(`  LCP               static ${ms(slow.static.lcp)}, ${slowEach.join(', ')}`);
  } finally {
    await browser.close();
  }
  return results;
}

export const reports = [{ name: 'paint: charter first paint and render cost against static HTML', run: () => run() }];

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const sizes = process.argv.slice(2).map(Number);
  await run(sizes.length ? sizes : SIZES);
}
