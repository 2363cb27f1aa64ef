// The demo server (`npm start`) answers any malformed request with 400 and keeps serving.
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { after, it } from 'node:test';
import { startDemoServer } from '../../scripts/demo-server.mjs';

const server = await startDemoServer(0);
const { port } = server.address();
after(() => server.close());

/** A raw GET with the path sent exactly as given (fetch would normalise it). */
const get = (path) =>
  new Promise((resolve, reject) => {
    const req = request({ port, path, method: 'GET' }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode));
    });
    req.on('error', reject);
    req.end();
  });

it('answers 400 to malformed escapes and keeps serving', async () => {
  for (const path of ['/%E0%A4%A', '/samples/%', '/dist/%ZZ', '/schema/%E0%A4%A.json', '/%C0%AF']) {
    assert.equal(await get(path), 400, path);
  }
  assert.equal(await get('/samples/district-council.json'), 200);
});
