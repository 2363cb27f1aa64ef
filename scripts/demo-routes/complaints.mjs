/**
 * The demo's complaint intake at /api/complaints (the sample charters' endpoint), and the
 * factory that also makes the feedback intake (feedback.mjs).
 *
 * - Each accepted submission is appended to .demo-data/<name>.jsonl and fsync'd before
 *   the answer goes out, with its reference number (NDC-2026-000001, …).
 * - Idempotency-Key: a repeat returns the first answer and stores nothing twice, also after
 *   a restart (the file is read back at start-up); concurrent repeats wait for the first.
 * - Failures for demonstration: `?fail=503`, `429`, `400`, `422` or `hang` on the endpoint
 *   URL (or an `X-Demo-Fail` header), optionally `:n` for the first n attempts of each key
 *   (default 1), e.g. `<service-complaint-form endpoint="/api/complaints?fail=503:2">`.
 */
import { mkdir, open, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dataDir = process.env.DEMO_DATA_DIR ?? fileURLToPath(new URL('../../.demo-data/', import.meta.url));
const KINDS = ['complaint', 'compliment', 'comment'];

function send(response, status, body, headers = {}) {
  response.writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store', ...headers });
  response.end(JSON.stringify(body));
}

async function readBody(request) {
  const chunks = [];
  let size = 0;
  for await (const chunk of request) {
    size += chunk.length;
    if (size > 64_000) throw new Error('too large');
    chunks.push(chunk);
  }
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

/** The 422 field errors of a complaint, if any. */
function complaintProblems(body) {
  const errors = [];
  if (!KINDS.includes(body?.kind)) errors.push({ field: 'kind', message: 'Choose complaint, compliment or comment' });
  if (typeof body?.details !== 'string' || !body.details.trim())
    errors.push({ field: 'details', message: 'Tell us what happened' });
  return errors;
}

/** Whether `submittedAt` is an ISO instant, as every intake needs. */
const submittedAtProblems = (body) =>
  typeof body?.submittedAt !== 'string' || isNaN(Date.parse(body.submittedAt))
    ? [{ field: 'submittedAt', message: 'submittedAt must be an ISO instant' }]
    : [];

/**
 * An intake at `path` storing to `<name>.jsonl` with references `<prefix>000001`, …;
 * `problemsOf(body)` lists a body's 422 field errors. Resolves a demo route handler.
 */
export function createIntake({ path, name, prefix, problemsOf }) {
  const file = join(dataDir, `${name}.jsonl`);
  const answers = new Map();
  const attemptsByKey = new Map();
  let written = Promise.resolve();

  const loaded = readFile(file, 'utf8')
    .then((text) => {
      for (const line of text.split('\n').filter(Boolean)) {
        try {
          const { key, reference } = JSON.parse(line);
          answers.set(key, Promise.resolve({ status: 201, body: { reference } }));
        } catch {
          // A torn last line from a crash: the submission was never acknowledged.
        }
      }
    })
    .catch(() => undefined);

  /** Appends one record and fsyncs it, one write at a time. */
  function append(record) {
    written = written.then(async () => {
      await mkdir(dataDir, { recursive: true });
      const handle = await open(file, 'a');
      try {
        await handle.write(`${JSON.stringify(record)}\n`);
        await handle.sync();
      } finally {
        await handle.close();
      }
    });
    return written;
  }

  /** A demonstration failure for this attempt, from `?fail=` or X-Demo-Fail. */
  function demoFailure(request, url, key) {
    const [mode, times = '1'] = (url.searchParams.get('fail') ?? request.headers['x-demo-fail'] ?? '').split(':');
    if (!mode) return undefined;
    const attempt = (attemptsByKey.get(key) ?? 0) + 1;
    attemptsByKey.set(key, attempt);
    return attempt <= Number(times) ? mode : undefined;
  }

  async function accept(body, key) {
    const reference = `${prefix}${String(answers.size + 1).padStart(6, '0')}`;
    await append({ key, reference, receivedAt: new Date().toISOString(), body });
    return { status: 201, body: { reference } };
  }

  return async function intake(request, response, url) {
    if (url.pathname !== path) return false;
    await loaded;
    if (request.method !== 'POST') {
      send(response, 405, { message: `POST ${name} as JSON` }, { Allow: 'POST' });
      return true;
    }
    const key = request.headers['idempotency-key'];
    if (!String(request.headers['content-type']).startsWith('application/json') || !key) {
      send(response, 400, { message: 'Send JSON with an Idempotency-Key header' });
      return true;
    }
    let body;
    try {
      body = await readBody(request);
    } catch {
      send(response, 400, { message: 'The body is not JSON, or is over 64 kB' });
      return true;
    }
    const failure = demoFailure(request, url, key);
    if (failure === '503') return (send(response, 503, { message: 'Demo: unavailable' }, { 'Retry-After': '2' }), true);
    if (failure === '429') return (send(response, 429, { message: 'Demo: slow down' }, { 'Retry-After': '3' }), true);
    if (failure === '400') return (send(response, 400, { message: 'Demo: not accepted' }), true);
    if (failure === '422')
      return (
        send(response, 422, { errors: [{ field: 'email', message: 'Demo: we cannot email this address' }] }),
        true
      );
    const errors = [...problemsOf(body), ...submittedAtProblems(body)];
    if (errors.length > 0) return (send(response, 422, { errors }), true);
    if (!answers.has(key)) answers.set(key, accept(body, key));
    const answer = await answers.get(key).catch(() => {
      answers.delete(key);
      return { status: 503, body: { message: `Could not store the ${name}; try again` } };
    });
    // A hang stores first, then answers too late: the retry must get the same reference.
    if (failure === 'hang') await new Promise((resolve) => setTimeout(resolve, 30_000));
    send(response, answer.status, answer.body);
    return true;
  };
}

export default createIntake({
  path: '/api/complaints',
  name: 'complaints',
  prefix: 'NDC-2026-',
  problemsOf: complaintProblems,
});
