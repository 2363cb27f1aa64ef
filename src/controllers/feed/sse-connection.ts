import { retryAfterMs } from '../../core/backoff.js';
import { parseFeedText } from '../../core/feed.js';
import { SseParser } from '../../core/sse-parser.js';
import { FeedConnection } from './feed-connection.js';

/** No reconnection comes sooner than this after a stream ends or fails, whatever the server's `retry:`. */
export const MIN_RECONNECT_MS = 1000;

/** A stream that stayed open at least this long ended normally; a shorter one counts towards backoff. */
const STEADY_STREAM_MS = 10_000;

/**
 * Server-Sent Events read from a fetch stream, so that a reconnection sends
 * Last-Event-ID itself and follows the server's `retry:` (never sooner than
 * `MIN_RECONNECT_MS`); a stream that fails to open backs off like a failed poll, and one
 * that keeps closing soon after it opens waits twice as long each time, up to the backoff
 * cap. Each `data:` carries a whole feed document; a line or event too long to hold drops
 * the stream. While the page is hidden the stream stays open but nothing re-renders.
 */
export class SseConnection extends FeedConnection {
  private lastEventId = '';
  private retryMs?: number;
  /** Streams in a row that ended within `STEADY_STREAM_MS` of opening. */
  private shortStreams = 0;

  protected open(): void {
    void this.connect();
  }

  /** Schedules the next connection, never sooner than the floor. */
  private reconnectAfter(delay: number): void {
    this.schedule(Math.max(MIN_RECONNECT_MS, delay), this.connect);
  }

  private connect = async (): Promise<void> => {
    if (this.closed) return;
    const request = this.startRequest();
    const parser = new SseParser();
    const clock = this.options.clock;
    let received = 0;
    try {
      const headers: Record<string, string> = { Accept: 'text/event-stream' };
      if (this.lastEventId) headers['Last-Event-ID'] = this.lastEventId;
      const response = await fetch(this.url, {
        headers,
        cache: 'no-store',
        credentials: 'omit',
        signal: request.signal,
      });
      const type = response.headers.get('Content-Type') ?? '';
      if (!response.ok || !response.body || !type.startsWith('text/event-stream')) {
        const retryAfter = retryAfterMs(response.headers.get('Retry-After'), clock.now());
        await response.body?.cancel();
        return this.reconnectAfter(this.fail(`HTTP ${response.status} ${type}`, retryAfter));
      }
      request.done(); // the stream may stay quiet as long as it likes
      this.requestOpen = true;
      const openedAt = clock.now();
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      try {
        for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
          received += this.receive(parser.push(chunk.value));
          this.retryMs = parser.retryMs ?? this.retryMs;
        }
      } catch (error) {
        if (!(error instanceof RangeError)) throw error;
        await reader.cancel();
        this.requestOpen = false;
        return this.reconnectAfter(this.fail(`${error.message}: stream dropped`, this.retryMs));
      }
      this.requestOpen = false;
      this.shortStreams = clock.now() - openedAt < STEADY_STREAM_MS ? this.shortStreams + 1 : 0;
      // The server ended the stream: reconnect as EventSource would, or back off if it sent nothing.
      if (received > 0) this.reconnectAfter(this.streamEndedDelay());
      else this.reconnectAfter(this.fail('the stream ended before any event', this.retryMs));
    } catch {
      if (!this.closed) this.reconnectAfter(this.fail(request.timedOut() ? 'no answer in time' : 'stream lost'));
    } finally {
      request.done();
    }
  };

  /** The server's `retry:` (or `reconnectMs`, at least the floor), doubled for each short-lived stream in a row after the first, up to the backoff cap. */
  private streamEndedDelay(): number {
    const retry = Math.max(MIN_RECONNECT_MS, this.retryMs ?? this.options.reconnectMs);
    const doubled = retry * 2 ** Math.min(Math.max(0, this.shortStreams - 1), 30);
    return Math.min(doubled, Math.max(retry, this.options.backoff.capMs));
  }

  /**
   * Takes the message events of one chunk and publishes the last good document (a flood of
   * events costs one re-render per chunk); a bad one is logged and skipped, and not asked
   * for again. Returns how many message events there were.
   */
  private receive(events: { type: string; data: string; lastEventId: string }[]): number {
    const messages = events.filter((event) => event.type === 'message');
    let latest;
    for (const { data, lastEventId } of messages) {
      this.lastEventId = lastEventId;
      const reading = parseFeedText(data);
      if (reading.feed) latest = reading.feed;
      else console.warn(`service-charter: feed ${this.url}: event ${lastEventId}: ${reading.error}`);
    }
    if (latest) this.succeed(latest);
    return messages.length;
  }
}
