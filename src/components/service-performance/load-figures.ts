import { figuresFormat, readFigures, type PerformanceFigures } from '../../core/performance-figures.js';

/** A figures file that could not be fetched. */
export class FiguresNetworkError extends Error {
  constructor(detail: string) {
    super(`service-performance: ${detail}`);
    this.name = 'FiguresNetworkError';
  }
}

/**
 * Fetches performance figures without cookies and reads them as CSV or JSON (the
 * content type decides, else a `.csv` extension). Unreadable files throw FiguresReadError.
 */
export async function fetchFigures(src: string, signal: AbortSignal): Promise<PerformanceFigures> {
  let response: Response;
  try {
    response = await fetch(src, { signal, credentials: 'omit', headers: { Accept: 'application/json, text/csv' } });
  } catch (error) {
    if (signal.aborted) throw error;
    throw new FiguresNetworkError(`could not fetch ${src}: ${(error as Error).message}`);
  }
  if (!response.ok) throw new FiguresNetworkError(`${src} answered ${response.status} ${response.statusText}`);
  const format = figuresFormat(response.headers.get('content-type'), new URL(src, document.baseURI).pathname);
  return readFigures(await response.text(), format);
}
