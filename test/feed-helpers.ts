import { until } from './helpers.js';

/** Talks to the test feed in scripts/test-routes/feed.mjs, which counts on the server side. */
export interface FeedStats {
  requests: number;
  ok: number;
  notModified: number;
  failed: number;
  streams: number;
  events: number;
  requestTimes: number[];
  lastEventIds: (string | null)[];
  sentIds: number[];
  open: number;
}

let serial = 0;

/** A fresh feed id for one test, so counters never mix. */
export async function newFeed(name: string): Promise<string> {
  const id = `${name}-${Date.now()}-${serial++}`;
  await control(id, { action: 'reset' });
  return id;
}

export async function control(id: string, params: Record<string, string | number>): Promise<void> {
  const query = new URLSearchParams({ id, ...Object.fromEntries(Object.entries(params).map(([k, v]) => [k, `${v}`])) });
  await fetch(`/test-api/feed/control?${query}`);
}

export async function stats(id: string): Promise<FeedStats> {
  return (await fetch(`/test-api/feed/stats?id=${encodeURIComponent(id)}`, { cache: 'no-store' })).json();
}

export const pollUrl = (id: string, extra = ''): string => `/test-api/feed/poll?id=${encodeURIComponent(id)}${extra}`;
export const sseUrl = (id: string, extra = ''): string => `/test-api/feed/sse?id=${encodeURIComponent(id)}${extra}`;

/**
 * Waits until the server's counters satisfy `condition` (fails after `timeout` ms). What the
 * server sees of the network (a stream closed, a request arrived) is not driven by the test's
 * clock: WebKit under load took over 3 s to close a stream, so this waits up to 10 s.
 */
export const untilStats = (id: string, condition: (counted: FeedStats) => boolean, timeout = 10_000): Promise<void> =>
  until(async () => condition(await stats(id)), timeout);

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Makes the page report itself hidden or visible, as a browser does when the tab goes to
 * the background, and fires visibilitychange. Emulated: the page is not really hidden.
 */
export function emulateVisibility(hidden: boolean): void {
  if (hidden) {
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
  } else {
    delete (document as { hidden?: boolean }).hidden;
    delete (document as { visibilityState?: string }).visibilityState;
  }
  document.dispatchEvent(new Event('visibilitychange'));
}
