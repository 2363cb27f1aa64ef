import { html, nothing, type TemplateResult } from 'lit';
import type { Charter, CharterPromise } from '../../core/charter-types.js';
import type { Notice } from '../../core/charter-model.js';
import type { LocalizedText } from '../../core/text.js';
import { withShareTarget } from '../../core/performance-share.js';
import type { ServicePromiseStrings } from '../../strings/element-strings.js';
import {
  aimSentence,
  customTargetWords,
  guaranteeWords,
  nounKeyOf,
  promiseCommitment,
  withQualifier,
  type MarkWords,
} from '../../strings/promise-words.js';
import { documentCode } from '../document-chunks.js';
import { latestFigureLine } from './latest-figure.js';

/** What a promise view needs to speak: strings, language, the charter and pickers of its texts. */
export interface PromiseContext {
  text: ServicePromiseStrings;
  language: string;
  /** Charter text to show, marked with its language where that differs. */
  pick: (text: LocalizedText | undefined) => string | TemplateResult;
  /** Charter text as a plain string, for words built into a sentence. */
  plain: (text: LocalizedText | undefined) => string;
  /** Marks words taken from a charter text with that text's language, where it differs. */
  marker: (text: LocalizedText | undefined) => MarkWords;
  /** The charter the promise is part of (its channel's type picks the noun), if any. */
  charter?: Charter;
}

/**
 * One promise in plain words by its kind, with its qualifier, its guarantee, the `notices` in
 * force about it, and its latest figure against its target: the blocks inside `<div part="promise">`.
 * Drawn by <service-promise> into its own shadow root, and by <service-charter> straight into the
 * charter's for each of its promises (there in the same template as the list item around it, so a
 * server render marks one template a promise, not two).
 */
export function promiseView(promise: CharterPromise, notices: readonly Notice[], context: PromiseContext) {
  const { text, language, pick, plain, marker, charter } = context;
  const own = plain(promise.text);
  const commitment = promiseCommitment(promise, nounKeyOf(promise, charter), language, text);
  const sentence =
    commitment !== undefined &&
    joined(
      withQualifier(commitment, plain(promise.qualifier), text, (w) => aimSentence(w, text), marker(promise.qualifier)),
    );
  const guarantee =
    promise.guarantee &&
    html`<p part="guarantee" class="guarantee">
      <strong>${text.guaranteeLabel}:</strong> ${guaranteeWords(
        promise.guarantee,
        plain(promise.guarantee.condition),
        language,
        text,
        marker(promise.guarantee.condition),
      )}
    </p>`;
  const figure = latestFigureLine(
    withShareTarget(promise.performance, promise),
    { text, language },
    promise.performance?.measure ? pick(promise.performance.measure) : undefined,
  );
  // Notices come only from a charter that has them, which read them with their code.
  const noticeLines =
    notices.length &&
    documentCode.notices?.noticesView(notices, { text, language, pick, timeZone: charter?.timeZone ?? 'UTC' });
  const ownText = own ? pick(promise.text) : undefined;
  // The promise's own words and its target in one template: a server render marks each template on every promise.
  // prettier-ignore
  const lead = !sentence
    ? customTarget(promise, context, ownText)
    : ownText === undefined
      ? html`<p part="target" class="text">${sentence}</p>`
      : html`<p part="text" class="text">${ownText}</p><p part="target" class="target">${sentence}</p>`;
  // No whitespace between the blocks, and no empty part: a server render repeats both for every promise.
  return [noticeLines, lead, guarantee, figure].filter((block) => block && block !== nothing);
}

/** A `custom` promise's targets as format 1 showed them, after its own words: "Target: within 5 working days". */
function customTarget(
  promise: CharterPromise,
  { text, language, plain, marker }: PromiseContext,
  ownText: string | TemplateResult | undefined,
) {
  const words = promise.targets.length ? customTargetWords(promise.targets, language, text) : undefined;
  if (!words) return ownText === undefined ? nothing : html`<p part="text" class="text">${ownText}</p>`;
  const qualified = joined(withQualifier(words, plain(promise.qualifier), text, (w) => w, marker(promise.qualifier)));
  return ownText === undefined
    ? html`<p part="target" class="target"><span class="visually-hidden">${text.target}: </span>${qualified}</p>`
    : // prettier-ignore
      html`<p part="text" class="text">${ownText}</p><p part="target" class="target"><span class="visually-hidden">${text.target}: </span>${qualified}</p>`;
}

/** Words as one string when they are all plain: one part to fill, not one for each. */
const joined = (words: unknown[]) => (words.every((word) => typeof word === 'string') ? words.join('') : words);
