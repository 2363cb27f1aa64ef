import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';
import { testServerMiddleware } from './scripts/test-server.mjs';

/** Debian's Chromium, started as the sandboxed machine needs (no download, no background traffic). */
const chromium = chromeLauncher({
  launchOptions: {
    executablePath: chromiumPath,
    headless: true,
    args: [
      ...chromiumArgs,
      // Several test pages run at once; none may be throttled as a background tab.
      '--disable-background-timer-throttling',
      '--disable-renderer-backgrounding',
      '--disable-backgrounding-occluded-windows',
    ],
  },
});

export default {
  files: ['test/**/*.test.ts', '!test/node/**'],
  nodeResolve: true,
  browsers: [chromium],
  // One page at a time: a background tab gets no animation frames and no keyboard focus.
  concurrency: 1,
  testFramework: { config: { timeout: 8000 } },
  middleware: [testServerMiddleware],
  plugins: [esbuildPlugin({ ts: true, json: true, target: 'es2022', tsconfig: './tsconfig.json' })],
  coverage: process.argv.includes('--no-coverage') ? false : true,
  coverageConfig: {
    include: ['src/**/*.ts'],
    exclude: ['src/define/**'],
    threshold: { lines: 90, statements: 90, functions: 80, branches: 75 },
    report: true,
    reportDir: 'coverage',
  },
};
