// A test-runner command the built-in emulateMedia lacks: `emulate-media-features` sets CSS
// media features (forced-colors, prefers-color-scheme, …) for the test page. Only Chromium's
// protocol can; elsewhere the command answers false and the test skips that part.
export function mediaFeaturesPlugin(engine) {
  return {
    name: 'emulate-media-features',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-media-features') return undefined;
      if (engine !== 'chromium') return false;
      const page = session.browser.getPage(session.id);
      await page.emulateMediaFeatures(Object.entries(payload).map(([name, value]) => ({ name, value })));
      return true;
    },
  };
}
