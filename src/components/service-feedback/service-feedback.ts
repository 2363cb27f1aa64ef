import { html, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { insideCharter } from '../../context/charter-context.js';
import { systemClock } from '../../context/clock.js';
import { ComplaintSender, type SendPhase } from '../../controllers/complaint-sender.js';
import { DraftStore, restoredDraft, type DraftStorageKind, type StoredDraft } from '../../controllers/draft-store.js';
import type { Charter } from '../../core/charter-types.js';
import type { FieldProblem } from '../../core/complaint.js';
import {
  answerNeedsRedress,
  emptyFeedback,
  feedbackBody,
  MAX_FEEDBACK_COMMENT,
  PROMISE_ANSWERS,
  validateFeedback,
  type FeedbackBody,
  type FeedbackFields,
  type FeedbackSubject,
} from '../../core/feedback.js';
import { FeedbackFailedEvent, FeedbackSentEvent, FeedbackSubmitEvent } from '../../events/feedback-events.js';
import * as feedbackStrings from '../../strings/feedback.js';
import type { ServiceFeedbackStrings } from '../../strings/element-strings.js';
import { fill } from '../../strings/format.js';
import type { StringTables } from '../../strings/tables.js';
import { baseStyles } from '../base-styles.js';
import { clampLevel } from '../headings.js';
import { countMessage } from '../service-complaint-form/field-views.js';
import { focusIn, refusal } from '../service-complaint-form/form-view.js';
import { formStyles } from '../service-complaint-form/service-complaint-form.styles.js';
import { ServiceElement } from '../service-element.js';
import { webLink } from '../web-link.js';
import { feedbackForm, feedbackReceipt, type FeedbackView } from './feedback-view.js';

type FeedbackDraft = StoredDraft<FeedbackFields, FeedbackBody>;

/** Fill times below this many seconds are reported to the endpoint as likely automated (never blocked). */
const MIN_FILL_SECONDS = 2;

/**
 * A short, optional rating where a resident has just read a promise or used a channel:
 * "Did we keep this promise?" (yes / partly / no) with `promise-id`, else the charter's
 * satisfaction scale for a `channel`, a `service` or the organisation; and an optional
 * comment. It is sent as the complaint form sends (one Idempotency-Key, retries, kept
 * through offline spells and reloads once the resident has chosen), says what happens to
 * the answer, and offers the complaint form after a "no" or a low rating.
 * See docs/service-feedback.md and docs/feedback-endpoint.md.
 *
 * @tagname service-feedback
 * @summary "Did we keep this promise?" or a satisfaction rating, sent safely.
 * @fires service-feedback-submit - Cancelable, once per rating: carries the rating; cancel it to send it yourself and call `respondWith`.
 * @fires service-feedback-sent - The rating was received: `reference` and `feedback`.
 * @fires service-feedback-failed - The rating stopped: `reason` is `invalid`, `rejected` or `stalled`; the answer is kept.
 * @csspart problem - Shown instead of the question when `promise-id`, `channel` or `service` names none of the charter's.
 * @csspart form - The form.
 * @csspart error-summary - The list of problems shown after a failed send.
 * @csspart error-message - One field's error message.
 * @csspart complaint-offer - The link to the complaint form after a "no" or a low rating.
 * @csspart about - What happens to an answer, and the privacy notice link.
 * @csspart submit - The send button.
 * @csspart notice - The message while retrying, offline or rejected.
 * @csspart receipt - The thanks after success.
 * @csspart receipt-panel - The thanks' highlighted heading and the answer given.
 * @cssprop --service-color-error - Error border and text colour.
 * @cssprop --service-color-success - Thanks panel colour.
 * @cssprop --service-color-focus - Focus ring colour.
 */
export class ServiceFeedback extends ServiceElement<ServiceFeedbackStrings> {
  /** Its Welsh is in both parts of the built-in Welsh. */
  static override moreStrings = true;

  /** This element's built-in English strings (Welsh arrives when needed: strings/languages.ts). */
  static override builtInStrings: StringTables<ServiceFeedbackStrings> = feedbackStrings;

  /** The shared defaults, the form styles it shares with the complaint form, and its problem note's. */
  static override styles = [baseStyles, formStyles];

  /**
   * Reactive properties, their attributes and how they convert (each field below says what it is).
   * Internal state also says `attribute: false`, which is what the manifest analyzer reads. @internal
   */
  static override properties: PropertyDeclarations = {
    parsedCharter: { attribute: false },
    promiseId: { attribute: 'promise-id' },
    channel: {},
    service: {},
    endpoint: {},
    complaintHref: { attribute: 'complaint-href' },
    draftStorage: { attribute: 'draft-storage' },
    timeout: { type: Number },
    retryDelay: { type: Number, attribute: 'retry-delay' },
    maxAttempts: { type: Number, attribute: 'max-attempts' },
    csrfToken: { attribute: 'csrf-token' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    fields: { state: true, attribute: false },
    problems: { state: true, attribute: false },
    sent: { state: true, attribute: false },
    rejected: { state: true, attribute: false },
    restored: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
  };

  /** A charter already read with `parseCharter`, for use without a `<service-charter>` around it. */
  parsedCharter?: Charter;
  /** The id of the promise to ask "Did we keep this promise?" about. */
  promiseId = '';
  /** Without `promise-id`: the id of the channel whose satisfaction is asked about. */
  channel = '';
  /** Without `promise-id` or `channel`: the id of the service whose satisfaction is asked about. */
  service = '';
  /** Where to POST; wins over the charter's `feedback.endpoint`. */
  endpoint?: string;
  /** Where the complaint form is (e.g. `#complaint-form`); wins over the charter's `feedback.complaintUrl`. */
  complaintHref?: string;
  /** Where an unsent answer is kept: `session` (default), `local` or `none`. */
  draftStorage?: DraftStorageKind;
  /** Milliseconds before one attempt is abandoned and retried. */
  timeout = 15000;
  /** Milliseconds before the first retry; doubles up to 60 s, with jitter. */
  retryDelay = 1000;
  /** Automatic attempts before asking the resident to try again (the answer stays). */
  maxAttempts = 6;
  /** The CSRF token (default `<meta name="csrf-token">`, header `<meta name="csrf-header">` or X-CSRF-Token). */
  csrfToken?: string;
  /** The level of the thanks' heading (and the error summary's). */
  headingLevel = 3;

  private fields: FeedbackFields = emptyFeedback();
  private problems: FieldProblem[] = [];
  private sent?: { answer: string; complaintOffer?: string };
  /** A final refusal: its status (0 for the page's own error) and the endpoint's own `message`. */
  private rejected?: { status: number; message?: string };
  private restored = false;
  /** The polite status text; changed only on meaningful change. */
  private announcement = '';

  private pending?: FeedbackDraft['pending'];
  private startedAt?: number;
  private sender = new ComplaintSender(
    this,
    () => this.clock ?? systemClock,
    () => this.dispatchEvent(new FeedbackFailedEvent(this.pending!.body, 'stalled')),
  );
  private store?: DraftStore<FeedbackDraft>;
  private cancelCount?: () => void;
  private lastPhase: SendPhase = 'idle';
  private resumeDelivery = false;
  /** The problem shown instead of the question (see `missingSubject`), and the subject last reported on the console. */
  private missing?: string;
  private told?: string;

  protected override get currentCharter(): Charter | undefined {
    return this.parsedCharter ?? super.currentCharter;
  }

  private get settings() {
    return this.currentCharter?.feedback;
  }

  /** The scale's values, lowest first; undefined when asking about a promise. */
  private get scale(): number[] | undefined {
    if (this.promiseId) return undefined;
    return this.settings?.scale?.map((point) => point.value) ?? [1, 2, 3, 4, 5];
  }

  private get subject(): FeedbackSubject {
    if (this.promiseId) return { promise: this.promiseId };
    if (this.channel) return { channel: this.channel };
    return this.service ? { service: this.service } : { organisation: true };
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.cancelCount?.();
    this.store = undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('headingLevel')) this.headingLevel = clampLevel(this.headingLevel);
    if (this.isConnected && !this.store && !this.sent && (this.currentCharter || !insideCharter(this)))
      this.openDraft();
    const phase = this.sender.phase;
    if (phase !== this.lastPhase && phase !== 'idle') {
      const text = this.text;
      this.announcement = {
        sending: text.feedbackSending,
        retrying: text.feedbackRetrying,
        offline: text.feedbackOffline,
        stalled: text.feedbackStalled,
      }[phase];
    }
    this.lastPhase = phase;
    this.missing = this.missingSubject();
  }

  /**
   * When the charter has no promise, channel or service of the id asked about: the words shown
   * instead of a question about nothing. The web team is told once on the console, with the ids
   * the charter has.
   */
  private missingSubject(): string | undefined {
    const charter = this.currentCharter;
    const [kind, id] = Object.entries(this.subject)[0] as ['promise' | 'channel' | 'service' | 'organisation', string];
    if (!charter || kind === 'organisation') return undefined;
    const known = { promise: charter.promises, channel: charter.channels, service: charter.services }[kind];
    if (known.some((item) => item.id === id)) return undefined;
    if (this.told !== `${kind}:${id}`) {
      this.told = `${kind}:${id}`;
      const ids = known.map((item) => `"${item.id}"`).join(', ') || 'none';
      console.warn(`<service-feedback>: the charter has no ${kind} "${id}" to ask about (its ${kind} ids: ${ids})`);
    }
    const words = {
      promise: this.text.unknownPromise,
      channel: this.text.unknownChannel,
      service: this.text.unknownService,
    };
    return fill(words[kind], { [kind]: id });
  }

  protected override updated(): void {
    if (!this.resumeDelivery) return;
    this.resumeDelivery = false;
    void this.updateComplete.then(() => this.deliver());
  }

  private openDraft(): void {
    const key = `service-feedback:${location.pathname}:${JSON.stringify(this.subject)}${this.id ? `#${this.id}` : ''}`;
    this.store = new DraftStore(this.draftStorage ?? 'session', key, 20 * 3_600_000, this.clock ?? systemClock);
    const draft = this.store.load();
    if (draft) Object.assign(this, restoredDraft(draft, emptyFeedback()));
  }

  private saveDraft(): void {
    this.store?.save({ fields: this.fields, startedAt: this.startedAt!, pending: this.pending });
  }

  private onInput(event: Event): void {
    const target = event.target as HTMLInputElement;
    if (this.pending || !(target.name in this.fields)) return;
    this.fields = { ...this.fields, [target.name]: target.value };
    this.startedAt ??= this.activeClock.now();
    this.saveDraft();
    if (target.name !== 'comment') return;
    // GOV.UK character count: said once typing pauses, not on every keystroke.
    this.cancelCount?.();
    this.cancelCount = (this.clock ?? systemClock).setTimer(() => {
      this.announcement = countMessage(MAX_FEEDBACK_COMMENT - this.fields.comment.length, this.language, this.text);
    }, 1000);
  }

  private async onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.pending) return;
    this.cancelCount?.();
    const honeypot = ((event.target as HTMLFormElement).elements.namedItem('website') as HTMLInputElement).value;
    this.rejected = undefined;
    this.problems = validateFeedback(
      this.fields,
      this.choices().map(([value]) => value),
    );
    if (this.problems.length > 0) {
      await this.updateComplete;
      focusIn(this.renderRoot, '.error-summary');
      return;
    }
    const submittedAt = new Date(this.activeClock.now());
    const facts = {
      submittedAt,
      startedAt: this.startedAt === undefined ? null : new Date(this.startedAt),
      honeypot,
      minimumFillSeconds: MIN_FILL_SECONDS,
      language: this.language,
      page: location.href,
    };
    this.pending = { key: crypto.randomUUID(), body: feedbackBody(this.fields, facts, this.subject, this.scale) };
    this.saveDraft();
    await this.deliver();
  }

  /** Sends the pending answer: through the page if it cancels the submit event, else to the endpoint. */
  private async deliver(): Promise<void> {
    const { key, body } = this.pending!;
    const endpoint = this.endpoint ?? this.settings?.endpoint;
    const verdict = await this.sender.deliver(new FeedbackSubmitEvent(body, key), body, endpoint, 'feedback.endpoint');
    if (!verdict) return;
    this.pending = undefined;
    const sent = verdict.outcome === 'sent';
    if (sent) this.sent = { answer: String(body.answer), complaintOffer: this.offer(String(body.answer)) };
    else if (verdict.outcome === 'invalid') this.problems = verdict.problems;
    else this.rejected = verdict;
    // Sent: the draft goes and the thanks take focus. Not sent: the answer stays, and any problems take focus
    // (a refusal is an alert; focus stays on Send).
    if (sent) {
      this.store?.clear();
      this.dispatchEvent(new FeedbackSentEvent(body, verdict.reference));
    } else {
      this.saveDraft();
      this.dispatchEvent(new FeedbackFailedEvent(body, verdict.outcome, verdict.status));
    }
    void this.updateComplete.then(() => focusIn(this.renderRoot, sent ? '.receipt' : '.error-summary'));
  }

  /** The answers on offer: [value, words], the words marked with their language when not the element's. */
  private choices(): [string, string | TemplateResult][] {
    const text = this.text;
    if (this.promiseId) return PROMISE_ANSWERS.map((answer) => [answer, text.promiseAnswers[answer]]);
    const points = this.settings?.scale;
    return points
      ? points.map((point) => [String(point.value), this.charterText(point.label)])
      : text.scaleWords.map((words, i) => [String(i + 1), words]);
  }

  /** Where the complaint form is, when `answer` says the resident was let down. */
  private offer(answer: string): string | undefined {
    if (!answerNeedsRedress(answer, this.scale, this.settings?.complaintUpTo)) return undefined;
    const form = this.ownerDocument.querySelector('service-complaint-form[id]');
    const href = this.complaintHref ?? this.settings?.complaintUrl ?? (form ? `#${form.id}` : undefined);
    return webLink(href, this.ownerDocument.baseURI);
  }

  override render() {
    const text = this.text;
    const about = {
      about: this.settings?.about ? this.charterText(this.settings.about) : text.feedbackAbout,
      privacyNotice: webLink(this.settings?.privacyNotice, this.ownerDocument.baseURI),
    };
    const status = html`<div role="status" class="visually-hidden">${this.announcement}</div>`;
    if (this.sent) {
      const answer = this.choices().find(([value]) => value === this.sent!.answer)?.[1] ?? this.sent.answer;
      return html`${feedbackReceipt(text, { ...this.sent, answer }, about, this.headingLevel)}${status}`;
    }
    if (this.missing) return html`<p part="problem" class="problem">${this.missing}</p>`;
    const errors = new Map(
      this.problems.map((p) => [
        p.field,
        p.code
          ? (text.feedbackErrors[
              p.field === 'answer' ? (this.promiseId ? 'answer.promise' : 'answer.scale') : `${p.field}.${p.code}`
            ] ?? p.code)
          : (p.message ?? ''),
      ]),
    );
    const promise = this.currentCharter?.promises.find((p) => p.id === this.promiseId);
    const place =
      this.currentCharter?.channels.find((c) => c.id === this.channel) ??
      this.currentCharter?.services.find((s) => s.id === this.service);
    const view: FeedbackView = {
      ...about,
      question: this.promiseId
        ? text.promiseQuestion
        : this.settings?.question
          ? this.charterText(this.settings.question)
          : text.scaleQuestion,
      hint: this.promiseId ? promise?.text && this.charterText(promise.text) : place && this.charterText(place.name),
      choices: this.choices(),
      complaintOffer: this.offer(this.fields.answer),
      phase: this.pending ? (this.sender.phase === 'idle' ? 'sending' : this.sender.phase) : 'idle',
      problems: this.problems.map((p) => [
        p.field === 'answer' ? `answer-${this.choices()[0][0]}` : p.field,
        errors.get(p.field)!,
      ]),
      rejected: this.rejected && refusal(text, text.feedbackRejected, this.rejected),
      restored: this.restored,
      summaryHeadingLevel: this.headingLevel,
      onInput: (e) => this.onInput(e),
      onSubmit: (e) => void this.onSubmit(e),
      onFocusField: (id) => this.shadowRoot!.getElementById(id)?.focus(),
      onRetryNow: () => this.sender.retryNow(),
    };
    const context = { text, language: this.language, fields: this.fields, errors, locked: !!this.pending };
    return html`${feedbackForm(context, view)}${status}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'service-feedback': ServiceFeedback;
  }
}
