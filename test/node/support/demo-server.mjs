// Runs `npm start`'s server in its own process on a free port (PORT=0).
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const server = fileURLToPath(new URL('../../../scripts/demo-server.mjs', import.meta.url));

/** Starts the demo server; resolves with the process, the port it printed and what it printed. */
export async function startDemoServer(env = {}) {
  const child = execFile(process.execPath, [server], { env: { ...process.env, ...env, PORT: '0' } });
  let printed = '';
  const port = await new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk) => {
      printed += chunk;
      const match = /http:\/\/localhost:(\d+)\//.exec(printed);
      if (match) resolve(Number(match[1]));
    });
    child.once('exit', (code) => reject(new Error(`the demo server exited (${code}): ${printed}`)));
  });
  return { child, port, printed: () => printed };
}
