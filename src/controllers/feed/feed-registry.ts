import { DEFAULT_FEED_OPTIONS, type FeedConnection, type FeedListener, type FeedOptions } from './feed-connection.js';
import { PollConnection } from './poll-connection.js';
import { SseConnection } from './sse-connection.js';

/** Every open connection on the page, by transport and absolute URL. */
const connections = new Map<string, FeedConnection>();

/**
 * Subscribes to a feed: the page's one connection to `url` is opened for the first
 * subscriber and closed, with its timer and request, when the last one leaves. The
 * listener is called at once with the current snapshot, then on every change. Never
 * throws; returns the function that unsubscribes.
 */
export function subscribeFeed(url: string, options: Partial<FeedOptions>, listener: FeedListener): () => void {
  const settings = { ...DEFAULT_FEED_OPTIONS, ...options };
  let absolute: string;
  try {
    absolute = new URL(url, document.baseURI).href;
  } catch {
    listener({ status: 'retrying', error: `not a URL: ${url}`, failures: 1 });
    return () => undefined;
  }
  const key = `${settings.transport} ${absolute}`;
  let connection = connections.get(key);
  if (!connection) {
    connection =
      settings.transport === 'sse' ? new SseConnection(absolute, settings) : new PollConnection(absolute, settings);
    connections.set(key, connection);
    connection.start();
  }
  const shared = connection;
  shared.add(listener);
  let subscribed = true;
  return () => {
    if (!subscribed) return;
    subscribed = false;
    if (shared.remove(listener) === 0) {
      shared.close();
      connections.delete(key);
    }
  };
}

/** What is open right now, for tests and debugging: one entry per connection. */
export function openFeeds(): {
  url: string;
  transport: string;
  subscribers: number;
  timer: boolean;
  request: boolean;
}[] {
  return [...connections].map(([key, connection]) => ({
    url: connection.url,
    transport: key.split(' ')[0],
    subscribers: connection.subscribers,
    timer: connection.timerPending,
    request: connection.requestOpen,
  }));
}
