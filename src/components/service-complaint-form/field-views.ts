import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { ComplaintFields } from '../../core/complaint.js';
import { plural } from '../../strings/format.js';
import type { ComplaintFormStrings } from '../../strings/complaint-form.js';
import type { FormWords } from '../../strings/form-words.js';

/**
 * What every field view needs: the strings, the values, each field's error, and whether input
 * is locked. Shared by the complaint form and `<service-feedback>` (`F` is the form's fields).
 */
export interface FieldContext<F extends object = ComplaintFields, T extends FormWords = ComplaintFormStrings> {
  text: T;
  language: string;
  fields: F;
  /** Error message per field name. */
  errors: Map<string, string>;
  locked: boolean;
}

const ids = (...candidates: (string | false | undefined)[]) => candidates.filter(Boolean).join(' ') || undefined;

/** GOV.UK error message: a visually hidden "Error:" before the words. */
export function errorMessage(
  field: string,
  { errors, text }: Pick<FieldContext<object, FormWords>, 'errors' | 'text'>,
) {
  const message = errors.get(field);
  return message
    ? html`<p id="${field}-error" class="error-message" part="error-message">
        <span class="visually-hidden">${text.errorPrefix}</span> ${message}
      </p>`
    : nothing;
}

/** A field's label, its hint, then its error message, in GOV.UK order. */
const labelAndHint = (field: string, label: string, hint: string | undefined, context: AnyContext) =>
  html`<label for=${field}>${label}</label> ${hint ? html`<p id="${field}-hint" class="hint">${hint}</p>` : nothing}
    ${errorMessage(field, context)}`;

const invalid = (field: string, context: AnyContext) => (context.errors.has(field) ? 'true' : 'false');
const errorId = (field: string, context: AnyContext) => context.errors.has(field) && `${field}-error`;
const groupClass = (field: string, context: AnyContext) => `group${context.errors.has(field) ? ' group-error' : ''}`;

type AnyContext = FieldContext<object, FormWords>;

type TextField = 'name' | 'email' | 'phone' | 'when';

/** A labelled single-line input. */
export function textInput(
  field: TextField,
  label: string,
  context: FieldContext,
  options: { type?: string; autocomplete?: string; hint?: string; max?: string } = {},
): TemplateResult {
  const { hint, type = 'text' } = options;
  return html`<div class=${groupClass(field, context)}>
    ${labelAndHint(field, label, hint, context)}
    <input
      id=${field}
      name=${field}
      type=${type}
      class="input"
      autocomplete=${ifDefined(options.autocomplete)}
      max=${ifDefined(options.max)}
      spellcheck="false"
      aria-describedby=${ifDefined(ids(hint && `${field}-hint`, errorId(field, context)))}
      aria-invalid=${invalid(field, context)}
      .value=${live(context.fields[field])}
      ?disabled=${context.locked}
    />
  </div>`;
}

/** A labelled textarea with a GOV.UK character count (visible here, announced by the element). */
export function textArea<F extends object>(
  field: keyof F & string,
  label: string,
  hint: string | undefined,
  limit: number,
  context: FieldContext<F, FormWords>,
): TemplateResult {
  const { text, language } = context;
  const value = context.fields[field] as string;
  const left = limit - value.length;
  return html`<div class=${groupClass(field, context)}>
    ${labelAndHint(field, label, hint, context)}
    <textarea
      id=${field}
      name=${field}
      rows="6"
      class="input"
      aria-describedby=${ifDefined(ids(hint && `${field}-hint`, errorId(field, context), `${field}-limit`))}
      aria-invalid=${invalid(field, context)}
      .value=${live(value)}
      ?disabled=${context.locked}
    ></textarea>
    <p id="${field}-limit" class="visually-hidden">${plural(language, limit, text.characterLimit)}</p>
    <p class="count ${left < 0 ? 'over' : ''}" aria-hidden="true">${countMessage(left, language, text)}</p>
  </div>`;
}

/** "You have 4,800 characters remaining" / "… too many". */
export const countMessage = (left: number, language: string, text: FormWords): string =>
  plural(language, Math.abs(left), left < 0 ? text.charactersOver : text.charactersLeft);

/** A single checkbox with its label, and an optional hint (e.g. the charter's consent wording). */
export function checkbox(
  field: 'anonymous' | 'consent',
  label: string,
  hint: string | TemplateResult,
  context: FieldContext,
) {
  return html`<div class=${groupClass(field, context)}>
    ${errorMessage(field, context)}
    <div class="choice">
      <input
        id=${field}
        name=${field}
        type="checkbox"
        aria-describedby=${ifDefined(ids(hint && `${field}-hint`, errorId(field, context)))}
        .checked=${live(context.fields[field])}
        ?disabled=${context.locked}
      />
      <label for=${field}>${label}</label>
      ${hint ? html`<p id="${field}-hint" class="hint">${hint}</p>` : nothing}
    </div>
  </div>`;
}

/** A fieldset of radios with its legend as the question, and an optional hint under it. */
export function radios<F extends object>(
  field: keyof F & string,
  legend: string | TemplateResult,
  choices: [value: string, label: string | TemplateResult][],
  context: FieldContext<F, FormWords>,
  hint?: string | TemplateResult,
): TemplateResult {
  return html`<div class=${groupClass(field, context)}>
    <fieldset aria-describedby=${ifDefined(ids(hint && `${field}-hint`, errorId(field, context)))}>
      <legend class="legend">${legend}</legend>
      ${hint ? html`<p id="${field}-hint" class="hint">${hint}</p>` : nothing} ${errorMessage(field, context)}
      ${choices.map(
        ([value, label]) =>
          html`<div class="choice">
            <input
              id="${field}-${value}"
              name=${field}
              type="radio"
              value=${value}
              .checked=${live(context.fields[field] === (value as F[keyof F & string]))}
              ?disabled=${context.locked}
            />
            <label for="${field}-${value}">${label}</label>
          </div>`,
      )}
    </fieldset>
  </div>`;
}

/** A select of services, with a first option for "not sure"; a name's `lang` when it is not the page's. */
export function serviceSelect(
  label: string,
  services: [id: string, name: string, lang?: string][],
  context: FieldContext,
) {
  const current = context.fields.service;
  return html`<div class="group">
    <label for="service">${label}</label>
    <select id="service" name="service" class="input select" ?disabled=${context.locked}>
      <option value="" ?selected=${current === ''}>${context.text.serviceNone}</option>
      ${services.map(
        ([id, name, lang]) =>
          html`<option value=${id} lang=${ifDefined(lang)} ?selected=${current === id}>${name}</option>`,
      )}
    </select>
  </div>`;
}
