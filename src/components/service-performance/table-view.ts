import { html, nothing } from 'lit';
import type { PeriodResult } from '../../core/performance-trend.js';
import { verdictIcon } from '../service-promise/performance-icons.js';
import type { ChartContext } from './chart-view.js';

/** Each period's result in words, with the same shapes as the headline. */
export function resultCell(
  result: Pick<PeriodResult, 'verdict'>,
  { text }: { text: Pick<ChartContext['text'], 'met' | 'missed' | 'notJudged' | 'noFigure'> },
) {
  switch (result.verdict) {
    case 'met':
      return html`<span class="result met">${verdictIcon}${text.met}</span>`;
    case 'missed':
      return html`<span class="result missed">${verdictIcon}${text.missed}</span>`;
    case 'no-target':
      return text.notJudged;
    default:
      return text.noFigure;
  }
}

/** The same figures as the chart, as a real data table: a caption and a header for each row and column. */
export function tableView(results: readonly PeriodResult[], caption: unknown, context: ChartContext) {
  const { text, figure, periodName } = context;
  return html`<table part="table">
    <caption>
      ${caption}
    </caption>
    <thead>
      <tr>
        <th scope="col">${text.columnPeriod}</th>
        <th scope="col">${text.columnAchieved}</th>
        <th scope="col">${text.columnTarget}</th>
        <th scope="col">${text.columnResult}</th>
      </tr>
    </thead>
    <tbody>
      ${results.map(
        (r) =>
          html`<tr data-period=${r.period}>
            <th scope="row">${periodName(r.period)}</th>
            <td class=${r.achieved === null ? 'none' : nothing}>
              ${r.achieved === null ? text.noFigure : figure(r.achieved)}
            </td>
            <td class=${r.target === undefined ? 'none' : nothing}>
              ${r.target === undefined ? text.noTarget : figure(r.target)}
            </td>
            <td>${resultCell(r, context)}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}
