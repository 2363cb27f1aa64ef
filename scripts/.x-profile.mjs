import { createServer } from 'node:http';
import { puppeteerCore } from '@web/test-runner-chrome';
import { chromiumArgs, chromiumPath } from './chromium.mjs';
import { pagesFor, scripts } from './bench/paint/pages.mjs';
const kind = process.argv[2] ?? 'loader';
const count = Number(process.argv[3] ?? 40);
const shared = await scripts();
const pages = await pagesFor(count);
const files = new Map([...Object.entries(shared), [`/${kind}.html`, pages[kind]]]);
const server = createServer((q, r) => { const b = files.get(new URL(q.url, 'http://x').pathname); if (b === undefined) return r.writeHead(404).end(); r.writeHead(200, {'Content-Type': q.url.endsWith('.js') ? 'text/javascript' : 'text/html'}).end(b); });
await new Promise((res) => server.listen(0, '127.0.0.1', res));
const browser = await puppeteerCore.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
const totals = new Map(); let total = 0;
for (let run = 0; run < 5; run++) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width: 412, height: 823 });
  const s = await page.createCDPSession();
  await s.send('Profiler.enable'); await s.send('Profiler.setSamplingInterval', { interval: 100 });
  await s.send('Profiler.start');
  await page.goto(`http://127.0.0.1:${server.address().port}/${kind}.html`, { waitUntil: 'load' });
  await page.evaluate(async () => { while (!performance.getEntriesByName('charter-complete')[0]) await new Promise((r) => setTimeout(r, 20)); });
  const { profile } = await s.send('Profiler.stop');
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const dt = profile.timeDeltas; 
  for (let i = 0; i < profile.samples.length; i++) {
    const n = byId.get(profile.samples[i]); const f = n.callFrame;
    const key = `${f.functionName || "(anon)"} ${f.url.split("/").pop()}:${f.lineNumber}:${f.columnNumber}`;
    const t = (dt[i + 1] ?? 0) / 1000;
    if (f.functionName === '(idle)' || f.functionName === '(program)') continue;
    totals.set(key, (totals.get(key) ?? 0) + t); total += t;
  }
  await context.close();
}
await browser.close(); server.close();
console.log('total ms/run', (total / 5).toFixed(1));
for (const [k, v] of [...totals].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log((v / 5).toFixed(2).padStart(7), k);
