/** How retries after a failure are spaced. */
export interface BackoffPolicy {
  /** The ceiling of the first retry's delay, in ms. */
  baseMs: number;
  /** No delay ceiling grows beyond this, in ms. */
  capMs: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 1000, capMs: 5 * 60_000 };

/**
 * The delay before retry number `attempt` (0 for the first) with "full jitter": a
 * uniformly random time between 0 and min(cap, base × 2^attempt), so that many pages
 * failing together do not retry together. `random` returns [0, 1) (injectable for tests).
 */
export function backoffDelay(attempt: number, policy: BackoffPolicy = DEFAULT_BACKOFF, random = Math.random): number {
  const ceiling = Math.min(policy.capMs, policy.baseMs * 2 ** Math.max(0, attempt));
  return Math.floor(random() * ceiling);
}

/**
 * A `Retry-After` header in ms from `now`: delta-seconds or an HTTP date. Undefined
 * when absent or unreadable; never negative.
 */
export function retryAfterMs(header: string | null | undefined, now: number): number | undefined {
  if (!header) return undefined;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * How long a response stays fresh, in ms, from `Cache-Control: max-age` less the `Age`
 * a cache in front already held it for. Undefined without max-age (or with no-store).
 */
export function freshForMs(cacheControl: string | null | undefined, age?: string | null): number | undefined {
  if (!cacheControl || /(?:^|,)\s*no-store\b/i.test(cacheControl)) return undefined;
  const match = /(?:^|,)\s*max-age\s*=\s*"?(\d+)"?/i.exec(cacheControl);
  if (!match) return undefined;
  const held = age && /^\d+$/.test(age.trim()) ? Number(age.trim()) : 0;
  return Math.max(0, Number(match[1]) - held) * 1000;
}
