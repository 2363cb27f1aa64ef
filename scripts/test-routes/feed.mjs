/**
 * A real feed for the browser tests, polled (`feed/poll`) or streamed (`feed/sse`), that
 * counts what it serves and fails on demand. Every test uses its own `id`, so counters
 * never mix. Control it with `feed/control?id=…&action=…`, read it with `feed/stats?id=…`:
 *
 * - `action=reset`: forget everything about this id.
 * - `action=set&wait=300`: publish a new figure (a new ETag and `updatedAt`).
 * - `action=fail&mode=500|malformed|hang|429&times=2&retryAfter=1`: the next `times`
 *   requests fail that way (429 sends Retry-After in seconds).
 * - `action=drop`: end every open event stream now.
 */
const feeds = new Map();

function feedState(id) {
  if (!feeds.has(id)) {
    feeds.set(id, {
      version: 1,
      wait: 240,
      updatedAt: new Date().toISOString(),
      failures: [],
      requests: [],
      counts: { requests: 0, ok: 0, notModified: 0, failed: 0, streams: 0, events: 0 },
      lastEventIds: [],
      sentIds: [],
      open: 0,
      streams: new Set(),
    });
  }
  return feeds.get(id);
}

const documentOf = (feed, wait = feed.wait) =>
  JSON.stringify({
    updatedAt: feed.updatedAt,
    channels: {
      phone: { estimatedWaitSeconds: wait },
      chat: { waiting: 3, agentsAvailable: 2, averageHandleSeconds: 300 },
    },
  });

/** Counts a request, holding it open until the browser lets go; returns true when it was told to fail. */
function countAndMaybeFail(ctx, feed) {
  feed.counts.requests++;
  feed.requests.push(Date.now());
  feed.open++;
  ctx.req.once('close', () => feed.open--);
  const failure = feed.failures.shift();
  if (!failure) return false;
  feed.counts.failed++;
  if (failure.mode === 'hang') {
    ctx.status = 200; // for the dev server's log: the answer never comes, so the client must give up
    ctx.respond = false;
  } else if (failure.mode === 'malformed') {
    ctx.type = 'application/json';
    ctx.body = '{"updatedAt": "2026-11-24T10:02:00Z", "channels": {';
  } else if (failure.mode === '429') {
    ctx.status = 429;
    ctx.set('Retry-After', String(failure.retryAfter ?? 1));
    ctx.body = 'Too Many Requests';
  } else {
    ctx.status = 500;
    ctx.body = 'Internal Server Error';
  }
  return true;
}

function poll(ctx) {
  const feed = feedState(ctx.query.id);
  if (countAndMaybeFail(ctx, feed)) return;
  const etag = `"${ctx.query.id}-v${feed.version}"`;
  ctx.set('ETag', etag);
  ctx.set('Cache-Control', `max-age=${Number(ctx.query.maxAge ?? 0)}`);
  if (ctx.get('If-None-Match') === etag) {
    feed.counts.notModified++;
    ctx.status = 304;
    return;
  }
  feed.counts.ok++;
  ctx.type = 'application/json';
  ctx.body = documentOf(feed);
}

/**
 * An event stream: event ids count up from the Last-Event-ID sent (so a reconnection
 * resumes where it left off), one every `every` ms, up to `until`. The connection is
 * dropped after `dropAfter` events; `retry` is sent first; event `malformedAt` is not JSON.
 */
function stream(ctx) {
  const feed = feedState(ctx.query.id);
  if (countAndMaybeFail(ctx, feed)) return;
  const every = Number(ctx.query.every ?? 50);
  const until = Number(ctx.query.until ?? 1e9);
  const dropAfter = Number(ctx.query.dropAfter ?? 1e9);
  const lastEventId = ctx.get('Last-Event-ID');
  feed.lastEventIds.push(lastEventId || null);
  feed.counts.streams++;
  ctx.status = 200;
  ctx.respond = false;
  const res = ctx.res;
  res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache' });
  res.write(`retry: ${Number(ctx.query.retry ?? 100)}\n: connected\n\n`);
  let next = Number(lastEventId || 0) + 1;
  let sent = 0;
  const end = () => {
    clearInterval(timer);
    feed.streams.delete(end);
    res.end();
  };
  const timer = setInterval(() => {
    if (next > until) return;
    feed.sentIds.push(next);
    feed.counts.events++;
    const data = next === Number(ctx.query.malformedAt) ? '{"updatedAt": ' : documentOf(feed, next);
    res.write(`id: ${next}\ndata: ${data}\n\n`);
    next++;
    if (++sent >= dropAfter) end();
  }, every);
  feed.streams.add(end);
  ctx.req.once('close', end);
}

function control(ctx) {
  const { id, action } = ctx.query;
  if (action === 'reset') feeds.delete(id);
  const feed = feedState(id);
  if (action === 'set') {
    feed.version++;
    feed.wait = Number(ctx.query.wait);
    feed.updatedAt = new Date().toISOString();
  }
  if (action === 'fail') {
    const times = Number(ctx.query.times ?? 1);
    for (let i = 0; i < times; i++) feed.failures.push({ mode: ctx.query.mode, retryAfter: ctx.query.retryAfter });
  }
  if (action === 'drop') for (const end of [...feed.streams]) end();
  ctx.body = { ok: true };
}

function stats(ctx) {
  const feed = feedState(ctx.query.id);
  const { counts, requests, lastEventIds, sentIds, open } = feed;
  ctx.set('Cache-Control', 'no-store');
  ctx.body = { ...counts, requestTimes: requests, lastEventIds, sentIds, open, now: Date.now() };
}

export default function feedRoutes(route) {
  route('feed/poll', poll);
  route('feed/sse', stream);
  route('feed/control', control);
  route('feed/stats', stats);
}
