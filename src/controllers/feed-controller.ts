import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FeedOptions, FeedSnapshot } from './feed/feed-connection.js';
import { subscribeFeed } from './feed/feed-registry.js';

/** A feed to follow: its URL and how to fetch it. */
export type FeedSource = { url: string } & Partial<FeedOptions>;

/**
 * Keeps its host subscribed to a live feed while connected, through the page's shared
 * connection for that URL, and re-renders it on every change. `source` is read before
 * each update; returning undefined (no feed, paused, closed) lets go of the connection
 * but keeps the last figures.
 */
export class FeedController implements ReactiveController {
  /** The latest snapshot; its `feed` is kept across pauses for the same URL. */
  snapshot?: FeedSnapshot;
  private key?: string;
  private url?: string;
  private unsubscribe?: () => void;
  private connected = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly source: () => FeedSource | undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.connected = true;
    this.follow();
  }

  /** Not once the host is off the page: an update due when it left must not open the feed again. */
  hostUpdate(): void {
    if (this.connected) this.follow();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.stop();
  }

  private follow(): void {
    const source = this.source();
    // Options only shape a new connection: a change of them alone is no reason to reconnect.
    const key = source && `${source.transport ?? 'poll'} ${source.url}`;
    if (key === this.key) return;
    this.stop();
    if (!source) return;
    this.key = key;
    if (source.url !== this.url) this.snapshot = undefined;
    this.url = source.url;
    this.unsubscribe = subscribeFeed(source.url, source, (snapshot) => {
      this.snapshot = { ...snapshot, feed: snapshot.feed ?? this.snapshot?.feed };
      this.host.requestUpdate();
    });
  }

  private stop(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.key = undefined;
  }
}
