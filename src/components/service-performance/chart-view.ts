import { html, nothing, svg } from 'lit';
import type { ChartGeometry, ChartSlot } from '../../core/performance-chart.js';
import { periodKind } from '../../core/performance-trend.js';
import { fill, monthName } from '../../strings/format.js';
import type { ServicePerformanceStrings } from '../../strings/element-strings.js';

/** What the chart needs to write its labels. */
export interface ChartContext {
  text: ServicePerformanceStrings;
  language: string;
  /** A figure in its unit ("87%", "35 seconds"). */
  figure: (amount: number) => string;
  /** A period in full ("October 2026"). */
  periodName: (period: string) => string;
  /** A tick value as the axis shows it ("80%", "30"). */
  tick: (value: number) => string;
  /** The unit the axis counts in ("Seconds"). */
  axisTitle: string;
}

/** A short label for the x axis, and the year beneath it when the year starts or changes. */
function axisLabel(slot: ChartSlot, previous: ChartSlot | undefined, { text, language }: ChartContext) {
  const [year, part] = slot.period.split('-');
  const newYear = !previous || previous.period.slice(0, 4) !== year;
  if (periodKind(slot.period) === 'year') return { short: year, year: '' };
  const short =
    periodKind(slot.period) === 'quarter'
      ? fill(text.quarter, { quarter: part.slice(1), year: '' }).trim()
      : monthName(+year, +part, language, 'short', text.monthsShort);
  return { short, year: newYear ? year : '' };
}

/** What a point says on hover, and what the table equivalence test reads. */
function pointTitle(slot: ChartSlot, context: ChartContext): string {
  const { text, figure, periodName } = context;
  const achieved = slot.achieved === null ? text.noFigure : figure(slot.achieved);
  const target = slot.target === undefined ? text.noTarget : `${text.columnTarget} ${figure(slot.target)}`;
  return `${periodName(slot.period)}: ${achieved} (${target})`;
}

/** The shape of a point: met a disc, missed a square, no target a ring. */
function pointShape(slot: ChartSlot, y: number) {
  if (slot.verdict === 'met') return svg`<circle class="met" cx=${slot.x} cy=${y} r="6"></circle>`;
  if (slot.verdict === 'missed')
    return svg`<rect class="missed" x=${slot.x - 5.5} y=${y - 5.5} width="11" height="11"></rect>`;
  return svg`<circle class="unjudged" cx=${slot.x} cy=${y} r="5"></circle>`;
}

/**
 * The chart as inline SVG, `role="img"` with `label` as its text alternative: the
 * summary a sighted reader takes from it. Every figure is also in the table.
 */
export function chartView(geometry: ChartGeometry, label: string, context: ChartContext) {
  const { box, slots, ticks } = geometry;
  const plotBottom = box.height - box.bottom;
  // At most 12 period labels, and none closer than 44 units (a label's width at 13 px).
  const labelRoom = Math.max(1, Math.min(12, Math.floor((box.width - box.left - box.right) / 44)));
  const every = Math.ceil(slots.length / labelRoom);
  return svg`<svg class="chart" viewBox="0 0 ${box.width} ${box.height}" role="img" aria-label=${label} part="chart">
    <text class="axis-title" x="0" y="14">${context.axisTitle}</text>
    ${ticks.map(
      (t) => svg`<line class="grid" x1=${box.left} x2=${box.width - box.right} y1=${t.y} y2=${t.y}></line>
        <text class="tick" x=${box.left - 8} y=${t.y + 4} text-anchor="end">${context.tick(t.value)}</text>`,
    )}
    ${slots
      .filter((s) => s.y === undefined)
      .map(
        (
          s,
        ) => svg`<rect class="gap" x=${s.start + 2} y=${box.top} width=${s.end - s.start - 4} height=${plotBottom - box.top}>
          <title>${pointTitle(s, context)}</title></rect>`,
      )}
    <path class="target" d=${geometry.targetPath || 'M0 0'}></path>
    <path class="achieved" d=${geometry.achievedPath || 'M0 0'}></path>
    ${slots.map((s) =>
      s.y === undefined
        ? nothing
        : svg`<g class="point" data-period=${s.period}>${pointShape(s, s.y)}<title>${pointTitle(s, context)}</title></g>`,
    )}
    ${slots.map((s, i) => {
      if (i % every !== 0) return nothing;
      const { short, year } = axisLabel(s, slots[i - every], context);
      return svg`<text class="period" x=${s.x} y=${plotBottom + 18} text-anchor="middle">${short}</text>
        ${year ? svg`<text class="period" x=${s.x} y=${plotBottom + 36} text-anchor="middle">${year}</text>` : nothing}`;
    })}
  </svg>`;
}

/** The key to the chart's lines and shapes, in words beside each shape. */
export function legendView(geometry: ChartGeometry, { text }: ChartContext) {
  const has = (verdict: string) => geometry.slots.some((s) => s.verdict === verdict);
  const item = (shape: unknown, words: string) =>
    html`<li><svg viewBox="0 0 24 16" aria-hidden="true" focusable="false">${shape}</svg>${words}</li>`;
  return html`<ul class="legend" part="legend" aria-hidden="true">
    ${item(svg`<path class="achieved" d="M0 8h24"></path>`, text.legendAchieved)}
    ${geometry.targetPath ? item(svg`<path class="target" d="M0 8h24"></path>`, text.legendTarget) : nothing}
    ${has('met') ? item(svg`<circle class="met" cx="12" cy="8" r="6"></circle>`, text.met) : nothing}
    ${has('missed') ? item(svg`<rect class="missed" x="6.5" y="2.5" width="11" height="11"></rect>`, text.missed) : nothing}
    ${has('gap') ? item(svg`<rect class="gap" x="4" y="1" width="16" height="14"></rect>`, text.noFigure) : nothing}
  </ul>`;
}
