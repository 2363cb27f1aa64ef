import { html, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import type { CharterPromise, Performance, SatisfactionMeasure } from '../../core/charter-types.js';
import { latestFigure, meetsTarget } from '../../core/performance.js';
import { trendOf, type Trend, type Verdict } from '../../core/performance-trend.js';
import { promiseName } from '../../core/promise-name.js';
import { periodOnly, scorecard, type Scorecard, type Tally } from '../../core/scorecard.js';
import type { LocalizedText } from '../../core/text.js';
import { fill, formatPeriod, plural } from '../../strings/format.js';
import * as scorecardStrings from '../../strings/scorecard.js';
import * as performance from '../../strings/performance.js';
import * as figures from '../../strings/figures.js';
import type { ServiceScorecardStrings } from '../../strings/element-strings.js';
import type { StringTables } from '../../strings/tables.js';
import { ServiceElement } from '../service-element.js';
import { baseStyles } from '../base-styles.js';
import { clampLevel, heading } from '../headings.js';
import { figureIn, latestFigureLine } from '../service-promise/latest-figure.js';
import { promiseStyles } from '../service-promise/service-promise.styles.js';
import { performanceStyles } from '../service-performance/service-performance.styles.js';
import { resultCell } from '../service-performance/table-view.js';
import { trendView, trendWords, type TrendContext } from '../service-performance/trend-view.js';
import { scorecardStyles } from './service-scorecard.styles.js';

/** One row: a promise in the scorecard's period, or a satisfaction measure in its latest. */
interface Row {
  id: string;
  name: LocalizedText;
  performance: Performance;
  period: string;
  verdict: Verdict;
  trend?: Trend;
}

/**
 * The whole charter at a glance for one period: "We met 7 of our 9 promises in Q3 2026",
 * each promise with published figures met, missed, not judged or with no figure (never
 * counted as met), its figure against its target and its trend, the period before, the
 * latest published satisfaction figures, and the same content in a data table. Periods
 * are named as published. There is no JSON-LD: schema.org has no type for a scorecard.
 *
 * @tagname service-scorecard
 * @summary How well the charter's promises were kept in the latest period.
 * @csspart scorecard - The whole scorecard.
 * @csspart headline - "We met 7 of our 9 promises in Q3 2026."
 * @csspart tally - How many missed, had no target or had no figure.
 * @csspart previous - How the period before went.
 * @csspart line - One promise or satisfaction measure.
 * @csspart performance - A figure against its target (as in `<service-promise>`).
 * @csspart trend - The trend since the previous figure.
 * @csspart details - The disclosure holding the table.
 * @csspart table - The table of results.
 * @csspart empty - Shown when no figures are published (for the chosen period).
 * @cssprop --service-color-success - Colour of the met shape.
 * @cssprop --service-color-error - Colour of the missed shape.
 */
export class ServiceScorecard extends ServiceElement<ServiceScorecardStrings> {
  /** Its Welsh is in both parts of the built-in Welsh. */
  static override moreStrings = true;

  /** This element's built-in English strings (Welsh arrives when needed: strings/languages.ts). */
  static override builtInStrings: StringTables<ServiceScorecardStrings> = {
    en: { ...scorecardStrings.en, ...performance.en, ...figures.en },
  };

  /** The shared defaults, the figure line's and the performance table's styles, then this element's own. */
  static override styles = [baseStyles, promiseStyles, performanceStyles, scorecardStyles];

  /** Reactive properties, their attributes and how they convert (each field below says what it is). @internal */
  static override properties: PropertyDeclarations = {
    headingLevel: { type: Number, attribute: 'heading-level' },
    period: {},
    tableOpen: { type: Boolean, attribute: 'table-open' },
    promises: { attribute: false },
    satisfaction: { attribute: false },
  };

  /** The level of the scorecard's heading (1–6); its sections use the level below. */
  headingLevel = 2;

  /** The period to show, as published (`2026-Q3`, `2026-10`, `2026`); the latest when empty. */
  period = '';

  /** Show the table of results open, rather than behind its toggle. */
  tableOpen = false;

  /** Promises with their figures (format 2), for use without a `<service-charter>`; win over the charter's. */
  promises?: CharterPromise[];

  /** Satisfaction measures (format 2's `satisfaction`), for use without a `<service-charter>`. */
  satisfaction?: SatisfactionMeasure[];

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('headingLevel')) this.headingLevel = clampLevel(this.headingLevel);
  }

  /** The words, and how a period and the figures of `performance` are named. */
  private context(performance?: Performance): TrendContext & { text: ServiceScorecardStrings; language: string } {
    const { text, language } = this;
    const figure = performance ? figureIn(performance, { text, language }) : String;
    return {
      text,
      language,
      figure,
      periodName: (period) => formatPeriod(period, language, text.quarter, text.months),
    };
  }

  override render() {
    const charter = this.currentCharter;
    const promises = this.promises ?? charter?.promises;
    if (!promises) return nothing;
    const card = scorecard(promises, this.period || undefined);
    const rows = card?.tally.noFigure === card?.tally.total ? [] : (card?.lines ?? []);
    const promiseRows = rows.map(({ promise, ...line }): Row => ({
      ...line,
      id: promise.id,
      name: promiseName(promise, charter),
      period: card!.period,
    }));
    const satisfaction = (this.satisfaction ?? charter?.satisfaction ?? []).flatMap((measure): Row[] => {
      const latest = latestFigure(measure);
      if (!latest) return [];
      const trend = trendOf(measure);
      const met = meetsTarget(latest, measure.better);
      const verdict = met === undefined ? 'no-target' : met ? 'met' : 'missed';
      return [{ id: measure.id, name: measure.measure, performance: measure, period: latest.period, verdict, trend }];
    });
    const { text } = this;
    const level = this.headingLevel;
    if (!card && !satisfaction.length) return html`<p part="empty" class="empty">${text.noFigures}</p>`;
    return html`<section part="scorecard" class="scorecard">
      ${card ? this.renderSummary(card, rows.length > 0) : nothing}
      ${promiseRows.length ? this.renderLines(text.scorecardPromises, promiseRows, level + 1) : nothing}
      ${satisfaction.length ? this.renderLines(text.satisfaction, satisfaction, level + 1) : nothing}
      ${promiseRows.length || satisfaction.length ? this.renderTable(card?.period, promiseRows, satisfaction) : nothing}
    </section>`;
  }

  private renderSummary(card: Scorecard, published: boolean) {
    const { text, language } = this;
    const { periodName: named } = this.context();
    const periodName = named(card.period);
    const counts: [keyof Tally, string][] = [
      ['missed', text.scorecardMissed],
      ['noTarget', text.scorecardNoTarget],
      ['noFigure', text.scorecardNoFigure],
    ];
    const shown = counts.filter(([key]) => card.tally[key] > 0);
    const previous = card.previous;
    return html`${heading(this.headingLevel, fill(text.scorecardTitle, { period: periodName }))}
    ${
      published
        ? html`<p part="headline" class="headline">
              ${fill(plural(language, card.tally.total, text.scorecardHeadline), {
                met: card.tally.met,
                period: periodName,
              })}
            </p>
            ${
              shown.length
                ? html`<ul part="tally" class="tally">
                    ${shown.map(([key, words]) => html`<li>${fill(words, { count: card.tally[key] })}</li>`)}
                  </ul>`
                : nothing
            }`
        : html`<p part="empty" class="empty">${fill(text.scorecardNone, { period: periodName })}</p>`
    }
    ${
      previous
        ? html`<p part="previous" class="previous">
            ${fill(text.scorecardPrevious, {
              period: named(previous.period),
              met: previous.tally.met,
              total: previous.tally.total,
            })}
          </p>`
        : nothing
    }`;
  }

  private renderLines(title: string, rows: readonly Row[], level: number) {
    return html`<section class="lines">
      ${heading(level, title)}
      <ul>
        ${rows.map((row) => {
          const context = this.context(row.performance);
          return html`<li part="line" data-id=${row.id}>
            <p class="name">${this.charterText(row.name)}</p>
            ${
              row.verdict === 'gap'
                ? html`<p part="performance" class="performance">
                    ${fill(this.text.scorecardNoFigureFor, { period: context.periodName(row.period) })}
                  </p>`
                : latestFigureLine(periodOnly(row.performance, row.period), context)
            }
            ${row.verdict === 'gap' ? nothing : trendView(row.performance, row.trend, context)}
          </li>`;
        })}
      </ul>
    </section>`;
  }

  /** The same content as a table: one row per promise, then one per satisfaction measure. */
  private renderTable(period: string | undefined, promises: readonly Row[], satisfaction: readonly Row[]) {
    const { text } = this;
    const { periodName } = this.context();
    const group = (title: string, rows: readonly Row[]) =>
      rows.length
        ? html`<tbody>
            <tr>
              <th scope="colgroup" colspan="6">${title}</th>
            </tr>
            ${rows.map((row) => {
              const entry = row.performance.periods.find((p) => p.period === row.period);
              const context = this.context(row.performance);
              const { figure } = context;
              const achieved = entry?.achieved ?? null;
              return html`<tr data-id=${row.id}>
                <th scope="row">${this.charterText(row.name)}</th>
                <td>${periodName(row.period)}</td>
                <td class=${achieved === null ? 'none' : nothing}>
                  ${achieved === null ? text.noFigure : figure(achieved)}
                </td>
                <td class=${entry?.target === undefined ? 'none' : nothing}>
                  ${entry?.target === undefined ? text.noTarget : figure(entry.target)}
                </td>
                <td>${resultCell(row, context)}</td>
                <td>
                  ${
                    row.verdict === 'gap'
                      ? text.noFigure
                      : row.trend
                        ? trendWords(row.trend, context)
                        : text.scorecardNoEarlier
                  }
                </td>
              </tr>`;
            })}
          </tbody>`
        : nothing;
    return html`<details part="details" ?open=${this.tableOpen}>
      <summary>${text.scorecardTable}</summary>
      <table part="table">
        <caption>
          ${period ? fill(text.scorecardCaption, { period: periodName(period) }) : text.satisfaction}
        </caption>
        <thead>
          <tr>
            <th scope="col">${text.columnMeasure}</th>
            <th scope="col">${text.columnPeriod}</th>
            <th scope="col">${text.columnAchieved}</th>
            <th scope="col">${text.columnTarget}</th>
            <th scope="col">${text.columnResult}</th>
            <th scope="col">${text.columnChange}</th>
          </tr>
        </thead>
        ${group(text.scorecardPromises, promises)} ${group(text.satisfaction, satisfaction)}
      </table>
    </details>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'service-scorecard': ServiceScorecard;
  }
}
