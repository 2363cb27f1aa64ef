/**
 * Benchmark: Lighthouse on the demo page (`npm start`'s server, started here in a child process
 * on a free port), mobile and desktop, medians of five runs: performance score, layout shift
 * (CLS), total blocking time and LCP. Drives Debian's Chromium (CHROME_PATH, default /usr/bin/chromium);
 * nothing is downloaded. About a minute a run on a busy two-core machine: LIGHTHOUSE_RUNS=1
 * for one run each, LIGHTHOUSE_RUNS=0 to skip.
 *
 * A report for scripts/bench.mjs; runs alone too: `node scripts/bench/lighthouse.mjs`.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { chromiumArgs, chromiumPath } from '../chromium.mjs';
import { startDemoServer } from '../../test/node/support/demo-server.mjs';

const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 5);
const cli = fileURLToPath(new URL('../../node_modules/lighthouse/cli/index.js', import.meta.url));
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** One Lighthouse run: its performance figures. */
async function lighthouse(url, preset, folder) {
  const output = join(folder, `${preset}.json`);
  await promisify(execFile)(
    process.execPath,
    [
      cli,
      url,
      '--quiet',
      '--only-categories=performance',
      '--output=json',
      `--output-path=${output}`,
      `--chrome-flags=--headless ${chromiumArgs.join(' ')}`,
      ...(preset === 'desktop' ? ['--preset=desktop'] : []),
    ],
    { env: { ...process.env, CHROME_PATH: chromiumPath }, maxBuffer: 1 << 24 },
  );
  const { categories, audits } = JSON.parse(await readFile(output, 'utf8'));
  return {
    score: Math.round(categories.performance.score * 100),
    cls: audits['cumulative-layout-shift'].numericValue,
    tbt: audits['total-blocking-time'].numericValue,
    lcp: audits['largest-contentful-paint'].numericValue,
  };
}

async function run() {
  if (RUNS === 0) return console.log('lighthouse: skipped (LIGHTHOUSE_RUNS=0)');
  // `npm start` in a process of its own (as the demo-server tests run it), ended when done.
  const demo = await startDemoServer();
  const url = `http://localhost:${demo.port}/`;
  const folder = await mkdtemp(join(tmpdir(), 'service-charter-lighthouse-'));
  const results = {};
  try {
    await fetch(`${url}service-charter.js`); // the demo's elements are bundled once it starts
    for (const preset of ['mobile', 'desktop']) {
      const runs = [];
      for (let i = 0; i < RUNS; i++) runs.push(await lighthouse(url, preset, folder));
      const m = (key) => median(runs.map((r) => r[key]));
      results[preset] = { score: m('score'), cls: m('cls'), tbt: m('tbt'), lcp: m('lcp') };
      console.log(
        `lighthouse, demo page, ${preset} (median of ${RUNS}): performance ${m('score')}, CLS ${m('cls').toFixed(3)}, ` +
          `TBT ${Math.round(m('tbt'))} ms, LCP ${Math.round(m('lcp'))} ms`,
      );
    }
  } finally {
    demo.child.kill();
    await rm(folder, { recursive: true, force: true });
  }
  return results;
}

export const reports = [{ name: 'lighthouse: the demo page, mobile and desktop', run }];

if (process.argv[1] === fileURLToPath(import.meta.url)) await run();
