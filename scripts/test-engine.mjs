// Runs the browser tests (`wtr` and its arguments) in one engine:
//   node scripts/test-engine.mjs chromium|firefox|webkit [wtr arguments…]
// Chromium and Firefox start headless from web-test-runner.config.mjs. WebKitGTK's MiniBrowser
// has no headless mode, so for it this script starts an X display (Xvfb, when DISPLAY is unset)
// and WebKitWebDriver first, and stops both when the tests end.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

const engines = ['chromium', 'firefox', 'webkit'];
const [engine, ...wtrArgs] = process.argv.slice(2);
if (!engines.includes(engine)) {
  console.error(`Usage: node scripts/test-engine.mjs ${engines.join('|')} [wtr arguments…]`);
  process.exit(2);
}

/** Child processes this script started, stopped in reverse order on the way out. */
const started = [];

/** Stops each and waits for it to exit, so none is left behind (or unreaped). */
async function stopStarted() {
  for (const child of started.reverse()) {
    if (child.exitCode !== null || child.signalCode !== null) continue;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** Starts Xvfb on the first free display and resolves with its name (":N"). */
function startXvfb() {
  return new Promise((resolve, reject) => {
    const xvfb = spawn('Xvfb', ['-displayfd', '1', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    started.push(xvfb);
    xvfb.on('error', reject);
    xvfb.on('exit', (code) => reject(new Error(`Xvfb exited (${code}) before giving a display`)));
    let printed = '';
    xvfb.stdout.on('data', (chunk) => {
      printed += chunk;
      const display = /^(\d+)\n/.exec(printed);
      if (display) resolve(`:${display[1]}`);
    });
  });
}

/** Starts WebKitWebDriver on a free port and resolves once its /status says it is ready. */
async function startWebKitDriver(env) {
  const port = await freePort();
  const driver = spawn('WebKitWebDriver', [`--port=${port}`], { stdio: 'ignore', env });
  started.push(driver);
  const failed = new Promise((_, reject) => {
    driver.on('error', reject);
    driver.on('exit', (code) => reject(new Error(`WebKitWebDriver exited (${code})`)));
  });
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    const ready = fetch(`http://127.0.0.1:${port}/status`)
      .then((response) => response.json())
      .then((body) => body.value?.ready === true)
      .catch(() => false);
    if (await Promise.race([ready, failed])) return port;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('WebKitWebDriver did not become ready within 15 s');
}

const env = { ...process.env, TEST_ENGINE: engine };
let code = 1;
try {
  if (engine === 'webkit') {
    if (!env.DISPLAY) env.DISPLAY = await startXvfb();
    env.WEBKIT_DRIVER_PORT = String(await startWebKitDriver(env));
  }
  const wtr = spawn('npx', ['wtr', ...wtrArgs], { stdio: 'inherit', env });
  started.unshift(wtr);
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => wtr.kill(signal));
  code = await new Promise((resolve) => wtr.on('close', (exitCode) => resolve(exitCode ?? 1)));
} catch (error) {
  console.error(`Could not start ${engine}: ${error.message}`);
} finally {
  await stopStarted();
}
process.exit(code);
