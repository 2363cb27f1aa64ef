import type { Performance, PerformancePeriod } from './charter-types.js';
import { byPeriod, latestFigure, meetsTarget, type ReportedPeriod } from './performance.js';

/** How a period went: its figure against its target, a figure without one, or no figure. */
export type Verdict = 'met' | 'missed' | 'no-target' | 'gap';

export interface PeriodResult extends PerformancePeriod {
  verdict: Verdict;
}

/** Whether the latest figure moved the better way since the figure before it. */
export interface Trend {
  direction: 'improving' | 'worsening' | 'steady';
  latest: ReportedPeriod;
  previous: ReportedPeriod;
}

/** The periods in order (the order `latestFigure` uses), each with its verdict. */
export function periodResults(performance: Performance): PeriodResult[] {
  return [...performance.periods].sort(byPeriod).map((period) => {
    if (period.achieved === null) return { ...period, verdict: 'gap' };
    const met = meetsTarget(period as ReportedPeriod, performance.better);
    return { ...period, verdict: met === undefined ? 'no-target' : met ? 'met' : 'missed' };
  });
}

/** The latest figure against the one before it (gaps skipped); undefined with fewer than two. */
export function trendOf(performance: Performance): Trend | undefined {
  const latest = latestFigure(performance);
  const previous =
    latest &&
    latestFigure({
      ...performance,
      periods: performance.periods.filter((p) => byPeriod(p, latest) < 0),
    });
  if (!latest || !previous) return undefined;
  const change = latest.achieved - previous.achieved;
  const better = performance.better === 'lower' ? -change : change;
  return { direction: better > 0 ? 'improving' : better < 0 ? 'worsening' : 'steady', latest, previous };
}

/** How many periods had a target, and how many of those met it. */
export function targetRecord(results: readonly PeriodResult[]): { met: number; judged: number } {
  const judged = results.filter((r) => r.verdict === 'met' || r.verdict === 'missed');
  return { met: judged.filter((r) => r.verdict === 'met').length, judged: judged.length };
}

/** What a period covers, from its form: `2026`, `2026-Q3`, `2026-10`. */
export function periodKind(period: string): 'year' | 'quarter' | 'month' {
  return period.length === 4 ? 'year' : period.includes('Q') ? 'quarter' : 'month';
}
