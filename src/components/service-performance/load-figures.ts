import type { Clock } from '../../context/clock.js';
import { fetchText } from '../fetch-text.js';
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
export async function fetchFigures(src: string, signal: AbortSignal, clock: Clock): Promise<PerformanceFigures> {
  const { text, contentType } = await fetchText(
    src,
    'application/json, text/csv',
    (reason) => new FiguresNetworkError(`${src} ${reason}`),
    clock,
    signal,
  );
  return readFigures(text, figuresFormat(contentType, new URL(src, document.baseURI).pathname));
}
