// The demo's complaint intake: durable, idempotent across restarts, failing on request.
import assert from 'node:assert/strict';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { it } from 'node:test';
import { startDemoServer } from './support/demo-server.mjs';

const dataDir = await mkdtemp(join(tmpdir(), 'complaints-'));
const start = () => startDemoServer({ DEMO_DATA_DIR: dataDir });

const post = (port, key, body, query = '') =>
  fetch(`http://localhost:${port}/api/complaints${query}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key },
    body: JSON.stringify(body),
  });

const complaint = { kind: 'complaint', submittedAt: '2026-11-24T10:00:00Z', details: 'Missed bin' };

it('stores once per Idempotency-Key, also after a restart, and fails on request first', async () => {
  let { child, port } = await start();
  try {
    const failed = await post(port, 'k1', complaint, '?fail=503:1');
    assert.equal(failed.status, 503);
    assert.equal(failed.headers.get('retry-after'), '2');
    const first = await post(port, 'k1', complaint, '?fail=503:1');
    assert.equal(first.status, 201);
    const { reference } = await first.json();
    assert.equal(reference, 'NDC-2026-000001');
    assert.deepEqual(await (await post(port, 'k1', complaint)).json(), { reference });
    const invalid = await post(port, 'k2', { kind: 'rant' });
    assert.equal(invalid.status, 422);
    assert.deepEqual(
      (await invalid.json()).errors.map((e) => e.field),
      ['kind', 'details', 'submittedAt'],
    );
    child.kill();
    ({ child, port } = await start());
    assert.deepEqual(await (await post(port, 'k1', complaint)).json(), { reference });
    const lines = (await readFile(join(dataDir, 'complaints.jsonl'), 'utf8')).trim().split('\n');
    assert.equal(lines.length, 1);
    assert.equal(JSON.parse(lines[0]).body.details, 'Missed bin');
  } finally {
    child.kill();
  }
});

it('keeps ratings in their own file at /api/feedback, as durably and idempotently', async () => {
  const rate = (port, key, body) =>
    fetch(`http://localhost:${port}/api/feedback`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key },
      body: JSON.stringify(body),
    });
  const rating = { kind: 'feedback', submittedAt: '2026-11-24T10:00:00Z', subject: { promise: 'p' }, answer: 'no' };
  let { child, port } = await start();
  try {
    const first = await rate(port, 'f1', rating);
    assert.equal(first.status, 201);
    const { reference } = await first.json();
    assert.equal(reference, 'FB-2026-000001');
    const invalid = await rate(port, 'f2', { kind: 'feedback', answer: 'maybe', comment: 'x'.repeat(1201) });
    assert.deepEqual(
      (await invalid.json()).errors.map((e) => e.field),
      ['answer', 'comment', 'submittedAt'],
    );
    child.kill();
    ({ child, port } = await start());
    assert.deepEqual(await (await rate(port, 'f1', rating)).json(), { reference });
    const lines = (await readFile(join(dataDir, 'feedback.jsonl'), 'utf8')).trim().split('\n');
    assert.deepEqual(
      lines.map((line) => JSON.parse(line).body.answer),
      ['no'],
    );
  } finally {
    child.kill();
  }
});
