import { retryAfterMs } from '../../core/backoff.js';
import { parseFeedText } from '../../core/feed.js';
import { SseParser } from '../../core/sse-parser.js';
import { FeedConnection } from './feed-connection.js';

/**
 * Server-Sent Events read from a fetch stream, so that a reconnection sends
 * Last-Event-ID itself and follows the server's `retry:`; a stream that fails to open
 * backs off like a failed poll. Each `data:` carries a whole feed document.
 */
export class SseConnection extends FeedConnection {
  private lastEventId = '';
  private retryMs?: number;

  start(): void {
    void this.connect();
  }

  private connect = async (): Promise<void> => {
    if (this.closed) return;
    const request = this.startRequest();
    const parser = new SseParser();
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
        const retryAfter = retryAfterMs(response.headers.get('Retry-After'), Date.now());
        await response.body?.cancel();
        return this.schedule(this.fail(`HTTP ${response.status} ${type}`, retryAfter), this.connect);
      }
      request.done(); // the stream may stay quiet as long as it likes
      this.requestOpen = true;
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
        for (const event of parser.push(chunk.value)) {
          if (event.type !== 'message') continue;
          received++;
          this.receive(event.data, event.lastEventId);
        }
        this.retryMs = parser.retryMs ?? this.retryMs;
      }
      this.requestOpen = false;
      // The server ended the stream: reconnect as EventSource would, or back off if it sent nothing.
      if (received > 0) this.schedule(this.retryMs ?? this.options.reconnectMs, this.connect);
      else this.schedule(this.fail('the stream ended before any event', this.retryMs), this.connect);
    } catch {
      if (!this.closed)
        this.schedule(this.fail(request.timedOut() ? 'no answer in time' : 'stream lost'), this.connect);
    } finally {
      request.done();
    }
  };

  /** Takes one event's document; a bad one is logged and skipped, and not asked for again. */
  private receive(data: string, eventId: string): void {
    this.lastEventId = eventId;
    const reading = parseFeedText(data);
    if (reading.feed) this.succeed(reading.feed);
    else console.warn(`service-charter: feed ${this.url}: event ${eventId}: ${reading.error}`);
  }
}
