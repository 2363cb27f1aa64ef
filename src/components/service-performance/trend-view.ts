import { html } from 'lit';
import type { Performance } from '../../core/charter-types.js';
import type { Trend } from '../../core/performance-trend.js';
import { fill } from '../../strings/format.js';
import type { PerformanceStrings } from '../../strings/performance.js';
import { trendIcons } from './trend-icons.js';

/** What the trend needs: its words, and how a period and a figure are named. */
export interface TrendContext {
  text: PerformanceStrings;
  /** A period in full ("October 2026"). */
  periodName: (period: string) => string;
  /** A figure in its unit ("87%", "35 seconds"). */
  figure: (amount: number) => string;
}

/** "Improving since September 2026, when it was 84%." */
export const trendWords = (trend: Trend, { text, periodName, figure }: TrendContext) =>
  fill(text.trend, {
    direction: text[trend.direction],
    period: periodName(trend.previous.period),
    figure: figure(trend.previous.achieved),
  });

/** The trend in words and by shape, and which way is better; only the latter without a trend. */
export function trendView(performance: Performance, trend: Trend | undefined, context: TrendContext) {
  const { text } = context;
  const direction = performance.better === 'lower' ? text.lowerIsBetter : text.higherIsBetter;
  if (!trend) return html`<p part="trend" class="trend">${direction}</p>`;
  const moved = trend.latest.achieved - trend.previous.achieved;
  return html`<p part="trend" class="trend ${trend.direction}">
    ${moved > 0 ? trendIcons.up : moved < 0 ? trendIcons.down : trendIcons.level}<span
      >${trendWords(trend, context)} ${direction}</span
    >
  </p>`;
}
