/**
 * Fetches a document without cookies and returns its text and content type. A failed
 * connection or a non-2xx answer is described in words ("could not fetch …", "… answered
 * 404 Not Found") and thrown as the error `fail` makes of them; an abort is rethrown as it is.
 */
export async function fetchText(
  src: string,
  accept: string,
  signal: AbortSignal,
  fail: (detail: string) => Error,
): Promise<{ text: string; contentType: string | null }> {
  let response: Response;
  try {
    response = await fetch(src, { signal, credentials: 'omit', headers: { Accept: accept } });
  } catch (error) {
    if (signal.aborted) throw error;
    throw fail(`could not fetch ${src}: ${(error as Error).message}`);
  }
  if (!response.ok) throw fail(`${src} answered ${response.status} ${response.statusText}`);
  return { text: await response.text(), contentType: response.headers.get('content-type') };
}
