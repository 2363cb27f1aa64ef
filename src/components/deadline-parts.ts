/**
 * Deadlines in a sentence, one step per target: "acknowledge it by <time>…</time>, and
 * reply in full by <time>…</time>", shared by <service-response-time> and the complaint
 * form's receipt so both say the same thing the same way.
 */
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { PromiseTarget } from '../core/charter-types.js';
import type { TargetDeadline } from '../core/promise-deadlines.js';
import { targetTimeWords, type PromiseWordStrings } from '../strings/promise-words.js';
import { inLanguage } from './service-element.js';

/** A deadline and its words ("Tuesday 1 December at 5pm"). */
export interface Due {
  at: Date;
  words: string;
}

/** Words from the charter (a channel's or a track's name), with the language they are written in. */
export interface CharterWords {
  words: string;
  lang: string;
}

/** One part of the sentence: plain words, a deadline to show in `<time>`, or the charter's words. */
export type Part = string | Due | CharterWords;

/** A part as plain text. */
export const partText = (part: Part): string => (typeof part === 'string' ? part : part.words);

/** A part as shown: a deadline in `<time>`, the charter's words marked with their language where it is not `around`. */
export const partView = (part: Part, around: string, timePart?: string) =>
  typeof part === 'string'
    ? part
    : 'at' in part
      ? html`<time part=${ifDefined(timePart)} datetime=${part.at.toISOString()}>${part.words}</time>`
      : inLanguage({ text: part.words, lang: part.lang }, around);

/** Targets short enough that "within 60 seconds" says more than a clock time. */
const SHORT_UNITS = new Set(['seconds', 'minutes']);
const isShort = (target: PromiseTarget): boolean =>
  !!target.within && SHORT_UNITS.has(Object.keys(target.within)[0]) && target.countedFrom === 'receipt';

/** Fills a template, keeping deadlines as parts of their own for `<time>`; a value may be several parts. */
export function sentenceParts(template: string, values: Record<string, Part | Part[]>): Part[] {
  return template
    .split(/\{(\w+)\}/)
    .flatMap((piece, index) => (index % 2 === 1 && piece in values ? values[piece] : piece))
    .filter((piece) => piece !== '');
}

/** One target's verb and deadline: "reply in full by …", or "answer within 60 seconds" for a short one. */
function stepParts(
  deadline: TargetDeadline,
  index: number,
  language: string,
  text: PromiseWordStrings,
  due: (at: Date) => Due,
  verbTable: PromiseWordStrings['responseVerbs'],
  agree: (words: string) => string,
): Part[] {
  const verbs = verbTable[deadline.kind] ?? verbTable.custom;
  const verb = agree(index === 0 ? verbs.first : verbs.next);
  if (!deadline.due) return [];
  const lead = index === 0 ? '' : ', ';
  if (isShort(deadline.target)) return [`${lead}${verb} ${targetTimeWords(deadline.target, language, text)}`];
  const step = sentenceParts(text.byDeadline, { deadline: due(deadline.due) });
  const withVerb: Part[] = [`${lead}${verb} `, ...step];
  return deadline.latest ? sentenceParts(text.byLatest, { step: withVerb, latest: due(deadline.latest) }) : withVerb;
}

/** Every target that has a deadline, as steps joined into one phrase. */
export const deadlineSteps = (
  deadlines: readonly TargetDeadline[],
  language: string,
  text: PromiseWordStrings,
  due: (at: Date) => Due,
  verbs = text.responseVerbs,
  agree = (words: string) => words,
): Part[] => deadlines.flatMap((deadline, index) => stepParts(deadline, index, language, text, due, verbs, agree));
