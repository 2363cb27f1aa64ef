import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';

const launchOptions = { executablePath: chromiumPath, args: chromiumArgs };

/**
 * `npm run test:stories`: renders every story in Debian's headless Chromium, runs its
 * `play` function, then axe. Only stories: the plugin sets the test files from main.ts.
 * Every story runs four times: with the system in light and in dark mode, each on a light host
 * page and on a dark one (`color-scheme: dark`, dark background). Text that followed the system
 * instead of the page, or that kept its light-page colour on a dark page, would fail axe.
 */
const darkHostPage = ['./.storybook/dark-host-page.setup.ts'];

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
        { browser: 'chromium', name: 'chromium, dark host page', setupFiles: darkHostPage },
        {
          browser: 'chromium',
          name: 'chromium, system in dark mode, dark host page',
          setupFiles: darkHostPage,
          provider: playwright({ launchOptions, contextOptions: { colorScheme: 'dark' } }),
        },
      ],
    },
  },
});
