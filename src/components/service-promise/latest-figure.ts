import { html, nothing } from 'lit';
import type { Performance } from '../../core/charter-types.js';
import { latestFigure, meetsTarget } from '../../core/performance.js';
import { fill, formatFigure, formatPeriod } from '../../strings/format.js';
import type { FiguresStrings } from '../../strings/figures.js';
import { verdictIcon } from './performance-icons.js';

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
  // prettier-ignore
  return html`<p part="performance" class="performance ${met ? 'met' : 'missed'}">${verdictIcon}<span><span class="verdict">${`${met ? text.met : text.missed}:`}</span> ${words}</span></p>`;
}
