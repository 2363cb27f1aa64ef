import { html, nothing, type PropertyDeclarations } from 'lit';
import { NextChangeController } from '../../controllers/next-change.js';
import type { CharterPromise, ServicePromiseData } from '../../core/charter-types.js';
import { asCharterPromise } from '../../core/promise-v1.js';
import * as policy from '../../strings/policy.js';
import * as promises from '../../strings/promises.js';
import * as figures from '../../strings/figures.js';
import * as common from '../../strings/common.js';
import type { ServicePromiseStrings } from '../../strings/element-strings.js';
import type { StringTables } from '../../strings/tables.js';
import { noticeStyles } from '../notice-styles.js';
import { documentCode } from '../document-chunks.js';
import { ServiceElement } from '../service-element.js';
import { baseStyles } from '../base-styles.js';
import { promiseView } from './promise-view.js';
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

  /** Reactive properties, their attributes and how they convert (each field below says what it is). @internal */
  static override properties: PropertyDeclarations = {
    promiseId: { attribute: 'promise-id' },
    promise: { attribute: false },
    ownNoticesOnly: { type: Boolean, attribute: 'own-notices-only' },
  };

  /** The id of a promise in the enclosing `<service-charter>`. */
  promiseId = '';

  /** The promise itself (format 2, or format 1's shape), for use without a `<service-charter>`; wins over `promise-id`. */
  promise?: CharterPromise | ServicePromiseData;

  /**
   * Show only notices that name this promise, not those of its channel or service: for a
   * page that shows those beside the channel already, as `<service-charter>` does.
   */
  ownNoticesOnly = false;

  constructor() {
    super();
    new NextChangeController(
      this,
      () => this.activeClock,
      () => documentCode.notices?.nextNoticeChange(this.currentCharter?.notices ?? [], this.activeClock.now()) ?? null,
    );
  }

  private get shownPromise(): CharterPromise | undefined {
    const promise = this.promise ?? this.currentCharter?.promises.find((p) => p.id === this.promiseId);
    return promise && asCharterPromise(promise);
  }

  override render() {
    const promise = this.shownPromise;
    if (!promise) return nothing;
    const charter = this.currentCharter;
    // A charter with notices has their code here: it read them with it.
    const inForce =
      (charter &&
        documentCode.notices?.activeNotices(charter, new Date(this.activeClock.now()), { promise: promise.id })) ??
      [];
    const notices = this.ownNoticesOnly ? inForce.filter((notice) => notice.promises.includes(promise.id)) : inForce;
    const blocks = promiseView(promise, notices, {
      text: this.text,
      language: this.language,
      pick: (t) => this.charterText(t),
      plain: (t) => this.pick(t),
      marker: (t) => this.charterMarker(t),
      charter,
    });
    return html`<div part="promise">${blocks}</div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'service-promise': ServicePromise;
  }
}
