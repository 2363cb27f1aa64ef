/**
 * The whole charter at a glance for one period: each promise with published figures met,
 * missed, not judged (no target) or with no figure, and how the period before went.
 * Periods are compared only with periods of the same kind, and named as published.
 * @module
 */
import type { Charter, CharterPromise, Performance, PerformancePeriod } from './charter-types.js';
import { latestFigure } from './performance.js';
import { withShareTarget } from './performance-share.js';
import { periodKind, periodResults, trendOf, type Trend, type Verdict } from './performance-trend.js';

/** One promise on the scorecard. */
export interface ScoreLine {
  promise: CharterPromise;
  /** Its figures, with the promise's share as the target of percentages that have none. */
  performance: Performance;
  /** `gap` when no figure was published for the period. */
  verdict: Verdict;
  /** The period's entry as published; undefined when there is none. */
  entry?: PerformancePeriod;
  /** Since the figure before (gaps skipped); only when the period has a figure. */
  trend?: Trend;
}

/** How many promises met, missed, had a figure but no target, or had no figure. */
export interface Tally {
  met: number;
  missed: number;
  noTarget: number;
  noFigure: number;
  /** Every promise with published figures. */
  total: number;
}

export interface Scorecard {
  /** As published: `2026-Q3`, `2026-10` or `2026`. */
  period: string;
  lines: ScoreLine[];
  tally: Tally;
  /** The latest period of the same kind before `period` that any promise published, and its tally. */
  previous?: { period: string; tally: Tally };
}

/** Every promise with published figures (at least one period), its share target filled in. */
function scoredPromises(promises: readonly CharterPromise[]) {
  return promises.flatMap((promise) => {
    const performance = withShareTarget(promise.performance, promise);
    return performance?.periods.length ? [{ promise, performance }] : [];
  });
}

/**
 * The latest period with a figure, among periods of the kind (month, quarter or year) that
 * most promises publish: a quarterly scorecard is not cut short by one monthly series.
 */
export function latestPeriod(performances: readonly Performance[]): string | undefined {
  const byKind = new Map<string, { count: number; latest: string }>();
  for (const performance of performances) {
    const kinds = new Set<string>();
    for (const { period, achieved } of performance.periods) {
      if (achieved === null) continue;
      const kind = periodKind(period);
      const seen = byKind.get(kind) ?? { count: 0, latest: period };
      if (!kinds.has(kind)) seen.count++;
      kinds.add(kind);
      if (period > seen.latest) seen.latest = period;
      byKind.set(kind, seen);
    }
  }
  return [...byKind.values()].sort((a, b) => b.count - a.count)[0]?.latest;
}

function linesFor(scored: ReturnType<typeof scoredPromises>, period: string): ScoreLine[] {
  return scored.map(({ promise, performance }) => {
    const result = periodResults(performance).find((r) => r.period === period);
    const verdict = result?.verdict ?? 'gap';
    const earlier = { ...performance, periods: performance.periods.filter((p) => p.period <= period) };
    const trend = verdict === 'gap' ? undefined : trendOf(earlier);
    const entry = performance.periods.find((p) => p.period === period);
    return { promise, performance, verdict, ...(entry && { entry }), ...(trend && { trend }) };
  });
}

function tallyOf(lines: readonly ScoreLine[]): Tally {
  const count = (verdict: Verdict) => lines.filter((line) => line.verdict === verdict).length;
  return {
    met: count('met'),
    missed: count('missed'),
    noTarget: count('no-target'),
    noFigure: count('gap'),
    total: lines.length,
  };
}

/**
 * The scorecard of `promises` for `period` (as published), or for the latest period when
 * none is given. Undefined when no promise has published figures.
 */
export function scorecard(promises: readonly CharterPromise[], period?: string): Scorecard | undefined {
  const scored = scoredPromises(promises);
  const shown = period ?? latestPeriod(scored.map((s) => s.performance));
  if (!shown) return undefined;
  const lines = linesFor(scored, shown);
  const before = scored
    .flatMap((s) => s.performance.periods.map((p) => p.period))
    .filter((p) => p < shown && periodKind(p) === periodKind(shown))
    .sort()
    .at(-1);
  return {
    period: shown,
    lines,
    tally: tallyOf(lines),
    ...(before && { previous: { period: before, tally: tallyOf(linesFor(scored, before)) } }),
  };
}

/** A promise's latest figure line needs only that period: its figures cut to the one entry. */
export const periodOnly = (performance: Performance, period: string): Performance => ({
  ...performance,
  periods: performance.periods.filter((p) => p.period === period),
});

/** Each satisfaction measure with its latest published figure, named by its own period. */
export const latestSatisfaction = (charter: Pick<Charter, 'satisfaction'>) =>
  (charter.satisfaction ?? []).filter((measure) => latestFigure(measure));
