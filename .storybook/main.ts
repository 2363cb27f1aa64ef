import type { StorybookConfig } from '@storybook/web-components-vite';
import type { Plugin } from 'vite';

/**
 * `/story-api/charter-never-arrives` holds the request open until the page leaves, so the
 * Loading story stays loading. Served by `npm run storybook` and by the story tests; a
 * static build has no server, so there that story shows the network error instead.
 */
const storyApi: Plugin = {
  name: 'service-charter-story-api',
  configureServer(server) {
    server.middlewares.use('/story-api/charter-never-arrives', (request, response) => {
      request.on('close', () => response.end());
    });
  },
};

/** Storybook for the elements: every story is also an axe test (see vitest.config.ts). */
const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs', '@storybook/addon-vitest'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  viteFinal: (config) => ({
    ...config,
    plugins: [...(config.plugins ?? []), storyApi],
    // Storybook's renderer imports this Lit module; pre-bundled with the rest of Lit, so the
    // page loads one copy of Lit, not two.
    optimizeDeps: {
      ...config.optimizeDeps,
      include: [...(config.optimizeDeps?.include ?? []), 'lit/directive-helpers.js'],
    },
    // A quiet build: the preview bundles Storybook and axe, large by design, and the
    // per-file size table only hides real warnings.
    logLevel: 'warn',
    build: {
      ...config.build,
      chunkSizeWarningLimit: 2000,
      reportCompressedSize: false,
      rolldownOptions: { ...config.build?.rolldownOptions, checks: { bundlerTimings: false } },
    },
  }),
};

export default config;
