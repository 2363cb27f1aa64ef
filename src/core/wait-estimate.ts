import type { ChannelFigures } from './feed.js';

/**
 * The expected wait, in seconds, for someone joining a channel's queue now, or null
 * when the figures cannot give one.
 *
 * The feed's own `estimatedWaitSeconds` wins. Otherwise, from the queue figures: with
 * every agent busy, one of `agentsAvailable` agents frees up on average every
 * `averageHandleSeconds / agentsAvailable` seconds, and a newcomer is answered when the
 * `waiting` people ahead and then they themselves reach an agent:
 *
 *     wait = (waiting + 1) × averageHandleSeconds / agentsAvailable
 *
 * An empty queue (`waiting` 0) gives 0: someone would be answered as the next agent
 * frees up, usually at once. No agents gives null: nobody can say when anyone answers.
 */
export function estimateWaitSeconds(figures: ChannelFigures | undefined): number | null {
  if (!figures) return null;
  if (figures.estimatedWaitSeconds !== undefined) return figures.estimatedWaitSeconds;
  const { waiting, agentsAvailable, averageHandleSeconds } = figures;
  if (waiting === undefined || agentsAvailable === undefined || averageHandleSeconds === undefined) return null;
  if (waiting === 0) return 0;
  if (agentsAvailable === 0) return null;
  return ((waiting + 1) * averageHandleSeconds) / agentsAvailable;
}

/** A wait in words, as a rounded figure: under a minute, about N minutes, over an hour. */
export type RoundedWait = { kind: 'underMinute' } | { kind: 'minutes'; minutes: number } | { kind: 'overHour' };

/**
 * Rounds a wait the way people say it: under 60 s is "less than a minute"; up to
 * 10 minutes, the nearest whole minute (at least 1); up to an hour, the nearest 5
 * minutes (at most 55); an hour or more is "over an hour".
 */
export function roundWait(seconds: number): RoundedWait {
  if (seconds < 60) return { kind: 'underMinute' };
  if (seconds >= 3600) return { kind: 'overHour' };
  const minutes = seconds / 60;
  if (minutes < 9.5) return { kind: 'minutes', minutes: Math.max(1, Math.round(minutes)) };
  return { kind: 'minutes', minutes: Math.min(55, Math.max(10, Math.round(minutes / 5) * 5)) };
}

/** Upper bounds (seconds) of the bands announced to screen readers; the last band is open-ended. */
export const WAIT_BANDS = [60, 300, 600, 1200, 1800, 3600] as const;

/** The share of a band's width a wait may stray beyond it before it counts as a new band. */
const BAND_MARGIN = 0.1;

/**
 * The band of a wait (0: under a minute … 6: an hour or more). Given the band shown
 * before, a wait just across a boundary keeps it: a figure wobbling around 5 minutes
 * is not a change worth announcing.
 */
export function waitBand(seconds: number, previous?: number): number {
  const band = WAIT_BANDS.findIndex((limit) => seconds < limit);
  const index = band === -1 ? WAIT_BANDS.length : band;
  if (previous === undefined || previous === index) return index;
  const low = previous === 0 ? 0 : WAIT_BANDS[previous - 1];
  const high = WAIT_BANDS[previous] ?? Infinity;
  const margin = (high === Infinity ? low : high - low) * BAND_MARGIN;
  return seconds >= low - margin && seconds < high + margin ? previous : index;
}
