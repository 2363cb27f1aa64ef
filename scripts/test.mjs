// `npm test`: typecheck, lint, browser tests (Chromium with coverage, then Firefox ESR, then
// WebKitGTK, one engine per run), story tests, build, Node tests, the size
// budgets, the static Storybook and the API docs (both with no warnings), in that order,
// stopping at the first failure. Ends with one line that adds up
// every test run: `N passed, N failed`.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { stripVTControlCharacters } from 'node:util';

const scripts = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).scripts;

/** Each step, and how to read its passed and failed counts from what it prints. */
const steps = [
  { script: 'typecheck' },
  { script: 'lint' },
  { script: 'test:browser', counts: /(\d+) passed, (\d+) failed/g },
  { script: 'test:firefox', counts: /(\d+) passed, (\d+) failed/g },
  { script: 'test:webkit', counts: /(\d+) passed, (\d+) failed/g },
  {
    script: 'test:stories',
    counts: /Tests\s+(?:(\d+) failed(?: \| )?)?(?:(\d+) passed)?.*\(\d+\)/g,
    order: 'failed-first',
  },
  { script: 'build' },
  { script: 'test:node', counts: /# pass (\d+)\n# fail (\d+)/g },
  { script: 'size', counts: /^(\d+) passed, (\d+) failed$/gm },
  // Storybook exits 0 after a warning (a `▲` block), so a warning fails the step here.
  { script: 'storybook:build', warnings: /^\s*▲/m },
  { script: 'docs' },
];

function run(script) {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      process.stdout.write(chunk);
    });
    child.on('close', (code) => resolve({ code, output }));
  });
}

let passed = 0;
let failed = 0;
for (const step of steps.filter((s) => scripts[s.script])) {
  console.log(`\n▶ npm run ${step.script}`);
  const { code, output } = await run(step.script);
  const last = step.counts ? [...stripVTControlCharacters(output).matchAll(step.counts)].at(-1) : undefined;
  if (last) {
    const [a, b] = [Number(last[1] ?? 0), Number(last[2] ?? 0)];
    const [stepPassed, stepFailed] = step.order === 'failed-first' ? [b, a] : [a, b];
    passed += stepPassed;
    failed += stepFailed;
  }
  const warned = step.warnings?.test(stripVTControlCharacters(output));
  if (code !== 0 || warned) {
    console.log(`\n✗ npm run ${step.script} ${warned ? 'printed a warning' : `failed (exit ${code})`}`);
    console.log(`${passed} passed, ${Math.max(failed, 1)} failed`);
    process.exit(1);
  }
}
console.log(`\n${passed} passed, ${failed} failed`);
