import type { Clock } from '../context/clock.js';

/** How long a document may take to arrive, its answer and its body, before it counts as lost. */
export const DOCUMENT_WAIT_MS = 30_000;

/**
 * Fetches a document without cookies and returns its text and content type. A failed
 * connection, a non-2xx answer or no whole answer within `DOCUMENT_WAIT_MS` (timed by `clock`,
 * so a server that never answers cannot hold a charter in its loading state) is described in
 * words ("could not be fetched: …", "answered 404 Not Found") and thrown as the error `fail`
 * makes of them; an abort through `signal` is rethrown as it is.
 */
export async function fetchText(
  src: string,
  accept: string,
  fail: (reason: string) => Error,
  clock: Clock,
  signal?: AbortSignal,
): Promise<{ text: string; contentType: string | null }> {
  const request = new AbortController();
  const stop = () => request.abort();
  signal?.addEventListener('abort', stop);
  const cancel = clock.setTimer(stop, DOCUMENT_WAIT_MS);
  let response: Response;
  try {
    response = await fetch(src, { signal: request.signal, credentials: 'omit', headers: { Accept: accept } });
    if (response.ok) return { text: await response.text(), contentType: response.headers.get('content-type') };
  } catch (error) {
    if (signal?.aborted) throw error;
    throw fail(
      request.signal.aborted
        ? `did not answer within ${DOCUMENT_WAIT_MS / 1000} seconds`
        : `could not be fetched: ${(error as Error).message}`,
    );
  } finally {
    cancel();
  }
  throw fail(`answered ${response.status} ${response.statusText}`.trim());
}
