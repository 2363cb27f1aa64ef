import { freshForMs, retryAfterMs } from '../../core/backoff.js';
import { cappedText } from '../../core/capped-text.js';
import { parseFeedText } from '../../core/feed.js';
import { MAX_SSE_CHARS } from '../../core/sse-parser.js';
import { FeedConnection, LONGEST_FEED_WAIT_MS } from './feed-connection.js';

/**
 * HTTP polling: If-None-Match with the last ETag (a 304 costs the server almost
 * nothing), the next poll when Cache-Control max-age says the answer goes stale (never
 * sooner than `pollMs`, never later than a day), Retry-After honoured (up to a day), and
 * no request while the page is hidden.
 */
export class PollConnection extends FeedConnection {
  private etag?: string;
  /** When the next poll is due (ms since the epoch). */
  private dueAt = 0;

  protected open(): void {
    this.poll();
  }

  protected override visibilityChanged(): void {
    super.visibilityChanged();
    if (document.hidden) this.cancelTimer();
    else if (!this.requestOpen) this.schedule(Math.max(0, this.dueAt - this.options.clock.now()), this.poll);
  }

  /** Schedules the next poll; one that comes due while hidden waits for the page to be shown. */
  private after(delay: number): void {
    this.dueAt = this.options.clock.now() + Math.min(delay, LONGEST_FEED_WAIT_MS);
    if (!document.hidden) this.schedule(delay, this.poll);
  }

  private poll = async (): Promise<void> => {
    if (this.closed || document.hidden || this.requestOpen) return;
    const request = this.startRequest();
    try {
      const response = await fetch(this.url, {
        headers: this.etag ? { 'If-None-Match': this.etag } : {},
        cache: 'no-store',
        credentials: 'omit',
        signal: request.signal,
      });
      const fresh = freshForMs(response.headers.get('Cache-Control'), response.headers.get('Age'));
      const next = Math.max(this.options.pollMs, fresh ?? 0);
      if (response.status === 304 && this.snapshot.feed) {
        this.succeed(this.snapshot.feed);
        return this.after(next);
      }
      if (!response.ok) {
        const retryAfter = retryAfterMs(response.headers.get('Retry-After'), this.options.clock.now());
        return this.failAndRetry(`HTTP ${response.status}`, retryAfter);
      }
      // A feed document is a few hundred characters; a streamed event may hold as many as this.
      const text = await cappedText(response, MAX_SSE_CHARS);
      if (text === undefined) return this.failAndRetry(`the feed is over ${MAX_SSE_CHARS} characters`);
      const reading = parseFeedText(text);
      if (!reading.feed) return this.failAndRetry(reading.error);
      this.etag = response.headers.get('ETag') ?? undefined;
      this.succeed(reading.feed);
      this.after(next);
    } catch {
      if (!this.closed) this.failAndRetry(request.timedOut() ? 'no answer in time' : 'network error');
    } finally {
      request.done();
    }
  };

  private failAndRetry(error: string, retryAfter?: number): void {
    this.after(this.fail(error, retryAfter));
  }
}
