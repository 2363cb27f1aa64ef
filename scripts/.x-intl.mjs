import { puppeteerCore } from '@web/test-runner-chrome';
import { chromiumArgs, chromiumPath } from './chromium.mjs';
const browser = await puppeteerCore.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
const tests = {
  dtfTz: `new Intl.DateTimeFormat("en",{timeZone:"Europe/London"})`,
  dtfPlain: `new Intl.DateTimeFormat("en")`,
  dtfUTC: `new Intl.DateTimeFormat("en",{timeZone:"UTC"})`,
  supported: `Intl.supportedValuesOf("timeZone").includes("Europe/London")`,
  number: `new Intl.NumberFormat("en").format(83.5)`,
  plural: `new Intl.PluralRules("en").select(2)`,
  list: `new Intl.ListFormat("en").format(["a","b"])`,
  locale: `Intl.getCanonicalLocales("cy")`,
  dtfTzThenFormat: `new Intl.DateTimeFormat("en",{timeZone:"Europe/London", hour:"numeric"}).formatToParts(new Date())`,
};
for (const [name, code] of Object.entries(tests)) {
  const times = [];
  for (let i = 0; i < 5; i++) {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await page.goto('data:text/html,<p>x</p>');
    times.push(await page.evaluate(`(() => { const t = performance.now(); ${code}; const a = performance.now() - t; const t2 = performance.now(); ${code}; return [a, performance.now() - t2]; })()`));
    await context.close();
  }
  console.log(name.padEnd(16), times.map(([a, b]) => `${a.toFixed(1)}/${b.toFixed(2)}`).join('  '));
}
await browser.close();
