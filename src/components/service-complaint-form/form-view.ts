import { html, nothing, type TemplateResult } from 'lit';
import type { SendPhase } from '../../controllers/complaint-sender.js';
import { MAX_DETAILS, MAX_OUTCOME } from '../../core/complaint.js';
import type { FormWords } from '../../strings/form-words.js';
import { fill } from '../../strings/format.js';
import { heading } from '../headings.js';
import {
  checkbox,
  errorMessage,
  radios,
  serviceSelect,
  textArea,
  textInput,
  type FieldContext,
} from './field-views.js';

/** Moves focus to the first element in `root` that matches `selector`, if one is rendered. */
export const focusIn = (root: ParentNode, selector: string): void => root.querySelector<HTMLElement>(selector)?.focus();

export interface FormState {
  phase: SendPhase;
  /** [id of the field to focus, message], in form order. */
  problems: [string, string][];
  rejected?: string;
  restored: boolean;
  services: [id: string, name: string, lang?: string][];
  anonymousAllowed: boolean;
  consent?: string | TemplateResult;
  /** The privacy notice the consent wording links to: an http(s) URL, already checked. */
  privacyNotice?: string;
  today: string;
  /** The error summary's heading level: one below the form's heading. */
  summaryHeadingLevel: number;
  onInput: (event: Event) => void;
  onSubmit: (event: SubmitEvent) => void;
  onFocusField: (id: string) => void;
  onRetryNow: () => void;
}

/** What the error summary and the sending notice need (the complaint form's state, or `<service-feedback>`'s). */
export type NoticeState = Pick<
  FormState,
  'phase' | 'problems' | 'rejected' | 'summaryHeadingLevel' | 'onFocusField' | 'onRetryNow'
>;

/** GOV.UK error summary: an alert that takes focus; each link moves focus to its field. */
export function errorSummary(text: FormWords, state: NoticeState) {
  const follow = (event: Event, id: string) => {
    event.preventDefault();
    state.onFocusField(id);
  };
  return html`<div
    class="error-summary"
    part="error-summary"
    role="alert"
    tabindex="-1"
    aria-labelledby="error-summary-title"
  >
    ${heading(state.summaryHeadingLevel, text.errorSummary, 'error-summary-title')}
    <ul>
      ${state.problems.map(
        ([id, message]) => html`<li><a href="#${id}" @click=${(event: Event) => follow(event, id)}>${message}</a></li>`,
      )}
    </ul>
  </div>`;
}

/** Why a submission was refused: what the form says, then the endpoint's own `message`, then the status (none for the page's own error). */
export const refusal = (text: FormWords, words: string, { status, message }: { status: number; message?: string }) =>
  `${words}${message ? ` “${message}”` : ''}${status ? ` ${fill(text.errorCode, { status })}` : ''}`;

/**
 * While a submission is under way or was refused: what is happening, in `words` for each phase.
 * A refusal is an alert, said as it appears (focus stays on Send, and the text stays in the form).
 */
export function notice(text: FormWords, words: Record<'retrying' | 'offline' | 'stalled', string>, state: NoticeState) {
  if (state.rejected) return html`<p class="notice notice-error" part="notice" role="alert">${state.rejected}</p>`;
  if (state.phase === 'idle' || state.phase === 'sending') return nothing;
  return html`<div class="notice" part="notice">
    <p>${words[state.phase]}</p>
    ${
      state.phase === 'stalled'
        ? html`<button type="button" class="button secondary" @click=${state.onRetryNow}>${text.retryNow}</button>`
        : nothing
    }
  </div>`;
}

/** The hidden honeypot field people never fill in, then the send button (disabled only to AT while sending). */
export const honeypotAndSend = (text: FormWords, sending: boolean) =>
  html`<div class="trap" aria-hidden="true">
      <label for="website">${text.honeypotLabel}</label>
      <input id="website" name="website" type="text" tabindex="-1" autocomplete="off" />
    </div>
    <button type="submit" class="button" part="submit" aria-disabled=${sending ? 'true' : 'false'}>
      ${sending ? text.sending : text.submit}
    </button>`;

/** The form: kind, what happened, outcome, service, date, contact, consent, honeypot, send. */
export function formView(context: FieldContext, state: FormState) {
  const { text, fields } = context;
  const kind = fields.kind || 'complaint';
  const sending = state.phase !== 'idle';
  const anonymous = state.anonymousAllowed && fields.anonymous;
  const words = { retrying: text.statusRetrying, offline: text.statusOffline, stalled: text.statusStalled };
  return html`${state.problems.length > 0 ? errorSummary(text, state) : nothing}
    ${state.restored && !sending ? html`<p class="inset">${text.draftRestored}</p>` : nothing}
    ${notice(text, words, state)}
    <form part="form" novalidate @input=${state.onInput} @change=${state.onInput} @submit=${state.onSubmit}>
      ${radios(
        'kind',
        text.kindLegend,
        (['complaint', 'compliment', 'comment'] as const).map((k) => [k, text.kinds[k]]),
        context,
      )}
      ${textArea('details', text.detailsLabel[kind], text.detailsHint[kind], MAX_DETAILS, context)}
      ${fields.kind === 'complaint' ? textArea('outcome', text.outcomeLabel, undefined, MAX_OUTCOME, context) : nothing}
      ${state.services.length > 0 ? serviceSelect(text.serviceLabel, state.services, context) : nothing}
      ${textInput('when', text.whenLabel, context, { type: 'date', hint: text.whenHint, max: state.today })}
      ${state.anonymousAllowed ? checkbox('anonymous', text.anonymousLabel, text.anonymousHint, context) : nothing}
      ${
        anonymous
          ? nothing
          : html`${textInput('name', text.nameLabel, context, { autocomplete: 'name' })}
              <div class="group${context.errors.has('contact') ? ' group-error' : ''}">
                <fieldset aria-describedby="contact-hint${context.errors.has('contact') ? ' contact-error' : ''}">
                  <legend class="legend">${text.contactLegend}</legend>
                  <p id="contact-hint" class="hint">${text.contactHint}</p>
                  ${errorMessage('contact', context)}
                  ${textInput('email', text.emailLabel, context, { type: 'email', autocomplete: 'email' })}
                  ${textInput('phone', text.phoneLabel, context, { type: 'tel', autocomplete: 'tel' })}
                </fieldset>
              </div>`
      }
      ${
        state.consent
          ? checkbox(
              'consent',
              text.consentLabel,
              state.privacyNotice
                ? html`${state.consent} <a href=${state.privacyNotice}>${text.privacyNoticeLink}</a>`
                : state.consent,
              context,
            )
          : nothing
      }
      ${honeypotAndSend(text, sending)}
    </form>`;
}
