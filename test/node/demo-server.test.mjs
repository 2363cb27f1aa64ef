// `npm start` without `npm run build`: the demo server bundles the elements from src/ itself,
// says what it is doing, and serves everything the demo page asks for.
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { after, before, it } from 'node:test';
import { startDemoServer } from './support/demo-server.mjs';

let demo;
let startedAt;
before(async () => {
  startedAt = performance.now();
  demo = await startDemoServer();
});
after(() => demo.child.kill());

const get = (path, init) => fetch(`http://localhost:${demo.port}${path}`, init);

/** The path of the chunk the demo's loader imports for `tag`. */
async function chunkOf(tag) {
  const loader = await (await get('/service-charter.js')).text();
  const path = loader.match(new RegExp(`"${tag}":\\(\\)=>import\\("\\.(/chunks/[^"]+)"\\)`))?.[1];
  assert.ok(path, `the loader imports a chunk for <${tag}>`);
  return path;
}

it('says what it is doing, and serves the CDN loader and the elements bundled from src/', async () => {
  assert.match(demo.printed(), /bundling the elements from src\/ with esbuild/);
  const response = await get('/service-charter.js');
  assert.equal(response.status, 200);
  assert.match(response.headers.get('content-type'), /text\/javascript/);
  assert.match(await response.text(), /sourceMappingURL=service-charter\.js\.map/);
  assert.equal((await get('/service-charter.js.map')).status, 200);
  for (const tag of ['service-charter', 'service-hours', 'service-complaint-form']) {
    const chunk = await get(await chunkOf(tag));
    assert.equal(chunk.status, 200, tag);
    assert.match(await chunk.text(), new RegExp(`\\("${tag}",`)); // defineElement("tag", Class), minified
  }
  assert.equal((await get('/chunks/nothing-here.js')).status, 404);
  console.log(`# demo ready with its elements ${Math.round(performance.now() - startedAt)} ms after start`);
});

it('serves every script, style, sample and icon the demo page and its script name', async () => {
  const page = await (await get('/')).text();
  const script = await (await get('/demo.js')).text();
  const assets = [
    ...[...page.matchAll(/(?:src|href|privacy-notice)="(\/[^"?#]*)"/g)].map((m) => m[1]),
    ...[...script.matchAll(/import\('(\/[^']+)'\)/g)].map((m) => m[1]),
  ];
  assert.ok(assets.includes('/service-charter.js') && assets.includes('/demo.css') && assets.includes('/privacy.html'));
  for (const asset of [...new Set(assets), '/samples/district-council.json', '/samples/welsh-council.json'])
    assert.equal((await get(asset)).status, 200, asset);
});

it('answers /favicon.ico with the demo icon, not a 404', async () => {
  const response = await get('/favicon.ico');
  assert.equal(response.status, 200);
  assert.equal(response.headers.get('content-type'), 'image/svg+xml');
  assert.ok(response.redirected);
});

/** A raw GET with the path sent exactly as given (fetch would normalise it). */
const rawGet = (path) =>
  new Promise((resolve, reject) => {
    const req = request({ port: demo.port, path, method: 'GET' }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode));
    });
    req.on('error', reject);
    req.end();
  });

/** A raw GET with the given headers: the body as sent (not decompressed) and the response headers. */
const rawFetch = (path, headers = {}) =>
  new Promise((resolve, reject) => {
    const req = request({ port: demo.port, path, headers }, (response) => {
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode, headers: response.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', reject);
    req.end();
  });

it('sends the elements compressed by Accept-Encoding, with an ETag that answers 304', async () => {
  const charterChunk = await chunkOf('service-charter');
  const plain = await rawFetch(charterChunk);
  assert.equal(plain.headers['content-encoding'], undefined);
  const br = await rawFetch(charterChunk, { 'Accept-Encoding': 'gzip, deflate, br' });
  assert.equal(br.headers['content-encoding'], 'br');
  assert.deepEqual(brotliDecompressSync(br.body), plain.body);
  assert.ok(br.body.length < plain.body.length / 3, `${br.body.length} bytes of ${plain.body.length}`);
  const gzip = await rawFetch(charterChunk, { 'Accept-Encoding': 'gzip, br;q=0' });
  assert.equal(gzip.headers['content-encoding'], 'gzip');
  assert.deepEqual(gunzipSync(gzip.body), plain.body);
  for (const answer of [plain, br, gzip]) {
    assert.equal(answer.headers.vary, 'Accept-Encoding');
    assert.equal(answer.headers['cache-control'], 'no-cache');
    assert.equal(answer.headers.etag, plain.headers.etag);
  }
  const again = await rawFetch(charterChunk, { 'If-None-Match': plain.headers.etag });
  assert.equal(again.status, 304);
  assert.equal(again.body.length, 0);
  console.log(`# demo charter chunk: ${plain.body.length} bytes, ${gzip.body.length} gzip, ${br.body.length} brotli`);
});

it('sends pages, styles and samples compressed and cacheable too', async () => {
  for (const path of ['/', '/demo.css', '/demo.js', '/samples/district-council.json']) {
    const answer = await rawFetch(path, { 'Accept-Encoding': 'br' });
    assert.equal(answer.status, 200, path);
    assert.ok(answer.headers.etag, path);
    if (Number(answer.headers['content-length']) > 0 && answer.headers['content-encoding'])
      assert.ok(brotliDecompressSync(answer.body).length > 1024, path);
    assert.equal((await rawFetch(path, { 'If-None-Match': answer.headers.etag })).status, 304, path);
  }
});

it('answers 400 to malformed escapes and keeps serving', async () => {
  for (const path of ['/%E0%A4%A', '/samples/%', '/dist/%ZZ', '/schema/%E0%A4%A.json', '/%C0%AF']) {
    assert.equal(await rawGet(path), 400, path);
  }
  assert.equal(await rawGet('/samples/district-council.json'), 200);
});
