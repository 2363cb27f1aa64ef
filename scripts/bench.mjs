// `npm run bench` (after `npm run build`): operations per second of each case exported by
// scripts/bench/*.mjs, next to a baseline measured in the same run (one bare
// `Intl.DateTimeFormat#format` call), so the ratios mean something on any machine.
// Not part of `npm test`: absolute times vary, and nothing here gates CI.
import { existsSync, readdirSync } from 'node:fs';

const MEASURE_MS = Number(process.env.BENCH_MS ?? 1000);

if (!existsSync(new URL('../dist/core/index.js', import.meta.url))) {
  console.error('npm run bench measures dist/: run `npm run build` first.');
  process.exit(1);
}

/** Calls `run(i)` with a rising `i` for about MEASURE_MS, after a short warm-up; ops per second. */
function opsPerSecond(run) {
  let i = 0;
  const warmUpEnd = performance.now() + MEASURE_MS / 5;
  while (performance.now() < warmUpEnd) for (let n = 0; n < 100; n++) run(i++);
  let count = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < MEASURE_MS) {
    for (let n = 0; n < 100; n++) run(i++);
    count += 100;
    elapsed = performance.now() - start;
  }
  return (count / elapsed) * 1000;
}

const formatter = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', dateStyle: 'full', timeStyle: 'long' });
const baseline = { name: 'baseline: Intl.DateTimeFormat#format', run: (i) => formatter.format(1.79e12 + i * 60_000) };

const benchDir = new URL('./bench/', import.meta.url);
const groups = [];
for (const file of readdirSync(benchDir)
  .filter((f) => f.endsWith('.mjs'))
  .sort()) {
  groups.push({ file, cases: (await import(new URL(file, benchDir))).cases });
}

const rows = [];
const baselineOps = opsPerSecond(baseline.run);
rows.push([baseline.name, baselineOps]);
for (const { file, cases } of groups) {
  for (const { name, run } of cases) rows.push([`${file.replace(/\.mjs$/, '')}: ${name}`, opsPerSecond(run)]);
}

const nameWidth = Math.max(...rows.map(([name]) => name.length), 4);
const line = (name, ops, ratio) => `${name.padEnd(nameWidth)}  ${ops.padStart(12)}  ${ratio.padStart(14)}`;
console.log(line('case', 'ops/s', '× baseline'));
console.log(line('-'.repeat(nameWidth), '-'.repeat(12), '-'.repeat(14)));
for (const [name, ops] of rows) {
  console.log(line(name, Math.round(ops).toLocaleString('en-GB'), (ops / baselineOps).toFixed(3)));
}
