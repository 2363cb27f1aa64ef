import { puppeteerCore } from '@web/test-runner-chrome';
import { chromiumArgs, chromiumPath } from './chromium.mjs';
const browser = await puppeteerCore.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
const steps = [
  `new Intl.NumberFormat("en",{style:"percent",maximumFractionDigits:1}).format(0.835)`,
  `new Intl.DateTimeFormat("en",{month:"long",year:"numeric",timeZone:"UTC"}).format(0)`,
  `new Intl.DateTimeFormat("en",{timeZone:"Europe/London"})`,
  `Intl.supportedValuesOf("timeZone").includes("Europe/London")`,
];
for (const order of [[0,1,2],[2,0,1],[3,0],[0,3]]) {
  const rows = [];
  for (let i = 0; i < 5; i++) {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await page.goto('data:text/html,<p>x</p>');
    rows.push(await page.evaluate(`(() => [${order.map((s) => `(() => { const t = performance.now(); ${steps[s]}; return performance.now() - t; })()`).join(',')}].map(x => x.toFixed(1)).join('/'))()`));
    await context.close();
  }
  console.log(order.join(','), rows.join('  '));
}
await browser.close();
