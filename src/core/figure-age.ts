/** How old a figure is, in the steps people read: just now, 10-second steps, minutes, hours. */
export type FigureAge = { unit: 'now' } | { unit: 'second' | 'minute' | 'hour'; value: number };

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

/**
 * The age of a figure measured `ageMs` ago, and how long until its wording changes,
 * so a display can schedule one re-render rather than tick every second.
 */
export function figureAge(ageMs: number): { age: FigureAge; changesInMs: number } {
  const age = Math.max(0, ageMs);
  const step = (size: number, unit: 'second' | 'minute' | 'hour', per: number) => {
    const value = Math.floor(age / size) * (size / per);
    return { age: { unit, value }, changesInMs: size - (age % size) };
  };
  if (age < 10 * SECOND) return { age: { unit: 'now' }, changesInMs: 10 * SECOND - age };
  if (age < MINUTE) return step(10 * SECOND, 'second', SECOND);
  if (age < HOUR) return step(MINUTE, 'minute', MINUTE);
  return step(HOUR, 'hour', HOUR);
}

/** Whether a figure can be shown: fresh, stale (shown with a warning) or expired (hidden). */
export type Freshness = 'fresh' | 'stale' | 'expired';

/** Fresh up to `maxAgeMs`, stale up to `hideAfterMs`, expired beyond. */
export function freshness(ageMs: number, maxAgeMs: number, hideAfterMs: number): Freshness {
  if (ageMs > hideAfterMs) return 'expired';
  return ageMs > maxAgeMs ? 'stale' : 'fresh';
}
