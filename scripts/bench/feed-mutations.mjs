/**
 * Benchmark: DOM mutations per feed update in <service-wait-time>. Renders the real
 * element in headless Chromium, feeds it 300 updates (a random walk of waits, ages and
 * freshness, seeded so every run is the same), and counts with a MutationObserver what
 * each update changes in the shadow root. The claim: mutations = values that changed
 * (figure, age, note, state, announcement), so an unchanged value costs nothing.
 *
 * A report for scripts/bench.mjs: `reports = [{ name, run }]`, where `run()` prints its
 * line and resolves to a summary (`ratio` = mutations per changed value, ideal 1).
 * Runs alone too: `node scripts/bench/feed-mutations.mjs`.
 */
/* global document, MutationObserver, customElements -- `measure` and a check run inside the page */
import { build } from 'esbuild';
import { puppeteerCore } from '@web/test-runner-chrome';
import { fileURLToPath } from 'node:url';
import { chromiumArgs, chromiumPath } from '../chromium.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const UPDATES = 300;

async function bundle() {
  const result = await build({
    entryPoints: [`${root}src/define/service-wait-time.ts`],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    tsconfig: `${root}tsconfig.json`,
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

/** Runs in the page: the element, a manual clock, the updates, and the counts. */
async function measure(updates) {
  const element = document.createElement('service-wait-time');
  let now = Date.parse('2026-11-24T10:00:00Z');
  element.clock = { now: () => now, setTimer: () => () => undefined };
  element.feedData = { updatedAt: new Date(now).toISOString(), channels: { phone: { estimatedWaitSeconds: 240 } } };
  document.body.append(element);
  await element.updateComplete;
  const root = element.shadowRoot;
  const read = () => ({
    figure: root.querySelector('[part="figure"]').textContent,
    detail: root.querySelector('[part="detail"]').textContent,
    note: root.querySelector('[part="note"]').textContent,
    state: root.querySelector('[part="wait"]').className,
    status: root.querySelector('[role="status"]').textContent,
  });
  let records = 0;
  const observer = new MutationObserver((list) => (records += list.length));
  observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
  const rows = [];
  for (const { wait, updatedAt, age } of updates) {
    const before = read();
    now = updatedAt + age;
    element.feedData = {
      updatedAt: new Date(updatedAt).toISOString(),
      channels: { phone: { estimatedWaitSeconds: wait } },
    };
    await element.updateComplete;
    const after = read();
    const changed = Object.keys(after).filter((key) => after[key] !== before[key]).length;
    records += observer.takeRecords().length;
    rows.push({ changed, mutations: records });
    records = 0;
  }
  observer.disconnect();
  return rows;
}

/** A seeded random walk: waits drift, the feed ticks every 15 s, the viewer looks up to 4 minutes later. */
function updates(count) {
  let seed = 42;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  let wait = 240;
  let updatedAt = Date.parse('2026-11-24T10:00:00Z');
  return Array.from({ length: count }, () => {
    if (random() < 0.6) wait = Math.max(0, Math.round(wait + (random() - 0.5) * 240));
    if (random() < 0.7) updatedAt += 15_000;
    return { wait, updatedAt, age: Math.floor(random() ** 3 * 240_000) };
  });
}

async function run() {
  const code = await bundle();
  const browser = await puppeteerCore.launch({
    executablePath: chromiumPath,
    headless: true,
    args: chromiumArgs,
  });
  try {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><html lang="en"><body></body></html>');
    await page.addScriptTag({ type: 'module', content: code });
    await page.waitForFunction(() => customElements.get('service-wait-time'));
    const rows = await page.evaluate(measure, updates(UPDATES));
    const total = (key) => rows.reduce((sum, row) => sum + row[key], 0);
    const mismatches = rows.filter((row) => row.mutations !== row.changed).length;
    const summary = {
      updates: rows.length,
      unchangedUpdates: rows.filter((row) => row.changed === 0).length,
      valuesChanged: total('changed'),
      mutations: total('mutations'),
      ratio: total('mutations') / total('changed'),
      updatesWhereMutationsDifferFromChanges: mismatches,
    };
    console.log(
      `feed-mutations: ${summary.updates} updates, ${summary.valuesChanged} values changed, ` +
        `${summary.mutations} DOM mutations (ratio ${summary.ratio.toFixed(2)}; ` +
        `${summary.unchangedUpdates} updates changed nothing; ${mismatches} updates where mutations ≠ changes)`,
    );
    return summary;
  } finally {
    await browser.close();
  }
}

export const reports = [{ name: 'feed: DOM mutations per feed update (<service-wait-time>)', run }];

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const summary = await run();
  process.exitCode = summary.updatesWhereMutationsDifferFromChanges === 0 ? 0 : 1;
}
