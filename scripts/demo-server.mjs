// `npm start`: serves the demo page, the elements (bundled from src/ by esbuild when it starts,
// see demo-routes/bundle.mjs) and the sample charters on http://localhost:8000, without
// `npm run build`; compressed and with ETags, as a real host would (send-compressed.mjs). Each feature adds its routes in demo-routes/.
import { createServer } from 'node:http';
import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sendCompressed } from './send-compressed.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const port = Number(process.env.PORT ?? 8000);
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
};

/** URL prefixes and the folders they are served from. */
const mounts = [
  ['/dist/', 'dist/'],
  ['/samples/', 'src/samples/'],
  ['/schema/', 'schema/'],
  ['/', 'docs/demo/'],
];

// Each feature's demo routes live in scripts/demo-routes/<feature>.mjs, whose default export is a
// handler `(request, response, url) => boolean | Promise<boolean>` (true when it answered).
const routesDir = new URL('./demo-routes/', import.meta.url);
const handlers = await Promise.all(
  readdirSync(routesDir)
    .filter((f) => f.endsWith('.mjs'))
    .map(async (f) => (await import(new URL(f, routesDir))).default),
);

async function serveFile(request, url, response) {
  const [prefix, folder] = mounts.find(([p]) => url.pathname.startsWith(p));
  let relative = normalize(decodeURIComponent(url.pathname.slice(prefix.length)));
  if (relative.startsWith('..')) return notFound(response);
  if (relative === '.' || relative.endsWith('/')) relative = join(relative, 'index.html');
  try {
    const body = await readFile(join(root, folder, relative));
    sendCompressed(request, response, body, types[extname(relative)] ?? 'application/octet-stream');
  } catch {
    notFound(response);
  }
}

function notFound(response) {
  response.writeHead(404, { 'Content-Type': 'text/plain' });
  response.end('Not found');
}

/** Answers 400 to a request the server cannot read (a malformed URL or escape), 500 to anything else that throws. */
function failed(response, error) {
  const malformed = error instanceof URIError || error instanceof TypeError;
  if (!malformed) console.error(error);
  if (response.headersSent) return response.destroy();
  response.writeHead(malformed ? 400 : 500, { 'Content-Type': 'text/plain' });
  response.end(malformed ? 'Bad request' : 'Internal server error');
}

export function startDemoServer(listenPort = port) {
  // No input ends the server: every request's failure is answered on that request alone.
  const server = createServer(async (request, response) => {
    try {
      const url = new URL(request.url ?? '/', 'http://localhost');
      if (url.pathname === '/favicon.ico') {
        response.writeHead(301, { Location: '/favicon.svg' });
        return response.end();
      }
      for (const handle of handlers) if (await handle(request, response, url)) return;
      await serveFile(request, url, response);
    } catch (error) {
      failed(response, error);
    }
  });
  server.on('clientError', (_error, socket) => socket.end('HTTP/1.1 400 Bad Request\r\n\r\n'));
  return new Promise((resolve) => server.listen(listenPort, () => resolve(server)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  // PORT=0 picks a free port; the line below names the one in use.
  const server = await startDemoServer();
  console.log(`service-charter demo: http://localhost:${server.address().port}/  (Ctrl+C to stop)`);
}
