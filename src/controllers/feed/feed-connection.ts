import { backoffDelay, DEFAULT_BACKOFF, type BackoffPolicy } from '../../core/backoff.js';
import type { FeedTransport } from '../../core/charter-types.js';
import type { FeedDocument } from '../../core/feed.js';

/** connecting: nothing received yet; live: the last attempt worked; retrying: it failed, another is due. */
export type FeedStatus = 'connecting' | 'live' | 'retrying';

/** What subscribers of a feed see; replaced, never mutated. */
export interface FeedSnapshot {
  status: FeedStatus;
  /** The last valid document received, kept through failures. */
  feed?: FeedDocument;
  /** Why the last attempt failed, for the web team's console. */
  error?: string;
  /** Failures in a row (0 after a success). */
  failures: number;
}

export type FeedListener = (snapshot: FeedSnapshot) => void;

/** How a feed is fetched. Every field has a default; the first subscriber's options are used. */
export interface FeedOptions {
  transport: FeedTransport;
  /** Time between polls when the feed sends no Cache-Control max-age (ms). */
  pollMs: number;
  /** A request with no answer (poll) or no response headers (stream) by then is abandoned (ms). */
  timeoutMs: number;
  /** Reconnection delay for a dropped stream when the server sent no `retry:` (ms). */
  reconnectMs: number;
  backoff: BackoffPolicy;
  /** [0, 1) source for the backoff jitter. */
  random: () => number;
}

export const DEFAULT_FEED_OPTIONS: FeedOptions = {
  transport: 'poll',
  pollMs: 30_000,
  timeoutMs: 10_000,
  reconnectMs: 3000,
  backoff: DEFAULT_BACKOFF,
  random: Math.random,
};

/**
 * One live connection to a feed URL, shared by every subscriber on the page. Holds at
 * most one timer and one request; `close` cancels both.
 */
export abstract class FeedConnection {
  snapshot: FeedSnapshot = { status: 'connecting', failures: 0 };
  /** True while a request or stream is open. */
  requestOpen = false;
  protected closed = false;
  protected abort?: AbortController;
  private listeners = new Set<FeedListener>();
  private timer?: ReturnType<typeof setTimeout>;

  constructor(
    readonly url: string,
    protected readonly options: FeedOptions,
  ) {}

  /** Starts fetching: called once, when the first subscriber arrives. */
  abstract start(): void;

  get timerPending(): boolean {
    return this.timer !== undefined;
  }

  get subscribers(): number {
    return this.listeners.size;
  }

  add(listener: FeedListener): void {
    this.listeners.add(listener);
    this.notify(listener);
  }

  /** Removes a subscriber; returns how many remain. */
  remove(listener: FeedListener): number {
    this.listeners.delete(listener);
    return this.listeners.size;
  }

  /** Stops for good: no request, no timer, no listener is left behind. */
  close(): void {
    this.closed = true;
    this.cancelTimer();
    this.abort?.abort();
    this.listeners.clear();
  }

  protected publish(snapshot: FeedSnapshot): void {
    this.snapshot = snapshot;
    for (const listener of this.listeners) this.notify(listener);
  }

  protected succeed(feed: FeedDocument): void {
    if (this.snapshot.status === 'live' && this.snapshot.feed === feed) return;
    this.publish({ status: 'live', feed, failures: 0 });
  }

  /** Records a failure; returns the delay before a retry: full-jitter backoff, or Retry-After if longer. */
  protected fail(error: string, retryAfter = 0): number {
    const failures = this.snapshot.failures + 1;
    console.warn(`service-charter: feed ${this.url}: ${error}`);
    this.publish({ ...this.snapshot, status: 'retrying', error, failures });
    return Math.max(backoffDelay(failures - 1, this.options.backoff, this.options.random), retryAfter);
  }

  protected schedule(delay: number, run: () => void): void {
    this.cancelTimer();
    if (this.closed) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      run();
    }, delay);
  }

  protected cancelTimer(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** A fresh AbortController for the next request, aborted by `close` or after `timeoutMs`. */
  protected startRequest(): { signal: AbortSignal; timedOut: () => boolean; done: () => void } {
    const abort = (this.abort = new AbortController());
    let timedOut = false;
    const timeout = setTimeout(() => {
      timedOut = true;
      abort.abort();
    }, this.options.timeoutMs);
    this.requestOpen = true;
    return {
      signal: abort.signal,
      timedOut: () => timedOut,
      done: () => {
        clearTimeout(timeout);
        this.requestOpen = false;
      },
    };
  }

  private notify(listener: FeedListener): void {
    try {
      listener(this.snapshot);
    } catch (error) {
      console.error(error);
    }
  }
}
