import { html, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import { insideCharter } from '../../context/charter-context.js';
import { ComplaintSender, type FinalVerdict, type SendPhase } from '../../controllers/complaint-sender.js';
import { DraftStore, restoredDraft, type DraftStorageKind, type StoredDraft } from '../../controllers/draft-store.js';
import { systemClock, type Clock } from '../../context/clock.js';
import type { Charter, ComplaintTrack } from '../../core/charter-types.js';
import { complaintStageDeadlines } from '../../core/complaint-deadlines.js';
import {
  complaintBody,
  emptyComplaint,
  MAX_DETAILS,
  MAX_OUTCOME,
  validateComplaint,
  type ComplaintBody,
  type ComplaintFields,
  type FieldProblem,
} from '../../core/complaint.js';
import { ComplaintFailedEvent, ComplaintSentEvent, ComplaintSubmitEvent } from '../../events/complaint-events.js';
import { localDateOf } from '../../core/time-zone.js';
import { clampLevel, heading } from '../headings.js';
import { complaintsView } from '../service-charter/complaints-view.js';
import * as complaintForm from '../../strings/complaint-form.js';
import * as policy from '../../strings/policy.js';
import * as promises from '../../strings/promises.js';
import type { ServiceComplaintFormStrings } from '../../strings/element-strings.js';
import type { StringTables } from '../../strings/tables.js';
import { sameLanguage, ServiceElement } from '../service-element.js';
import type { LocalizedText } from '../../core/text.js';
import { baseStyles } from '../base-styles.js';
import { countMessage, type FieldContext } from './field-views.js';
import { focusIn, formView, refusal } from './form-view.js';
import { webLink } from '../web-link.js';
import { receiptView, type Receipt } from './receipt-view.js';
import type { Part } from '../deadline-parts.js';
import { formStyles } from './service-complaint-form.styles.js';

/** Where a problem's link and focus go: radios by their first choice, contact by the email box. */
const FOCUS_TARGET: Record<string, string> = { kind: 'kind-complaint', contact: 'email' };

/**
 * A complaint, compliment or comment form that follows the charter's complaints policy:
 * the stages and deadlines up front, GOV.UK form craft (labels, hints, errors on submit,
 * a focused error summary, a character count), drafts that survive reload, and a
 * submission that retries safely with one Idempotency-Key until the endpoint answers.
 * See docs/service-complaint-form.md and docs/complaint-endpoint.md.
 *
 * @tagname service-complaint-form
 * @summary Complaint, compliment and comment form with safe, resumable submission.
 * @fires service-complaint-submit - Cancelable, once per submission: carries the complaint; cancel it to send it yourself and call `respondWith`.
 * @fires service-complaint-sent - The submission was received: `reference` and `complaint`.
 * @fires service-complaint-failed - The submission stopped: `reason` is `invalid`, `rejected` or `stalled`.
 * @csspart complaints - The complaints policy shown before the form.
 * @csspart form - The form.
 * @csspart error-summary - The list of problems shown after a failed submit.
 * @csspart error-message - One field's error message.
 * @csspart submit - The send button.
 * @csspart notice - The message while sending, retrying, offline or rejected.
 * @csspart receipt - The confirmation after success.
 * @csspart receipt-panel - The confirmation's highlighted heading and reference.
 * @csspart reference - The reference number.
 * @csspart deadlines - The acknowledgement and response dates.
 * @cssprop --service-color-error - Error border and text colour.
 * @cssprop --service-color-success - Confirmation panel colour.
 * @cssprop --service-color-focus - Focus ring colour.
 * @cssprop --service-color-accent - Button colour.
 */
export class ServiceComplaintForm extends ServiceElement<ServiceComplaintFormStrings> {
  /** Its Welsh is in both parts of the built-in Welsh. */
  static override moreStrings = true;

  /** This element's built-in English strings (Welsh arrives when needed: strings/languages.ts). */
  static override builtInStrings: StringTables<ServiceComplaintFormStrings> = {
    en: { ...complaintForm.en, ...policy.en, ...promises.en },
  };

  /** The shared defaults, then this element's own styles. */
  static override styles = [baseStyles, formStyles];

  /**
   * Reactive properties, their attributes and how they convert (each field below says what it is).
   * Internal state also says `attribute: false`, which is what the manifest analyzer reads. @internal
   */
  static override properties: PropertyDeclarations = {
    parsedCharter: { attribute: false },
    endpoint: {},
    draftStorage: { attribute: 'draft-storage' },
    draftKey: { attribute: 'draft-key' },
    draftHours: { type: Number, attribute: 'draft-hours' },
    timeout: { type: Number },
    retryDelay: { type: Number, attribute: 'retry-delay' },
    maxAttempts: { type: Number, attribute: 'max-attempts' },
    minFillSeconds: { type: Number, attribute: 'min-fill-seconds' },
    csrfHeader: { attribute: 'csrf-header' },
    csrfToken: { attribute: 'csrf-token' },
    privacyNotice: { attribute: 'privacy-notice' },
    hidePolicy: { type: Boolean, attribute: 'hide-policy' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    fields: { state: true, attribute: false },
    problems: { state: true, attribute: false },
    receipt: { state: true, attribute: false },
    rejected: { state: true, attribute: false },
    restored: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
  };

  /**
   * A charter already read with `parseCharter` (not the raw document that `<service-charter>`'s
   * `charter` takes), for use without a `<service-charter>` around the form.
   */
  parsedCharter?: Charter;
  /** Where to POST; wins over the charter's `complaints.endpoint`. */
  endpoint?: string;
  /** Where drafts are kept: `session` (default), `local` (this device) or `none`; wins over the charter. */
  draftStorage?: DraftStorageKind;
  /** The storage key of this form's draft (default: per page path). */
  draftKey?: string;
  /** Drafts older than this many hours are discarded. */
  draftHours = 20;
  /** Milliseconds before one attempt is abandoned and retried. */
  timeout = 15000;
  /** Milliseconds before the first retry; doubles up to 60 s, with jitter. */
  retryDelay = 1000;
  /** Automatic attempts before asking the person to try again (the text stays). */
  maxAttempts = 6;
  /** Fill times below this are reported to the endpoint as likely automated (never blocked). */
  minFillSeconds = 5;
  /** The CSRF header's name (default `X-CSRF-Token`, or `<meta name="csrf-header">`). */
  csrfHeader?: string;
  /** The CSRF token (default `<meta name="csrf-token">`); no header is sent without one. */
  csrfToken?: string;
  /**
   * The page of your privacy notice, linked after the charter's consent wording. Only an
   * http(s) address (absolute, or relative to the page) is linked; anything else is ignored.
   */
  privacyNotice?: string;
  /** Leave out the policy summary, e.g. when the page already shows it in a `<service-charter>`. */
  hidePolicy = false;
  /** The level of the form's heading; the policy and receipt use the one below. */
  headingLevel = 2;

  private fields: ComplaintFields = emptyComplaint();
  private problems: FieldProblem[] = [];
  private receipt?: Receipt;
  /** A final refusal: its status (0 for the page's own error) and the endpoint's own `message`, shown after the form's words. */
  private rejected?: { status: number; message?: string };
  private restored = false;
  /** The polite status text; changed only on meaningful change. */
  private announcement = '';

  private pending?: { key: string; body: ComplaintBody };
  private startedAt?: number;
  private sender = new ComplaintSender(
    this,
    () => this.timerClock,
    () => this.dispatchEvent(new ComplaintFailedEvent(this.pending!.body, 'stalled')),
  );
  private store?: DraftStore;
  private cancelCount?: () => void;
  private lastPhase: SendPhase = 'idle';

  protected override get currentCharter(): Charter | undefined {
    return this.parsedCharter ?? super.currentCharter;
  }

  /**
   * The clock for retries, timeouts, the character count and draft ages: the `clock`
   * property when given, else the system's (a `now` alone does not stop them: its timers never fire).
   */
  private get timerClock(): Clock {
    return this.clock ?? systemClock;
  }

  private get policy() {
    return this.currentCharter?.complaints;
  }

  private get rules() {
    const timeZone = this.currentCharter?.hours?.timeZone ?? 'Europe/London';
    return {
      anonymousAllowed: this.policy?.anonymousAllowed === true,
      consentRequired: this.policy?.consent !== undefined,
      today: localDateOf(timeZone, new Date(this.activeClock.now())),
    };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved in the page: reopen the draft and resume a submission the move interrupted.
    this.requestUpdate();
  }

  protected override firstUpdated(): void {
    // `charter` is <service-charter>'s raw document; set here, it would be ignored in silence.
    if (Object.hasOwn(this, 'charter')) {
      console.warn(
        '<service-complaint-form>: it has no `charter` property: give it `parsedCharter` (a charter read with parseCharter()) or place it inside <service-charter>.',
      );
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.cancelCount?.();
    this.store = undefined;
  }

  /** A restored draft was waiting to be sent: send it once this update is done. */
  private resumeDelivery = false;

  protected override updated(): void {
    if (this.resumeDelivery) {
      this.resumeDelivery = false;
      void this.updateComplete.then(() => this.deliver());
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('headingLevel')) this.headingLevel = clampLevel(this.headingLevel);
    // The draft is opened once the charter (which may choose the storage) is known, and only
    // while in the page: an update after removal must not resume a submission.
    if (this.isConnected && !this.store && !this.receipt && (this.policy || !insideCharter(this))) this.openDraft();
    this.notePhase();
  }

  private openDraft(): void {
    const key = this.draftKey ?? `service-complaint-form:${location.pathname}${this.id ? `#${this.id}` : ''}`;
    const kind = this.draftStorage ?? this.policy?.draftStorage ?? 'session';
    this.store = new DraftStore(kind, key, this.draftHours * 3_600_000, this.timerClock);
    const draft = this.store.load();
    if (draft) Object.assign(this, restoredDraft(draft, emptyComplaint()));
  }

  private saveDraft(): void {
    const draft: StoredDraft = { fields: this.fields, startedAt: this.startedAt!, pending: this.pending };
    this.store?.save(draft);
  }

  private get busy(): boolean {
    return this.pending !== undefined;
  }

  private onInput(event: Event): void {
    const target = event.target as HTMLInputElement;
    if (this.busy || !(target.name in this.fields) || target.name === 'website') return;
    const value = target.type === 'checkbox' ? target.checked : target.value;
    this.fields = { ...this.fields, [target.name]: value };
    this.startedAt ??= this.activeClock.now();
    this.saveDraft();
    if (target.tagName === 'TEXTAREA') this.announceCountSoon(target.name as 'details' | 'outcome');
  }

  /** GOV.UK character count: announced once typing pauses, not on every keystroke. */
  private announceCountSoon(field: 'details' | 'outcome'): void {
    this.cancelCount?.();
    this.cancelCount = this.timerClock.setTimer(() => {
      const limit = field === 'details' ? MAX_DETAILS : MAX_OUTCOME;
      this.announcement = countMessage(limit - this.fields[field].length, this.language, this.text);
    }, 1000);
  }

  private async onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    // A character count still waiting to be said would talk over the error summary or the sending status.
    this.cancelCount?.();
    const form = event.target as HTMLFormElement;
    const honeypot = (form.elements.namedItem('website') as HTMLInputElement | null)?.value ?? '';
    this.rejected = undefined;
    // A half-typed date reads as '' from a date input: check it as what it is, unfinished.
    const partDate = (form.elements.namedItem('when') as HTMLInputElement | null)?.validity.badInput;
    this.problems = validateComplaint({ ...this.fields, when: partDate ? '?' : this.fields.when }, this.rules);
    if (this.problems.length > 0) {
      await this.updateComplete;
      focusIn(this.renderRoot, '.error-summary');
      return;
    }
    focusIn(this.renderRoot, 'button[type="submit"]');
    const submittedAt = new Date(this.activeClock.now());
    const body = complaintBody(
      this.fields,
      {
        submittedAt,
        startedAt: this.startedAt === undefined ? null : new Date(this.startedAt),
        honeypot,
        minimumFillSeconds: this.minFillSeconds,
        language: this.language,
        page: location.href,
      },
      this.rules.anonymousAllowed,
    );
    this.pending = { key: crypto.randomUUID(), body };
    this.startedAt ??= submittedAt.getTime();
    this.saveDraft();
    await this.deliver();
  }

  /** Sends the pending submission: through the host if it cancels the submit event, else to the endpoint. */
  private async deliver(): Promise<void> {
    const { key, body } = this.pending!;
    this.requestUpdate();
    const endpoint = this.endpoint ?? this.policy?.endpoint;
    const verdict = await this.sender.deliver(
      new ComplaintSubmitEvent(body, key),
      body,
      endpoint,
      'complaints.endpoint',
    );
    if (verdict) this.settle(verdict, body);
  }

  private settle(verdict: FinalVerdict, body: ComplaintBody): void {
    this.pending = undefined;
    if (verdict.outcome === 'sent') {
      this.store?.clear();
      this.receipt = {
        kind: body.kind,
        reference: verdict.reference,
        deadlines: this.receiptDeadlines(new Date(body.submittedAt)),
      };
      this.dispatchEvent(new ComplaintSentEvent(body, verdict.reference));
      void this.updateComplete.then(() => focusIn(this.renderRoot, '.receipt'));
      return;
    }
    this.saveDraft();
    if (verdict.outcome === 'invalid') {
      this.problems = verdict.problems;
      void this.updateComplete.then(() => focusIn(this.renderRoot, '.error-summary'));
    } else this.rejected = verdict;
    this.dispatchEvent(new ComplaintFailedEvent(body, verdict.outcome, verdict.status));
  }

  /** A track's name for the receipt, in the language it is written in; its id when it has none. */
  private trackName(track: ComplaintTrack): Part {
    const { text, lang } = this.pickIn(track.name);
    return text ? { words: text, lang } : track.id;
  }

  /** Every track's first-stage deadlines from the moment of sending; none when they cannot be worked out. */
  private receiptDeadlines(sentAt: Date): Receipt['deadlines'] {
    const tracks = this.policy?.tracks ?? [];
    try {
      const read = tracks.map((track) => ({
        track,
        stage: complaintStageDeadlines(this.currentCharter, sentAt, track.id),
      }));
      const timeZone = read.find((r) => r.stage)?.stage?.timeZone;
      if (!timeZone) return undefined;
      return {
        timeZone,
        sentAt,
        tracks: read.map(({ track, stage }) => ({
          track: tracks.length > 1 ? this.trackName(track) : undefined,
          targets: stage?.targets ?? [],
        })),
      };
    } catch (error) {
      console.warn(`<service-complaint-form>: no deadlines on the receipt: ${(error as Error).message}`);
      return undefined;
    }
  }

  /** Announces each new phase of sending once (the sender reports a stall to the host). */
  private notePhase(): void {
    const phase = this.sender.phase;
    if (phase === this.lastPhase) return;
    this.lastPhase = phase;
    const text = this.text;
    const words = {
      sending: text.statusSending,
      retrying: text.statusRetrying,
      offline: text.statusOffline,
      stalled: text.statusStalled,
    };
    if (phase !== 'idle') this.announcement = words[phase];
  }

  override render() {
    const text = this.text;
    const level = this.headingLevel;
    return html`${
        this.policy && !this.receipt && !this.hidePolicy
          ? complaintsView(this.policy, {
              text,
              language: this.language,
              pick: (t) => this.charterText(t),
              plain: (t) => this.pick(t),
              headingLevel: level,
            })
          : nothing
      }
      ${
        this.receipt
          ? receiptView(this.receipt, text, this.language, level)
          : html`${heading(level, text.formHeading)} ${this.renderForm()}`
      }
      <div role="status" class="visually-hidden">${this.announcement}</div>`;
  }

  private renderForm() {
    const text = this.text;
    const errors = new Map(
      this.problems.map((p) => [p.field, p.code ? (text.errors[`${p.field}.${p.code}`] ?? p.code) : (p.message ?? '')]),
    );
    const context: FieldContext = { text, language: this.language, fields: this.fields, errors, locked: this.busy };
    const named = (id: string, name: LocalizedText): [string, string, string?] => {
      const { text: words, lang } = this.pickIn(name);
      return [id, words, sameLanguage(lang, this.language) ? undefined : lang];
    };
    const services = this.policy?.services
      ? this.policy.services.map((s) => named(s.id, s.name))
      : (this.currentCharter?.channels ?? []).map((c) => named(c.id, c.name));
    return formView(context, {
      phase: this.busy ? (this.sender.phase === 'idle' ? 'sending' : this.sender.phase) : 'idle',
      problems: this.problems.map((p) => [FOCUS_TARGET[p.field] ?? p.field, errors.get(p.field)!]),
      rejected: this.rejected && refusal(text, text.rejected, this.rejected),
      restored: this.restored,
      services,
      anonymousAllowed: this.rules.anonymousAllowed,
      consent: this.policy?.consent ? this.charterText(this.policy.consent) : undefined,
      privacyNotice: webLink(this.privacyNotice, this.ownerDocument.baseURI),
      today: this.rules.today,
      summaryHeadingLevel: this.headingLevel + 1,
      onInput: (e) => this.onInput(e),
      onSubmit: (e) => void this.onSubmit(e),
      onFocusField: (id) => this.shadowRoot!.getElementById(id)?.focus(),
      onRetryNow: () => this.sender.retryNow(),
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'service-complaint-form': ServiceComplaintForm;
  }
}
