/**
 * Test-only HTTP endpoints served by the @web/test-runner dev server, so browser tests
 * talk to a real local server. Each route lives under /test-api/.
 */
import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { answerEndlessly } from './endless-body.mjs';

const routes = new Map();
const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Registers a handler `(ctx) => void` for a path under /test-api/. */
export function route(path, handler) {
  routes.set(`/test-api/${path}`, handler);
}

route('charter/sample', async (ctx) => {
  await delay(Number(ctx.query.delay ?? 0));
  ctx.type = 'application/json';
  ctx.body = await readFile(new URL('../src/samples/district-council.json', import.meta.url), 'utf8');
});
route('slow-script', async (ctx) => {
  await delay(Number(ctx.query.delay ?? 0));
  ctx.type = 'text/javascript';
  ctx.body = '/* a script that kept the parser waiting */';
});
route('charter/broken-json', (ctx) => {
  ctx.type = 'application/json';
  ctx.body = '{"version": 1, "organisation": ';
});
route('charter/server-error', (ctx) => {
  ctx.status = 500;
  ctx.body = 'Internal Server Error';
});

// Each feature's routes live in scripts/test-routes/<feature>.mjs, whose default export is
// called with `route` to register them.
const routesDir = new URL('./test-routes/', import.meta.url);
for (const file of readdirSync(routesDir).filter((f) => f.endsWith('.mjs'))) {
  (await import(new URL(file, routesDir))).default(route);
}

/**
 * `/test-api/fresh/<token>/<route>` serves `/test-api/<route>` at a URL no cache has seen (a new
 * token each time), so a page fetches it, and whatever it imports by relative URL, afresh. A
 * token with `fail-<prefix>` in it fails every file whose name starts with <prefix> (503), as a
 * chunk the network lost.
 */
const FRESH = /^\/test-api\/fresh\/([^/]+)\/(.*)$/;

export async function testServerMiddleware(ctx, next) {
  const [, token = '', rest] = FRESH.exec(ctx.path) ?? [];
  const failing = /fail-([\w-]+)/.exec(token)?.[1];
  if (failing && ctx.path.split('/').pop().startsWith(failing)) {
    ctx.status = 503;
    ctx.body = 'Service Unavailable';
    return;
  }
  const handler = routes.get(rest === undefined ? ctx.path : `/test-api/${rest}`);
  if (!handler) return next();
  // `?hang=1` on any route: the answer never comes; the connection stays open until the browser lets go.
  if (ctx.query.hang) return void (ctx.respond = false);
  // `?huge=1` on any route: a JSON answer that never ends (scripts/endless-body.mjs).
  if (ctx.query.huge) return answerEndlessly(ctx);
  await handler(ctx);
}
