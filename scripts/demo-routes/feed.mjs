/**
 * A demo queue feed for `npm start` whose figures move every 10 seconds:
 * `/feeds/queue.json` for polling (ETag, 304, max-age until the next change) and
 * `/feeds/queue` for Server-Sent Events (one event per change, ids resume with Last-Event-ID).
 */
const STEP_MS = 10_000;

/** The figures of step `n`: a phone queue with its own estimate, a chat queue with raw figures. */
function feedAt(step) {
  const wave = (period, phase = 0) => 0.5 + 0.5 * Math.sin((2 * Math.PI * step) / period + phase);
  return {
    updatedAt: new Date(step * STEP_MS).toISOString(),
    channels: {
      phone: { estimatedWaitSeconds: Math.round(20 + 520 * wave(18)) },
      chat: { waiting: Math.round(6 * wave(12, 1)), agentsAvailable: 3, averageHandleSeconds: 300 },
    },
  };
}

const currentStep = () => Math.floor(Date.now() / STEP_MS);

function poll(request, response) {
  const step = currentStep();
  const etag = `"queue-${step}"`;
  const fresh = Math.max(1, Math.ceil(((step + 1) * STEP_MS - Date.now()) / 1000));
  const headers = { ETag: etag, 'Cache-Control': `public, max-age=${fresh}` };
  if (request.headers['if-none-match'] === etag) {
    response.writeHead(304, headers);
    return response.end();
  }
  response.writeHead(200, { ...headers, 'Content-Type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify(feedAt(step)));
}

function stream(request, response) {
  response.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache' });
  response.write('retry: 5000\n\n');
  let sent = Number(request.headers['last-event-id']) || 0;
  const send = () => {
    const step = currentStep();
    if (step === sent) return;
    sent = step;
    response.write(`id: ${step}\ndata: ${JSON.stringify(feedAt(step))}\n\n`);
  };
  send();
  const timer = setInterval(send, 1000);
  request.on('close', () => clearInterval(timer));
}

export default function feedDemo(request, response, url) {
  if (url.pathname === '/feeds/queue.json') poll(request, response);
  else if (url.pathname === '/feeds/queue') stream(request, response);
  else return false;
  return true;
}
