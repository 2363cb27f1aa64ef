import { html, nothing } from 'lit';
import type { Performance } from '../../core/charter-types.js';
import { latestFigure, meetsTarget } from '../../core/performance.js';
import { fill, formatFigure, formatPeriod } from '../../strings/format.js';
import type { FiguresStrings } from '../../strings/figures.js';

/** What a view needs to speak: strings, language and a picker for charter texts. */
export interface FigureContext {
  text: FiguresStrings;
  language: string;
}

/** A figure of `performance` in its unit, in the context's language. */
export const figureIn =
  (performance: Performance, { text, language }: FigureContext) =>
  (amount: number) =>
    formatFigure(amount, performance.unit, language, text.units);

/**
 * The latest figure against its target, met or missed in words and by shape. Shared by
 * <service-promise> and <service-performance>, so both always show the same figure.
 */
export function latestFigureLine(performance: Performance | undefined, context: FigureContext, measure?: unknown) {
  const latest = latestFigure(performance);
  if (!performance || !latest) return nothing;
  const { text, language } = context;
  const value = figureIn(performance, context);
  const met = meetsTarget(latest, performance.better);
  const figures =
    latest.target === undefined
      ? fill(text.achievedNoTarget, { achieved: value(latest.achieved) })
      : fill(text.achieved, { achieved: value(latest.achieved), target: value(latest.target) });
  const period = fill(text.period, { period: formatPeriod(latest.period, language, text.quarter, text.months) });
  // Plain words in one string where they can be: a server render marks each part it fills, for every promise.
  const line = `${figures} ${period}`;
  const words = !measure ? line : typeof measure === 'string' ? `${line} (${measure})` : html`${line} (${measure})`;
  if (met === undefined) return html`<p part="performance" class="performance"><span> ${words}</span></p>`;
  // The met or missed shape (see performance-icons.ts) written in, not a template of its own: a
  // server render would mark it on every line.
  // prettier-ignore
  return html`<p part="performance" class="performance ${met ? 'met' : 'missed'}"><span class="icon" aria-hidden="true"></span><span><span class="verdict">${`${met ? text.met : text.missed}:`}</span> ${words}</span></p>`;
}
