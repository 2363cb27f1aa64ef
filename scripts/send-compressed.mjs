// How the demo server answers with a file's contents, as a real host would: brotli or gzip by the
// request's Accept-Encoding (for text over 1 KB), a strong ETag with 304 Not Modified for a copy
// the browser already has, and `Cache-Control: no-cache` (use the copy, but ask first), since the
// demo's files change whenever src/ or docs/demo/ is edited.
import { createHash } from 'node:crypto';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const compressible = /^(text\/|application\/(json|javascript|manifest\+json)|image\/svg\+xml)/;
/** Compressed bodies by ETag and encoding: each version of a file is compressed once. */
const compressed = new Map();

/** The encoding to answer with: brotli, else gzip, else none (q=0 refuses one). */
export function chooseEncoding(acceptEncoding = '') {
  const accepted = new Map(
    acceptEncoding.split(',').map((part) => {
      const [name, ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)/.exec(p)).find(Boolean);
      return [name, q ? Number(q[1]) : 1];
    }),
  );
  const allows = (name) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0;
  return ['br', 'gzip'].find(allows);
}

function compress(body, encoding, etag) {
  const key = `${etag}|${encoding}`;
  if (!compressed.has(key))
    compressed.set(
      key,
      encoding === 'br'
        ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
        : gzipSync(body, { level: 9 }),
    );
  return compressed.get(key);
}

/** Answers `request` with `body` (a Buffer or Uint8Array) of `type`, compressed and cacheable. */
export function sendCompressed(request, response, body, type) {
  const etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
  const headers = { 'Content-Type': type, 'Cache-Control': 'no-cache', ETag: etag, Vary: 'Accept-Encoding' };
  const known = (request.headers['if-none-match'] ?? '').split(',').map((tag) => tag.trim().replace(/^W\//, ''));
  if (known.includes(etag)) return response.writeHead(304, headers).end();
  const encoding = compressible.test(type) && body.length > 1024 && chooseEncoding(request.headers['accept-encoding']);
  const sent = encoding ? compress(Buffer.from(body), encoding, etag) : body;
  if (encoding) headers['Content-Encoding'] = encoding;
  response.writeHead(200, { ...headers, 'Content-Length': sent.length });
  response.end(request.method === 'HEAD' ? undefined : sent);
}
