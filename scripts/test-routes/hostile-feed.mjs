/**
 * A hostile feed for the browser tests: what a broken or malicious server sends. Every
 * test uses its own `id`; `hostile-feed/stats?id=…` reports what the server saw.
 *
 * Polled (`hostile-feed/poll?id=…&…`):
 * - `maxAge=N`: a valid document with `Cache-Control: max-age=N`.
 * - `status=503&retryAfter=V`: that status with `Retry-After: V` sent as given.
 * - `garbage=1`: random bytes with a JSON type and nonsense caching headers.
 * - `endless=1`: a JSON type and a body that never ends (scripts/endless-body.mjs), counted in `bytes`.
 *
 * Streamed (`hostile-feed/sse?id=…&mode=…`):
 * - `closing`: `retry: <retry>` (default 0), one event, then the stream ends.
 * - `endless`: `data: ` and then a line that never ends, 64 KiB every 5 ms.
 * - `flood`: `count` events (default 5000) as fast as the socket takes them, then quiet.
 * - `garbage`: random bytes, then the stream ends.
 */
import { randomBytes } from 'node:crypto';
import { answerEndlessly } from '../endless-body.mjs';

const feeds = new Map();

const stateOf = (id) => {
  if (!feeds.has(id)) feeds.set(id, { requests: 0, open: 0, bytes: 0, events: 0 });
  return feeds.get(id);
};

const documentOf = (wait) =>
  JSON.stringify({ updatedAt: new Date().toISOString(), channels: { phone: { estimatedWaitSeconds: wait } } });

/** Counts a request and keeps `open` true while the browser holds it. */
function count(ctx) {
  const feed = stateOf(ctx.query.id);
  feed.requests++;
  feed.open++;
  ctx.req.once('close', () => feed.open--);
  return feed;
}

function poll(ctx) {
  const feed = count(ctx);
  const { maxAge, status, retryAfter, garbage, endless } = ctx.query;
  if (endless) return answerEndlessly(ctx, (bytes) => (feed.bytes += bytes));
  if (garbage) {
    ctx.set('Cache-Control', 'max-age=-1, max-age="x", max-age=99999999999999999999999999');
    ctx.set('Retry-After', 'soon');
    ctx.type = 'application/json';
    ctx.body = randomBytes(2048);
    return;
  }
  if (status) {
    ctx.status = Number(status);
    if (retryAfter !== undefined) ctx.set('Retry-After', retryAfter);
    ctx.body = 'go away';
    return;
  }
  ctx.set('Cache-Control', `max-age=${maxAge ?? 0}`);
  ctx.type = 'application/json';
  ctx.body = documentOf(240);
}

function stream(ctx) {
  const feed = count(ctx);
  const mode = ctx.query.mode;
  ctx.status = 200;
  ctx.respond = false;
  const res = ctx.res;
  res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache' });
  const write = (text) => {
    feed.bytes += text.length;
    return res.write(text);
  };
  if (mode === 'closing') {
    feed.events++;
    write(`retry: ${ctx.query.retry ?? 0}\nid: ${feed.requests}\ndata: ${documentOf(feed.requests)}\n\n`);
    res.end();
  } else if (mode === 'garbage') {
    write(randomBytes(4096).toString('latin1'));
    res.end();
  } else if (mode === 'endless') {
    const piece = 'x'.repeat(65_536);
    write('data: ');
    const timer = setInterval(() => write(piece), 5);
    ctx.req.once('close', () => clearInterval(timer));
  } else if (mode === 'flood') {
    const total = Number(ctx.query.count ?? 5000);
    let sent = 0;
    const pump = () => {
      while (sent < total) {
        sent++;
        feed.events++;
        if (!write(`id: ${sent}\ndata: ${documentOf(sent)}\n\n`)) return res.once('drain', pump);
      }
    };
    pump();
  }
}

function stats(ctx) {
  ctx.set('Cache-Control', 'no-store');
  ctx.body = stateOf(ctx.query.id);
}

export default function hostileFeedRoutes(route) {
  route('hostile-feed/poll', poll);
  route('hostile-feed/sse', stream);
  route('hostile-feed/stats', stats);
}
