import { html, nothing } from 'lit';
import { property } from 'lit/decorators/property.js';
import { NextChangeController } from '../../controllers/next-change.js';
import type { CharterPromise, ServicePromiseData } from '../../core/charter-types.js';
import { nextNoticeChange } from '../../core/active-notices.js';
import { activeNotices } from '../../core/notices.js';
import { asCharterPromise } from '../../core/promise-v1.js';
import { withShareTarget } from '../../core/performance-share.js';
import {
  aimSentence,
  customTargetWords,
  guaranteeWords,
  nounKeyOf,
  promiseCommitment,
  withQualifier,
} from '../../strings/promise-words.js';
import * as policy from '../../strings/policy.js';
import * as promises from '../../strings/promises.js';
import * as figures from '../../strings/figures.js';
import * as common from '../../strings/common.js';
import type { ServicePromiseStrings } from '../../strings/element-strings.js';
import type { StringTables } from '../../strings/tables.js';
import { noticeStyles, noticesView } from '../notices-view.js';
import { ServiceElement } from '../service-element.js';
import { baseStyles } from '../base-styles.js';
import { latestFigureLine } from './latest-figure.js';
import { promiseStyles } from './service-promise.styles.js';

/**
 * One promise in plain words by its kind ("We aim to answer 80% of calls within 60
 * seconds."), with its qualifier, its guarantee, any notice in force about it, and how well
 * it was kept in the latest reported period: met or missed in words and by shape, never
 * colour alone.
 *
 * @tagname service-promise
 * @summary One service promise and how well it is kept.
 * @csspart promise - The wrapper.
 * @csspart text - The promise in plain words.
 * @csspart target - The target in words ("within 5 working days"), or the commitment when the promise has its own text.
 * @csspart guarantee - What we pay if the promise is missed.
 * @csspart notice - A temporary notice about this promise, its channel or its service.
 * @csspart performance - The latest figure against its target.
 * @cssprop --service-color-success - Colour of the met shape.
 * @cssprop --service-color-error - Colour of the missed shape.
 * @cssprop --service-color-muted - Colour of the target line.
 */
export class ServicePromise extends ServiceElement<ServicePromiseStrings> {
  /** This element's built-in English strings (Welsh arrives when needed: strings/languages.ts). */
  static override builtInStrings: StringTables<ServicePromiseStrings> = {
    en: { ...policy.en, ...promises.en, ...figures.en, ...common.en },
  };

  /** The shared defaults, then this element's own styles. */
  static override styles = [baseStyles, noticeStyles, promiseStyles];

  /** The id of a promise in the enclosing `<service-charter>`. */
  @property({ attribute: 'promise-id' }) promiseId = '';

  /** The promise itself (format 2, or format 1's shape), for use without a `<service-charter>`; wins over `promise-id`. */
  @property({ attribute: false }) promise?: CharterPromise | ServicePromiseData;

  /**
   * Show only notices that name this promise, not those of its channel or service: for a
   * page (such as `<service-charter>`) that shows those beside the channel already.
   */
  @property({ type: Boolean, attribute: 'own-notices-only' }) ownNoticesOnly = false;

  constructor() {
    super();
    new NextChangeController(
      this,
      () => this.activeClock,
      () => nextNoticeChange(this.currentCharter?.notices ?? [], this.activeClock.now()),
    );
  }

  private get shownPromise(): CharterPromise | undefined {
    const promise = this.promise ?? this.currentCharter?.promises.find((p) => p.id === this.promiseId);
    return promise && asCharterPromise(promise);
  }

  override render() {
    const promise = this.shownPromise;
    if (!promise) return nothing;
    const { text, language } = this;
    const charter = this.currentCharter;
    const own = this.pick(promise.text);
    const commitment = promiseCommitment(promise, nounKeyOf(promise, charter), language, text);
    const sentence =
      commitment !== undefined &&
      withQualifier(
        commitment,
        this.pick(promise.qualifier),
        text,
        (w) => aimSentence(w, text),
        this.charterMarker(promise.qualifier),
      );
    const inForce = charter ? activeNotices(charter, new Date(this.activeClock.now()), { promise: promise.id }) : [];
    const notices = this.ownNoticesOnly ? inForce.filter((notice) => notice.promises.includes(promise.id)) : inForce;
    return html`<div part="promise">
      ${noticesView(notices, { text, language, pick: (t) => this.charterText(t), timeZone: charter?.timeZone ?? 'UTC' })}
      ${own ? html`<p part="text" class="text">${this.charterText(promise.text)}</p>` : nothing}
      ${sentence ? html`<p part="target" class=${own ? 'target' : 'text'}>${sentence}</p>` : this.customTarget(promise)}
      ${
        promise.guarantee
          ? html`<p part="guarantee" class="guarantee">
              <strong>${text.guaranteeLabel}:</strong>
              ${guaranteeWords(
                promise.guarantee,
                this.pick(promise.guarantee.condition),
                language,
                text,
                this.charterMarker(promise.guarantee.condition),
              )}
            </p>`
          : nothing
      }
      ${latestFigureLine(
        withShareTarget(promise.performance, promise),
        { text, language },
        promise.performance?.measure ? this.charterText(promise.performance.measure) : undefined,
      )}
    </div>`;
  }

  /** A `custom` promise's targets as format 1 showed them: "Target: within 5 working days". */
  private customTarget(promise: CharterPromise) {
    if (promise.targets.length === 0) return nothing;
    const { text, language } = this;
    const words = customTargetWords(promise.targets, language, text);
    const qualified = withQualifier(
      words,
      this.pick(promise.qualifier),
      text,
      (w) => w,
      this.charterMarker(promise.qualifier),
    );
    return html`<p part="target" class="target"><span class="visually-hidden">${text.target}: </span>${qualified}</p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'service-promise': ServicePromise;
  }
}
