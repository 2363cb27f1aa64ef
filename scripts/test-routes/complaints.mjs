/**
 * A real complaints endpoint for the browser tests, under /test-api/complaints/ (and the same
 * intake for ratings under /test-api/feedback/, see feedback.mjs).
 * `submit` stores each submission once per Idempotency-Key (a repeat gets the first answer)
 * and answers according to a plan the test sets with `plan` (one step per attempt):
 * `ok`, `503`, `429` (Retry-After: 1), `400`, `422` (field errors), `huge` (stores, with a
 * 10 MB reference), `endless` (stores, then answers 201 with a body that never ends, its
 * bytes counted in the attempt's `bytes`), `hang` (stores, then
 * answers after 1.5 s, past the test's timeout), `refuse` (drops the connection, as when
 * offline), `problem:<status>` (an `application/problem+json` body with `title` and `detail`)
 * or `plain:<status>` (a text body, no JSON). `state` reports what arrived; `reset` forgets everything.
 */
import { answerEndlessly } from '../endless-body.mjs';

const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function readJson(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return JSON.parse(Buffer.concat(chunks).toString('utf8') || 'null');
}

function answer(ctx, status, body, headers = {}) {
  ctx.status = status;
  for (const [name, value] of Object.entries(headers)) ctx.set(name, value);
  ctx.type = 'application/json';
  ctx.body = JSON.stringify(body);
}

/** Registers one intake's reset, plan, state and submit routes under /test-api/`prefix`/; `fieldErrors` answer a `422` step. */
export function intakeRoutes(route, prefix, fieldErrors) {
  const state = { plan: [], attempts: [], stored: new Map() };
  route(`${prefix}/reset`, (ctx) => {
    state.plan = [];
    state.attempts = [];
    state.stored.clear();
    answer(ctx, 200, { ok: true });
  });

  route(`${prefix}/plan`, async (ctx) => {
    state.plan = await readJson(ctx.req);
    answer(ctx, 200, { plan: state.plan });
  });

  route(`${prefix}/state`, (ctx) =>
    answer(ctx, 200, {
      attempts: state.attempts,
      stored: [...state.stored.entries()].map(([key, { body, reference }]) => ({
        key,
        body,
        reference: reference.length > 100 ? `${reference.slice(0, 100)}… (${reference.length} characters)` : reference,
      })),
    }),
  );

  route(`${prefix}/submit`, async (ctx) => {
    const key = ctx.get('Idempotency-Key');
    const step = state.plan.shift() ?? 'ok';
    state.attempts.push({ key, step, contentType: ctx.get('Content-Type'), csrf: ctx.get('X-CSRF-Token') });
    // Drop the connection after the first bytes of an answer: a connection closed before any
    // byte arrives on a reused socket is silently resent by Chromium, which would hide the
    // failure from the element and make the attempts counted here depend on socket reuse.
    // A dropped connection that has already sent a few bytes: a socket closed before any byte
    // arrives is silently resent by Chromium when it was reused, which would hide the failure
    // from the element and make the attempts counted here depend on socket reuse.
    if (step === 'refuse') {
      ctx.respond = false;
      return ctx.req.socket.end('DROPPED\r\n\r\n');
    }
    const body = await readJson(ctx.req).catch(() => undefined);
    if (ctx.method !== 'POST' || !key || !ctx.get('Content-Type').startsWith('application/json') || !body)
      return answer(ctx, 400, { message: 'POST JSON with an Idempotency-Key' });
    if (step === '503') return answer(ctx, 503, { message: 'down for maintenance' });
    if (step === '429') return answer(ctx, 429, { message: 'slow down' }, { 'Retry-After': '1' });
    if (step === '400') return answer(ctx, 400, { message: 'not accepted' });
    if (step === '422') return answer(ctx, 422, { errors: fieldErrors });
    const [form, status] = step.split(':');
    if (form === 'problem') {
      answer(ctx, Number(status), {
        type: 'about:blank',
        title: 'Not accepted',
        status: Number(status),
        detail: `Refused with ${status}`,
      });
      return (ctx.type = 'application/problem+json');
    }
    if (form === 'plain') {
      ctx.status = Number(status);
      ctx.type = 'text/plain';
      return (ctx.body = 'Refused');
    }
    if (!state.stored.has(key)) {
      const serial = `TEST-${state.stored.size + 1}`;
      state.stored.set(key, { body, reference: step === 'huge' ? serial + 'X'.repeat(10_000_000) : serial });
    }
    const { reference } = state.stored.get(key);
    if (step === 'endless') {
      const attempt = Object.assign(state.attempts.at(-1), { bytes: 0 });
      ctx.status = 201;
      return answerEndlessly(ctx, (bytes) => (attempt.bytes += bytes));
    }
    if (step === 'hang') await delay(1500);
    answer(ctx, 201, { reference });
  });
}

export default (route) =>
  intakeRoutes(route, 'complaints', [
    { field: 'email', message: 'We cannot send email to this address' },
    { field: 'details', message: 'Tell us a little more' },
  ]);
