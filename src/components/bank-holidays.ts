/**
 * Fetches GOV.UK bank-holiday feeds once per page, however many charters and elements
 * name the same URL. A failed fetch is forgotten, so a later load tries again.
 */
const feeds = new Map<string, Promise<unknown>>();

async function fetchFeed(url: string): Promise<unknown> {
  const response = await fetch(url, { credentials: 'omit', headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`answered ${response.status} ${response.statusText}`.trim());
  return response.json();
}

/** The feed's JSON; rejects with a readable error when it cannot be fetched or read. */
export function fetchBankHolidays(url: string): Promise<unknown> {
  let feed = feeds.get(url);
  if (!feed) {
    feed = fetchFeed(url);
    feeds.set(url, feed);
    feed.catch(() => feeds.delete(url));
  }
  return feed;
}
