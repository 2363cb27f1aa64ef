import type { PerformanceUnit } from './charter-types.js';
import type { PeriodResult } from './performance-trend.js';

/** The drawing area: the whole box, and the margins kept for the axes' labels. */
export interface ChartBox {
  width: number;
  height: number;
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export const DEFAULT_BOX: ChartBox = { width: 640, height: 250, top: 26, right: 16, bottom: 44, left: 56 };

/** One period's place on the chart: its slot along the x axis, and where its figures sit. */
export interface ChartSlot extends PeriodResult {
  /** Centre and edges of the period's slot. */
  x: number;
  start: number;
  end: number;
  /** Height of the achieved figure; undefined for a gap. */
  y?: number;
  /** Height of the target; undefined when the period has none. */
  targetY?: number;
}

export interface ChartGeometry {
  box: ChartBox;
  slots: ChartSlot[];
  /** SVG path data of the achieved line, broken at gaps. */
  achievedPath: string;
  /** SVG path data of the target as steps, one level per period, broken where there is none. */
  targetPath: string;
  /** Gridline values and their heights. */
  ticks: { value: number; y: number }[];
}

/** A round step (1, 2 or 5 × 10ⁿ) that cuts `span` into about `count` parts. */
function niceStep(span: number, count: number): number {
  const rough = span / count;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].find((m) => m * power >= rough) ?? 10;
  return step * power;
}

/**
 * Round tick values covering `min`–`max` with about `count` steps. Percentages stay
 * within 0–100; nothing goes below 0; close or single values get room around them.
 */
export function niceTicks(min: number, max: number, unit: PerformanceUnit, count = 4): number[] {
  // At least a tenth of the largest value, so that close figures do not look far apart.
  const span = Math.max(max - min, Math.abs(max) * 0.1, 1);
  const step = niceStep(span, count);
  const low = Math.max(0, Math.floor((min - step / 2) / step) * step);
  let high = Math.ceil((max + step / 2) / step) * step;
  if (unit === 'percent') high = Math.min(100, high);
  const ticks: number[] = [];
  for (let value = low; value <= high + step / 1000; value += step) ticks.push(Number(value.toFixed(10)));
  return ticks;
}

type Point = [number, number];

/** Path data through `points`, lifting the pen at each undefined one. */
function pathThrough(points: (Point | undefined)[]): string {
  return points.map((p, i) => (p ? `${i > 0 && points[i - 1] ? 'L' : 'M'}${p[0]} ${p[1]}` : '')).join('');
}

const round = (n: number) => Math.round(n * 10) / 10;

/** Where everything goes on a chart of `results` in `box`: pure geometry, no drawing. */
export function chartGeometry(
  results: readonly PeriodResult[],
  unit: PerformanceUnit,
  box = DEFAULT_BOX,
): ChartGeometry {
  const values = results.flatMap((r) => [r.achieved, r.target]).filter((v): v is number => typeof v === 'number');
  const ticks = values.length ? niceTicks(Math.min(...values), Math.max(...values), unit) : [0, 100];
  const [low, high] = [ticks[0], ticks.at(-1)!];
  const plotWidth = box.width - box.left - box.right;
  const plotHeight = box.height - box.top - box.bottom;
  const yOf = (value: number) => round(box.top + plotHeight * (1 - (value - low) / (high - low || 1)));
  const slotWidth = plotWidth / Math.max(results.length, 1);
  const slots = results.map((result, i): ChartSlot => {
    const start = round(box.left + slotWidth * i);
    return {
      ...result,
      start,
      end: round(start + slotWidth),
      x: round(start + slotWidth / 2),
      y: result.achieved === null ? undefined : yOf(result.achieved),
      targetY: result.target === undefined ? undefined : yOf(result.target),
    };
  });
  const achievedPath = pathThrough(slots.map((s): Point | undefined => (s.y === undefined ? undefined : [s.x, s.y])));
  const targetPath = pathThrough(
    slots.flatMap((s): (Point | undefined)[] =>
      s.targetY === undefined
        ? [undefined]
        : [
            [s.start, s.targetY],
            [s.end, s.targetY],
          ],
    ),
  );
  return { box, slots, achievedPath, targetPath, ticks: ticks.map((value) => ({ value, y: yOf(value) })) };
}
