import type { Performance, PerformancePeriod } from './charter-types.js';

/** A period that has a figure (not a gap). */
export type ReportedPeriod = PerformancePeriod & { achieved: number };

/**
 * Orders periods as written (`2026`, `2026-09`, `2026-Q3`): their fixed shapes sort by code
 * unit exactly as by collation, without the collator a first `localeCompare` builds.
 */
export const byPeriod = (a: PerformancePeriod, b: PerformancePeriod): number =>
  a.period < b.period ? -1 : a.period > b.period ? 1 : 0;

/** The most recent period with a figure, by period order, or undefined when none has one. */
export function latestFigure(performance: Performance | undefined): ReportedPeriod | undefined {
  const reported = (performance?.periods ?? []).filter((p): p is ReportedPeriod => p.achieved !== null);
  return reported.sort(byPeriod).at(-1);
}

/** Whether a figure meets its target; undefined when the period has no target. */
export function meetsTarget(period: ReportedPeriod, better: Performance['better']): boolean | undefined {
  if (period.target === undefined) return undefined;
  return better === 'lower' ? period.achieved <= period.target : period.achieved >= period.target;
}
