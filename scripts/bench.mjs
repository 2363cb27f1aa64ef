// `npm run bench` (after `npm run build`): operations per second of each case exported by
// scripts/bench/*.mjs, next to a baseline measured in the same run (one bare
// `Intl.DateTimeFormat#format` call), so the ratios mean something on any machine.
// Not part of `npm test`: absolute times vary, and nothing here gates CI.
import { existsSync, readdirSync } from 'node:fs';

const MEASURE_MS = Number(process.env.BENCH_MS ?? 1000);
// Cases take turns over several rounds and each keeps its best round, so a burst of load
// from other processes does not skew one case against the baseline.
const ROUNDS = 5;

if (!existsSync(new URL('../dist/core/index.js', import.meta.url))) {
  console.error('npm run bench measures dist/: run `npm run build` first.');
  process.exit(1);
}

/** Calls `run(i)` with a rising `i` (from `first`) for about `ms`; ops per second. */
function opsPerSecond(run, ms, first = 0) {
  let i = first;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < ms) {
    for (let n = 0; n < 100; n++) run(i++);
    elapsed = performance.now() - start;
  }
  return ((i - first) / elapsed) * 1000;
}

const formatter = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', dateStyle: 'full', timeStyle: 'long' });
const baseline = { name: 'baseline: Intl.DateTimeFormat#format', run: (i) => formatter.format(1.79e12 + i * 60_000) };

const benchDir = new URL('./bench/', import.meta.url);
const groups = [];
for (const file of readdirSync(benchDir)
  .filter((f) => f.endsWith('.mjs'))
  .sort()) {
  const { cases = [], reports = [] } = await import(new URL(file, benchDir));
  groups.push({ file, cases, reports });
}

const cases = [
  baseline,
  ...groups.flatMap(({ file, cases: groupCases }) =>
    groupCases.map((c) => ({ ...c, name: `${file.replace(/\.mjs$/, '')}: ${c.name}` })),
  ),
];
for (const { run } of cases) opsPerSecond(run, MEASURE_MS / 5); // warm-up
const best = cases.map(() => 0);
for (let round = 0; round < ROUNDS; round++) {
  cases.forEach(({ run }, index) => {
    best[index] = Math.max(best[index], opsPerSecond(run, MEASURE_MS / ROUNDS, round * 1_000_000));
  });
}
const rows = cases.map(({ name }, index) => [name, best[index]]);
const baselineOps = best[0];

const nameWidth = Math.max(...rows.map(([name]) => name.length), 4);
const line = (name, ops, ratio) => `${name.padEnd(nameWidth)}  ${ops.padStart(12)}  ${ratio.padStart(14)}`;
console.log(line('case', 'ops/s', '× baseline'));
console.log(line('-'.repeat(nameWidth), '-'.repeat(12), '-'.repeat(14)));
for (const [name, ops] of rows) {
  console.log(line(name, Math.round(ops).toLocaleString('en-GB'), (ops / baselineOps).toFixed(3)));
}

// Reports measure something other than speed (e.g. DOM mutations per update) and print their own line.
for (const { reports } of groups) for (const report of reports) await report.run();
