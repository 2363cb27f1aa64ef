import { backoffDelay, DEFAULT_BACKOFF, type BackoffPolicy } from '../../core/backoff.js';
import type { FeedTransport } from '../../core/charter-types.js';
import type { FeedDocument } from '../../core/feed.js';
import { LONGEST_TIMER_MS, systemClock, type Clock } from '../../context/clock.js';

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
  /** The time and timers the connection uses (the element's clock). */
  clock: Clock;
}

/** No wait between two requests is longer than this, whatever max-age or Retry-After say: one day. */
export const LONGEST_FEED_WAIT_MS = LONGEST_TIMER_MS;

export const DEFAULT_FEED_OPTIONS: FeedOptions = {
  transport: 'poll',
  pollMs: 30_000,
  timeoutMs: 10_000,
  reconnectMs: 3000,
  backoff: DEFAULT_BACKOFF,
  random: Math.random,
  clock: systemClock,
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
  private cancelWait?: () => void;
  private readonly onVisibility = (): void => this.visibilityChanged();
  /** A snapshot published while the page was hidden, handed to the listeners when it is shown. */
  private heldWhileHidden = false;

  constructor(
    readonly url: string,
    protected readonly options: FeedOptions,
  ) {}

  /** Starts fetching: called once, when the first subscriber arrives. */
  start(): void {
    document.addEventListener('visibilitychange', this.onVisibility);
    this.open();
  }

  /** Makes the first request or opens the stream. */
  protected abstract open(): void;

  get timerPending(): boolean {
    return this.cancelWait !== undefined;
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
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.closed = true;
    this.cancelTimer();
    this.abort?.abort();
    this.listeners.clear();
  }

  /** Hands a new snapshot to the listeners; while the page is hidden only the latest is kept, so nothing re-renders. */
  protected publish(snapshot: FeedSnapshot): void {
    this.snapshot = snapshot;
    this.heldWhileHidden = document.hidden;
    if (!this.heldWhileHidden) for (const listener of this.listeners) this.notify(listener);
  }

  /** Shown again: the listeners get what arrived while hidden. */
  protected visibilityChanged(): void {
    if (document.hidden || !this.heldWhileHidden) return;
    this.publish(this.snapshot);
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

  /** Runs `run` after `delay` ms (at most `LONGEST_FEED_WAIT_MS`) on the connection's clock; replaces any wait. */
  protected schedule(delay: number, run: () => void): void {
    this.cancelTimer();
    if (this.closed) return;
    this.cancelWait = this.options.clock.setTimer(
      () => {
        this.cancelWait = undefined;
        run();
      },
      Math.min(delay, LONGEST_FEED_WAIT_MS),
    );
  }

  protected cancelTimer(): void {
    this.cancelWait?.();
    this.cancelWait = undefined;
  }

  /** A fresh AbortController for the next request, aborted by `close` or after `timeoutMs`. */
  protected startRequest(): { signal: AbortSignal; timedOut: () => boolean; done: () => void } {
    const abort = (this.abort = new AbortController());
    let timedOut = false;
    const cancelTimeout = this.options.clock.setTimer(() => {
      timedOut = true;
      abort.abort();
    }, this.options.timeoutMs);
    this.requestOpen = true;
    return {
      signal: abort.signal,
      timedOut: () => timedOut,
      done: () => {
        cancelTimeout();
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
