import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import type { Performance, ServicePromiseData } from '../../core/charter-types.js';
import { latestFigure, meetsTarget } from '../../core/performance.js';
import { fill, formatPeriod, plural, targetInWords } from '../../strings/index.js';
import { ServiceElement } from '../service-element.js';
import { baseStyles } from '../shared-styles.js';
import { metIcon, missedIcon } from './performance-icons.js';
import { promiseStyles } from './service-promise.styles.js';

/**
 * One promise in plain words, its measurable target, and how well it was kept in the
 * latest reported period: met or missed in words and by shape, never colour alone.
 *
 * @tagname service-promise
 * @summary One service promise and how well it is kept.
 * @csspart promise - The wrapper.
 * @csspart text - The promise in plain words.
 * @csspart target - The target in words ("within 5 working days").
 * @csspart performance - The latest figure against its target.
 * @cssprop --service-color-success - Colour of the met shape.
 * @cssprop --service-color-error - Colour of the missed shape.
 * @cssprop --service-color-muted - Colour of the target line.
 */
export class ServicePromise extends ServiceElement {
  /** The shared defaults, then this element's own styles. */
  static override styles = [baseStyles, promiseStyles];

  /** The id of a promise in the enclosing `<service-charter>`. */
  @property({ attribute: 'promise-id' }) promiseId = '';

  /** The promise itself, for use without a `<service-charter>`; wins over `promise-id`. */
  @property({ attribute: false }) promise?: ServicePromiseData;

  private get shownPromise(): ServicePromiseData | undefined {
    return this.promise ?? this.currentCharter?.promises.find((p) => p.id === this.promiseId);
  }

  override render() {
    const promise = this.shownPromise;
    if (!promise) return nothing;
    const text = this.text;
    return html`<div part="promise">
      <p part="text" class="text">${this.pick(promise.text)}</p>
      <p part="target" class="target">
        <span class="visually-hidden">${text.target}: </span>${targetInWords(promise.target, this.language, text)}
      </p>
      ${this.renderPerformance(promise.performance)}
    </div>`;
  }

  private renderPerformance(performance: Performance | undefined) {
    const latest = latestFigure(performance);
    if (!performance || !latest) return nothing;
    const text = this.text;
    const value = (n: number) => this.formatFigure(n, performance);
    const met = meetsTarget(latest, performance.better);
    const figures =
      latest.target === undefined
        ? fill(text.achievedNoTarget, { achieved: value(latest.achieved) })
        : fill(text.achieved, { achieved: value(latest.achieved), target: value(latest.target) });
    const period = fill(text.period, { period: formatPeriod(latest.period, this.language, text.quarter) });
    return html`<p part="performance" class="performance ${met === undefined ? '' : met ? 'met' : 'missed'}">
      ${met === undefined ? nothing : met ? metIcon : missedIcon}
      <span>
        ${met === undefined ? nothing : html`<span class="verdict">${met ? text.met : text.missed}:</span>`} ${figures}
        ${period}${performance.measure ? html` (${this.pick(performance.measure)})` : nothing}
      </span>
    </p>`;
  }

  /** A figure in its unit: 87 % in percent, "35 seconds" in seconds. */
  private formatFigure(amount: number, performance: Performance): string {
    if (performance.unit === 'percent') {
      return new Intl.NumberFormat(this.language, { style: 'percent', maximumFractionDigits: 1 }).format(amount / 100);
    }
    return plural(this.language, amount, this.text.units[performance.unit]);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'service-promise': ServicePromise;
  }
}
