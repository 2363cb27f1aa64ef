import type { Clock } from '../context/clock.js';
import { fetchText } from './fetch-text.js';

/**
 * Fetches GOV.UK bank-holiday feeds once per page, however many charters and elements
 * name the same URL. A failed fetch is forgotten, so a later load tries again.
 */
const feeds = new Map<string, Promise<unknown>>();

async function fetchFeed(url: string, clock: Clock): Promise<unknown> {
  const { text } = await fetchText(url, 'application/json', (reason) => new Error(reason), clock);
  return JSON.parse(text);
}

/** The feed's JSON; rejects with a readable error when it cannot be fetched or read in time (`clock`). */
export function fetchBankHolidays(url: string, clock: Clock): Promise<unknown> {
  let feed = feeds.get(url);
  if (!feed) {
    feed = fetchFeed(url, clock);
    feeds.set(url, feed);
    feed.catch(() => feeds.delete(url));
  }
  return feed;
}
