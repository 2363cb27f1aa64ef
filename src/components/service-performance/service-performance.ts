import { html, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import type { CharterPromise, Performance, ServicePromiseData } from '../../core/charter-types.js';
import { chartGeometry } from '../../core/performance-chart.js';
import { withShareTarget } from '../../core/performance-share.js';
import { AsyncLoad } from '../../controllers/async-load.js';
import { asCharterPromise } from '../../core/promise-v1.js';
import {
  FiguresReadError,
  readFiguresJson,
  type FiguresDocument,
  type PerformanceFigures,
} from '../../core/performance-figures.js';
import { periodResults, targetRecord, trendOf, type PeriodResult, type Trend } from '../../core/performance-trend.js';
import { fill, fillParts, formatPeriod, plural } from '../../strings/format.js';
import { clampLevel, heading } from '../headings.js';
import * as performance from '../../strings/performance.js';
import * as figures from '../../strings/figures.js';
import * as common from '../../strings/common.js';
import type { ServicePerformanceStrings } from '../../strings/element-strings.js';
import type { StringTables } from '../../strings/tables.js';
import { inLanguage, sameLanguage, ServiceElement } from '../service-element.js';
import { baseStyles } from '../base-styles.js';
import { problemStyles } from '../problem-styles.js';
import { figureIn, latestFigureLine } from '../service-promise/latest-figure.js';
import { promiseStyles } from '../service-promise/service-promise.styles.js';
import { chartView, legendView, type ChartContext } from './chart-view.js';
import { ChartWidth } from './chart-width.js';
import { fetchFigures } from './load-figures.js';
import { performanceStyles } from './service-performance.styles.js';
import { tableView } from './table-view.js';
import { trendView, trendWords } from './trend-view.js';

/** One measure to show: a promise's figures, under a title. */
interface Shown {
  id: string;
  title: string;
  /** The language the title is written in. */
  titleLang: string;
  performance: Performance;
}

/**
 * Performance against target over time, for one promise or every promise in the charter:
 * the latest figure met or missed (in words and by shape), the trend, a small chart, and
 * the same figures in a data table. Figures come from the charter or from `src` (JSON or
 * CSV), so they can be updated without touching the charter.
 *
 * @tagname service-performance
 * @summary How well promises are kept, period by period, as a chart with a table.
 * @csspart measures - The wrapper of every measure.
 * @csspart measure - One promise's figures.
 * @csspart performance - The latest figure against its target (as in `<service-promise>`).
 * @csspart trend - The trend since the previous figure.
 * @csspart figure - The chart with its legend.
 * @csspart chart - The SVG chart.
 * @csspart legend - The key to the chart.
 * @csspart details - The disclosure holding the table.
 * @csspart table - The table of figures.
 * @csspart loading - Shown while figures load.
 * @csspart problem - Figures that could not be loaded or read.
 * @csspart empty - Shown when there are no figures.
 * @cssprop --service-color-accent - The achieved line.
 * @cssprop --service-color-text - The target line.
 * @cssprop --service-color-success - Colour of the met shape.
 * @cssprop --service-color-error - Colour of the missed shape and problem border.
 * @cssprop --service-color-border - Gridlines and gaps.
 * @cssprop --service-performance-chart-height - Height of the chart (default auto, from its width).
 */
export class ServicePerformance extends ServiceElement<ServicePerformanceStrings> {
  /** Its Welsh is in both parts of the built-in Welsh. */
  static override moreStrings = true;

  /** This element's built-in English strings (Welsh arrives when needed: strings/languages.ts). */
  static override builtInStrings: StringTables<ServicePerformanceStrings> = {
    en: { ...performance.en, ...figures.en, ...common.en },
  };

  /** The shared defaults and problem box, the latest-figure line's styles, then this element's own. */
  static override styles = [baseStyles, problemStyles, promiseStyles, performanceStyles];

  /** Reactive properties, their attributes and how they convert (each field below says what it is). @internal */
  static override properties: PropertyDeclarations = {
    promiseId: { attribute: 'promise-id' },
    promise: { attribute: false },
    src: {},
    figures: { attribute: false },
    headingLevel: { type: Number, attribute: 'heading-level' },
    tableOpen: { type: Boolean, attribute: 'table-open' },
  };

  /** The id of one promise to show; without it (and without `promise`), every promise with figures. */
  promiseId = '';

  /** One promise, for use without a `<service-charter>`; wins over `promise-id`. */
  promise?: CharterPromise | ServicePromiseData;

  /** URL of figures in JSON or CSV (see docs); they replace the charter's figures for the promises they cover. */
  src?: string;

  /**
   * Figures the host page loaded itself, in the JSON shape of a `src` file, or a promise of
   * them: the element shows its loading state until the promise settles. Wins over `src`.
   */
  figures?: FiguresDocument | Promise<FiguresDocument>;

  /** The level of each measure's heading (1–6). */
  headingLevel = 3;

  /** Show the table of figures open beneath the chart, rather than behind its toggle. */
  tableOpen = false;

  private loader = new AsyncLoad(this, {
    args: () => [this.figures, this.src] as const,
    load: async ([figures, src], { signal }) =>
      figures ? readFiguresJson(await figures) : src ? fetchFigures(src, signal, this.activeClock) : undefined,
    onComplete: (figures) => {
      const lines = figures?.problems.map((p) => `  ${p.where}: ${p.message}`) ?? [];
      if (lines.length)
        console.warn(
          `<service-performance>: ${this.figures ? 'the figures' : this.src} have entries that were left out:\n${lines.join('\n')}`,
        );
    },
    onError: (error) => console.error(error instanceof Error ? error.message : error),
  });

  private chartWidth = new ChartWidth(this);

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('headingLevel')) this.headingLevel = clampLevel(this.headingLevel);
  }

  /** The measures to show: the chosen promise, or every promise with at least one period of figures; `src` figures win. */
  private shown(figures: PerformanceFigures | undefined): Shown[] {
    const fromFile = figures?.byPromise ?? {};
    const promises = this.currentCharter?.promises ?? [];
    const entry = (id: string, promise?: CharterPromise | ServicePromiseData): Shown[] => {
      const model = promise && asCharterPromise(promise);
      const performance = withShareTarget(fromFile[id] ?? promise?.performance, model);
      // No periods (none given, or every one dropped as invalid): nothing to chart or tabulate.
      if (!performance?.periods.length) return [];
      const title = performance.measure ?? promise?.text;
      const picked = title ? this.pickIn(title) : { text: id, lang: this.language };
      return [{ id, title: picked.text, titleLang: picked.lang, performance }];
    };
    const single = this.promise ?? promises.find((p) => p.id === this.promiseId);
    if (this.promise || this.promiseId) return entry(single?.id ?? this.promiseId, single);
    const known = new Set(promises.map((p) => p.id));
    return [
      ...promises.flatMap((p) => entry(p.id, p)),
      ...Object.keys(fromFile)
        .filter((id) => !known.has(id))
        .flatMap((id) => entry(id)),
    ];
  }

  override render() {
    const text = this.text;
    const waiting = this.loader.status === 'initial' || this.loader.status === 'pending';
    const pending = waiting && !!(this.src || this.figures);
    const error = this.loader.status === 'error' ? (this.loader.error as Error) : undefined;
    const figures = pending || error ? undefined : this.loader.value;
    const status = pending
      ? text.figuresLoading
      : error
        ? this.errorMessage(error)
        : this.src || this.figures
          ? text.figuresLoaded
          : '';
    const shown = pending ? [] : this.shown(figures);
    return html`<div part="measures" class="measures" tabindex="-1">
      <p role="status" class="visually-hidden">${status}</p>
      ${pending ? html`<p part="loading" class="loading">${text.figuresLoading}</p>` : nothing}
      ${error ? this.renderError(error, shown.length > 0) : nothing}
      ${figures?.problems.length ? this.renderProblems(figures) : nothing}
      ${pending ? nothing : shown.length ? shown.map((s, i) => this.renderMeasure(s, i)) : html`<p part="empty" class="empty">${text.noFigures}</p>`}
    </div>`;
  }

  private errorMessage(error: Error): string {
    if (!(error instanceof FiguresReadError)) return this.text.figuresNetworkError;
    return error.reason === 'json' ? this.text.figuresNotJson : this.text.figuresNoColumns;
  }

  private renderError(error: Error, fallback: boolean) {
    return html`<div part="problem" class="problem">
      <p>${this.errorMessage(error)}</p>
      ${fallback ? html`<p>${this.text.figuresFromCharter}</p>` : nothing}
      ${error instanceof FiguresReadError || this.figures ? nothing : html`<button type="button" @click=${this.retry}>${this.text.retry}</button>`}
    </div>`;
  }

  /** Loads again; focus moves to the figures so it is not lost with the button. */
  private retry() {
    this.renderRoot.querySelector<HTMLElement>('.measures')?.focus();
    void this.loader.run();
  }

  private renderProblems(figures: PerformanceFigures) {
    return html`<div part="problem" class="problem">
      <p>${this.text.figuresProblems}</p>
      <ul>
        ${figures.problems.map((p) => html`<li><code>${p.where}</code>: ${p.message}</li>`)}
      </ul>
    </div>`;
  }

  private chartContext(performance: Performance): ChartContext {
    const { text, language } = this;
    const percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 });
    const number = new Intl.NumberFormat(language, { maximumFractionDigits: 2 });
    return {
      text,
      language,
      figure: figureIn(performance, { text, language }),
      periodName: (period) => formatPeriod(period, language, text.quarter, text.months),
      tick: (value) => (performance.unit === 'percent' ? percent.format(value / 100) : number.format(value)),
      axisTitle: text.axis[performance.unit] ?? '',
    };
  }

  private renderMeasure({ title, titleLang, performance }: Shown, index: number) {
    const text = this.text;
    const context = this.chartContext(performance);
    const results = periodResults(performance);
    const trend = trendOf(performance);
    const geometry = chartGeometry(results, performance.unit, this.chartWidth.box);
    const measure = inLanguage({ text: title, lang: titleLang }, this.language);
    return html`<section part="measure" class="measure" aria-labelledby="measure-${index}">
      ${heading(this.headingLevel, measure, `measure-${index}`)} ${latestFigureLine(performance, context)}
      ${trendView(performance, trend, context)}
      <figure part="figure">
        ${chartView(geometry, this.chartLabel(sameLanguage(titleLang, this.language) ? title : text.chartTheseFigures, results, trend, context), context)}
        ${legendView(geometry, context)}
      </figure>
      <details part="details" ?open=${this.tableOpen}>
        <summary>${text.tableToggle}<span class="visually-hidden"> (${measure})</span></summary>
        ${tableView(results, fillParts(text.tableCaption, { measure }), context)}
      </details>
    </section>`;
  }

  /** The chart's text alternative: what it covers, the latest figure, the record against target, the trend. */
  private chartLabel(title: string, results: PeriodResult[], trend: Trend | undefined, context: ChartContext): string {
    const { text, periodName } = context;
    const [first, last] = [results[0], results.at(-1)!].map((r) => periodName(r.period));
    const record = targetRecord(results);
    return [
      fill(first === last ? text.chartLabelOne : text.chartLabel, { measure: title, first, last }),
      record.judged ? fill(plural(this.language, record.met, text.chartTarget), { judged: record.judged }) : '',
      trend ? trendWords(trend, context) : '',
      text.chartTable,
    ]
      .filter(Boolean)
      .join(' ');
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'service-performance': ServicePerformance;
  }
}
