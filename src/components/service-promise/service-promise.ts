import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import type { CharterPromise, ServicePromiseData } from '../../core/charter-types.js';
import { asCharterPromise } from '../../core/read-charter-v1.js';
import { targetInWords } from '../../strings/format.js';
import * as policy from '../../strings/policy.js';
import * as figures from '../../strings/figures.js';
import type { ServicePromiseStrings } from '../../strings/element-strings.js';
import type { StringTables } from '../../strings/tables.js';
import { ServiceElement } from '../service-element.js';
import { baseStyles } from '../shared-styles.js';
import { latestFigureLine } from './latest-figure.js';
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
export class ServicePromise extends ServiceElement<ServicePromiseStrings> {
  /** This element's built-in English and Welsh strings. */
  static override builtInStrings: StringTables<ServicePromiseStrings> = {
    en: { ...policy.en, ...figures.en },
    cy: { ...policy.cy, ...figures.cy },
  };

  /** The shared defaults, then this element's own styles. */
  static override styles = [baseStyles, promiseStyles];

  /** The id of a promise in the enclosing `<service-charter>`. */
  @property({ attribute: 'promise-id' }) promiseId = '';

  /** The promise itself, for use without a `<service-charter>`; wins over `promise-id`. */
  @property({ attribute: false }) promise?: CharterPromise | ServicePromiseData;

  private get shownPromise(): CharterPromise | undefined {
    const promise = this.promise ?? this.currentCharter?.promises.find((p) => p.id === this.promiseId);
    return promise && asCharterPromise(promise);
  }

  override render() {
    const promise = this.shownPromise;
    if (!promise) return nothing;
    const text = this.text;
    // Minimal format 2 reading (the first target's time); the full wording comes with the rendering work.
    const within = promise.targets[0]?.within;
    return html`<div part="promise">
      <p part="text" class="text">${this.pick(promise.text)}</p>
      ${
        within
          ? html`<p part="target" class="target">
              <span class="visually-hidden">${text.target}: </span>${targetInWords(within, this.language, text)}
            </p>`
          : nothing
      }
      ${latestFigureLine(
        promise.performance,
        { text, language: this.language },
        promise.performance?.measure ? this.pick(promise.performance.measure) : undefined,
      )}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'service-promise': ServicePromise;
  }
}
