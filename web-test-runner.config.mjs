import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';
import { mediaFeaturesPlugin } from './scripts/test-media.mjs';
import { testServerMiddleware } from './scripts/test-server.mjs';

// One engine per run, chosen by TEST_ENGINE (scripts/test-engine.mjs sets it; plain `wtr` is Chromium).
const engine = process.env.TEST_ENGINE ?? 'chromium';

const launchers = {
  /** Debian's Chromium, started as the sandboxed machine needs (no download, no background traffic). */
  chromium: () =>
    chromeLauncher({
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
    }),
  /** Debian's Firefox ESR, driven over WebDriver BiDi by puppeteer-core. */
  firefox: () =>
    chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: {
        browser: 'firefox',
        executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
        headless: true,
      },
    }),
  /** Debian's WebKitGTK MiniBrowser through the WebKitWebDriver that scripts/test-engine.mjs started. */
  webkit: () =>
    webdriverLauncher({
      automationProtocol: 'webdriver',
      hostname: '127.0.0.1',
      port: Number(process.env.WEBKIT_DRIVER_PORT),
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': {
          binary: process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
          args: ['--automation'],
        },
      },
    }),
};
if (!launchers[engine]) throw new Error(`TEST_ENGINE must be one of ${Object.keys(launchers).join(', ')}`);
if (engine === 'webkit' && !process.env.WEBKIT_DRIVER_PORT) {
  throw new Error('WebKit needs WebKitWebDriver: run node scripts/test-engine.mjs webkit');
}

export default {
  files: ['test/**/*.test.ts', '!test/node/**'],
  nodeResolve: true,
  browsers: [launchers[engine]()],
  // One page at a time: a background tab gets no animation frames and no keyboard focus.
  concurrency: 1,
  testFramework: { config: { timeout: 8000 } },
  middleware: [testServerMiddleware],
  plugins: [
    esbuildPlugin({ ts: true, json: true, target: 'es2022', tsconfig: './tsconfig.json' }),
    mediaFeaturesPlugin(engine),
  ],
  // V8 coverage comes over the Chrome DevTools Protocol, so only the Chromium run measures it.
  coverage: engine === 'chromium' && !process.argv.includes('--no-coverage'),
  coverageConfig: {
    include: ['src/**/*.ts'],
    exclude: ['src/define/**'],
    threshold: { lines: 90, statements: 90, functions: 80, branches: 75 },
    report: true,
    reportDir: 'coverage',
  },
};
