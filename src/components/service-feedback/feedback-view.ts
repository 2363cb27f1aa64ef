import { html, nothing, type TemplateResult } from 'lit';
import type { FeedbackFields } from '../../core/feedback.js';
import { MAX_FEEDBACK_COMMENT } from '../../core/feedback.js';
import { fillParts } from '../../strings/format.js';
import type { FeedbackStrings } from '../../strings/feedback.js';
import { heading } from '../headings.js';
import { radios, textArea, type FieldContext } from '../service-complaint-form/field-views.js';
import { errorSummary, honeypotAndSend, notice, type NoticeState } from '../service-complaint-form/form-view.js';

export type FeedbackContext = FieldContext<FeedbackFields, FeedbackStrings>;

/** The question, its choices and what the resident is told around them. */
export interface FeedbackView extends NoticeState {
  question: string | TemplateResult;
  hint?: string | TemplateResult;
  choices: [value: string, label: string | TemplateResult][];
  /** What happens to an answer, and the privacy notice (already checked to be http(s)). */
  about: string | TemplateResult;
  privacyNotice?: string;
  /** Where the complaint form is, when the answer asks for one. */
  complaintOffer?: string;
  restored: boolean;
  onInput: (event: Event) => void;
  onSubmit: (event: SubmitEvent) => void;
}

/** "If you want us to put things right or reply to you, make a complaint." */
export const complaintOffer = (text: FeedbackStrings, href: string) =>
  html`<p class="inset" part="complaint-offer">
    ${fillParts(text.complaintOffer, { link: html`<a href=${href}>${text.complaintLink}</a>` })}
  </p>`;

const aboutAnswers = (text: FeedbackStrings, view: Pick<FeedbackView, 'about' | 'privacyNotice'>) =>
  html`<p class="hint" part="about">
    ${view.about} ${view.privacyNotice ? html`<a href=${view.privacyNotice}>${text.privacyNoticeLink}</a>` : nothing}
  </p>`;

/** The form: the question as radios, the optional comment, what happens to answers, send. */
export function feedbackForm(context: FeedbackContext, view: FeedbackView) {
  const { text } = context;
  const sending = view.phase !== 'idle';
  const words = { retrying: text.feedbackRetrying, offline: text.feedbackOffline, stalled: text.feedbackStalled };
  return html`${view.problems.length > 0 ? errorSummary(text, view) : nothing}
    ${view.restored && !sending ? html`<p class="inset">${text.draftRestored}</p>` : nothing}
    ${notice(text, words, view)}
    <form part="form" novalidate @input=${view.onInput} @change=${view.onInput} @submit=${view.onSubmit}>
      ${radios('answer', view.question, view.choices, context, view.hint)}
      ${view.complaintOffer ? complaintOffer(text, view.complaintOffer) : nothing}
      ${textArea('comment', text.commentLabel, text.commentHint, MAX_FEEDBACK_COMMENT, context)}
      ${aboutAnswers(text, view)} ${honeypotAndSend(text, sending)}
    </form>`;
}

/** The receipt: thanks, the answer as given, what happens to it, and the complaint form if it asks for one. */
export function feedbackReceipt(
  text: FeedbackStrings,
  receipt: { answer: string | TemplateResult; complaintOffer?: string },
  view: Pick<FeedbackView, 'about' | 'privacyNotice'>,
  headingLevel: number,
) {
  return html`<div part="receipt" class="receipt" tabindex="-1">
    <div class="panel" part="receipt-panel">
      ${heading(headingLevel, text.feedbackReceived)}
      <p>${fillParts(text.yourAnswer, { answer: receipt.answer })}</p>
    </div>
    ${receipt.complaintOffer ? complaintOffer(text, receipt.complaintOffer) : nothing} ${aboutAnswers(text, view)}
  </div>`;
}
