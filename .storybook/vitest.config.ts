import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';

const launchOptions = { executablePath: chromiumPath, args: chromiumArgs };

/**
 * `npm run test:stories`: renders every story in Debian's headless Chromium, runs its
 * `play` function, then axe. Only stories: the plugin sets the test files from main.ts.
 * Every story runs twice: with the system in light mode, and in dark mode on the same light
 * host page, where text that followed the system instead of the page would vanish.
 */
export default defineConfig({
  plugins: [storybookTest({ configDir: import.meta.dirname })],
  test: {
    name: 'stories',
    browser: {
      enabled: true,
      headless: true,
      screenshotFailures: false,
      provider: playwright({ launchOptions }),
      instances: [
        { browser: 'chromium' },
        {
          browser: 'chromium',
          name: 'chromium, system in dark mode',
          provider: playwright({ launchOptions, contextOptions: { colorScheme: 'dark' } }),
        },
      ],
    },
  },
});
