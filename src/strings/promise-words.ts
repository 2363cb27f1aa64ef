/**
 * Promises in words (format 2): what each kind of promise commits to, with its targets —
 * a time, a range, a maximum, a minimum notice, a share of cases — in the page's language.
 */
import type {
  Charter,
  CharterPromise,
  Duration,
  EscalationPeriod,
  Guarantee,
  PromiseTarget,
} from '../core/charter-model.js';
import { unitOf } from '../core/read-targets.js';
import {
  fill,
  fillParts,
  formatFigure,
  formatNumber,
  numberFormat,
  plural,
  pluralForm,
  targetInWords,
  type PluralForms,
} from './format.js';
import type { PolicyStrings } from './policy.js';
import type { PromiseStrings } from './promises.js';

/** The strings a promise sentence needs. */
export type PromiseWordStrings = PromiseStrings & Pick<PolicyStrings, 'targets' | 'sameWorkingDay'>;

/** A duration's unit and amount, months included: `{ months: 12 }` → `['months', 12]`. */
const periodUnit = (period: EscalationPeriod): [string, number] => unitOf(period as Duration);

/** An amount of time without "within": "35 working days", "12 months". */
export function durationWords(duration: Duration | EscalationPeriod, lang: string, text: PromiseWordStrings): string {
  const [unit, amount] = periodUnit(duration);
  return plural(lang, amount, text.durations[unit]);
}

/** A percentage: "80%", "94.5%". */
export const percentWords = (percent: number, lang: string): string => formatFigure(percent, 'percent', lang, {});

/** A form with a range of numbers in place of `#`, chosen by the larger: "within 6 to 8 weeks". */
function rangeIn(forms: PluralForms, low: number, high: number, lang: string, text: PromiseWordStrings): string {
  const numbers = fill(text.range, { low: formatNumber(lang, low), high: formatNumber(lang, high) });
  return pluralForm(lang, high, forms).replace('#', numbers);
}

/**
 * A target's time in words: "within 60 seconds", "within 6 to 8 weeks", "within 15 working
 * days (at most 35 working days if we need longer)", "at least 24 hours’ notice"; empty for
 * a share of cases with no time.
 */
export function targetTimeWords(
  target: PromiseTarget,
  lang: string,
  text: PromiseWordStrings,
  counted?: string,
): string {
  const { within, atLeast, atMost } = target;
  if (within) {
    const [unit, high] = unitOf(within);
    const low = atLeast && unitOf(atLeast)[0] === unit ? unitOf(atLeast)[1] : undefined;
    const base =
      low === undefined
        ? targetInWords(within as Record<string, number>, lang, text)
        : rangeIn(text.targets[unit], low, high, lang, text);
    // Where the clock starts belongs with the time, before any extension: "…of receiving it (at most …)".
    const time = counted ? fill(counted, { time: base }) : base;
    return atMost ? fill(text.extendable, { time, max: durationWords(atMost, lang, text) }) : time;
  }
  if (atLeast) {
    const [unit, amount] = unitOf(atLeast);
    return target.kind === 'notice'
      ? plural(lang, amount, text.notices[unit])
      : fill(text.atLeast, { duration: durationWords(atLeast, lang, text) });
  }
  return '';
}

const MESSAGE_KINDS: ReadonlySet<string> = new Set(['answer', 'acknowledge', 'reply']);

/** Collapses the spaces an empty `{time}` leaves. */
const tidy = (words: string): string =>
  words
    .replace(/\s+/g, ' ')
    .replace(/\s+([,.)])/g, '$1')
    .trim();

/**
 * One target as a step of a promise: the first says what and to whom ("answer 80% of calls
 * within 60 seconds"), a later one goes on from it ("and reply in full within 10 working
 * days of receiving it"), saying where its clock starts.
 */
function stepWords(
  target: PromiseTarget,
  previous: PromiseTarget | undefined,
  nounKey: string,
  lang: string,
  text: PromiseWordStrings,
): string {
  const phrases = text.kindPhrases[target.kind] ?? text.kindPhrases.custom;
  // Answers and replies are to a message ("your email"); the rest are about a request or a complaint.
  const noun = MESSAGE_KINDS.has(target.kind) || nounKey === 'complaint' ? nounKey : 'default';
  const nouns = text.nouns[noun] ?? text.nouns.default;
  const percent = target.percent === undefined ? undefined : percentWords(target.percent, lang);
  if (!previous) {
    const time = targetTimeWords(target, lang, text);
    const template = percent === undefined ? phrases.one : phrases.share;
    return tidy(fill(template, { your: nouns.your, many: nouns.many, percent: percent ?? '', time }));
  }
  const counted =
    target.countedFrom === 'previous'
      ? (text.fromPrevious[previous.kind] ?? text.fromPrevious.default)
      : text.fromReceipt;
  const time = targetTimeWords(target, lang, text, counted);
  const step = agreeingWith(noun, text)(tidy(fill(phrases.next, { time })));
  return percent === undefined ? step : fill(text.nextShare, { step, percent });
}

/** "It" agreeing with the thing a promise is about: Welsh "a’i chydnabod" after "eich galwad". */
export function agreeingWith(nounKey: string, text: PromiseStrings): (words: string) => string {
  if (!text.nouns[nounKey]?.feminine) return (words) => words;
  const forms = Object.entries(text.itFeminine);
  return (words) => forms.reduce((out, [other, feminine]) => out.replaceAll(other, feminine), words);
}

/** The targets of a promise in order, as one commitment: "acknowledge your email within 2 working days, and reply in full …". */
export function commitmentWords(
  targets: readonly PromiseTarget[],
  nounKey: string,
  lang: string,
  text: PromiseWordStrings,
): string {
  return targets.map((target, index) => stepWords(target, targets[index - 1], nounKey, lang, text)).join(', ');
}

/** Words the charter wrote, put into a sentence: marked with their language where the caller needs it. */
export type MarkWords = (words: string) => unknown;

const unmarked: MarkWords = (words) => words;

/** "We aim to …": a commitment as a sentence of its own. */
export const aimSentence = (commitment: string, text: PromiseWordStrings): string => fill(text.aimTo, { commitment });

/**
 * What a promise commits to, by its kind: "answer 80% of calls within 60 seconds".
 * Undefined for a `custom` promise (its own text says it) and a notice of no set length.
 */
export function promiseCommitment(
  promise: Pick<CharterPromise, 'kind' | 'targets'>,
  nounKey: string,
  lang: string,
  text: PromiseWordStrings,
): string | undefined {
  if (promise.kind === 'custom') return undefined;
  // A promise with no measure still says what it is: "We aim to call you back."
  const targets: readonly PromiseTarget[] = promise.targets.length
    ? promise.targets
    : promise.kind === 'notice'
      ? []
      : [{ kind: promise.kind, countedFrom: 'receipt' }];
  return targets.length ? commitmentWords(targets, nounKey, lang, text) : undefined;
}

/** A promise's sentence by its kind: "We aim to answer 80% of calls within 60 seconds." */
export function promiseSentence(
  promise: Pick<CharterPromise, 'kind' | 'targets'>,
  nounKey: string,
  lang: string,
  text: PromiseWordStrings,
): string | undefined {
  const commitment = promiseCommitment(promise, nounKey, lang, text);
  return commitment === undefined ? undefined : aimSentence(commitment, text);
}

/**
 * A qualifier kept with what it qualifies, as parts to render: a hedge joins the sentence
 * ("…, usually sooner."); one written as a sentence of its own (a capital first) follows it.
 * `mark` wraps the charter's own words.
 */
export function withQualifier(
  words: string,
  qualifier: string | undefined,
  text: PromiseWordStrings,
  sentence: (words: string) => string,
  mark: MarkWords = unmarked,
): unknown[] {
  const hedge = qualifier?.trim().replace(/\.$/, '');
  if (!hedge) return [sentence(words)];
  if (/^\p{Lu}/u.test(hedge)) return [`${sentence(words)} `, mark(`${hedge}.`)];
  // `fill` keeps the unfilled {qualifier}, so the sentence is built first and the hedge goes in as a part.
  return fillParts(sentence(fill(text.qualified, { commitment: words })), { qualifier: mark(hedge) });
}

/** The target line of a `custom` promise, as in format 1: "within 5 working days". */
export const customTargetWords = (targets: readonly PromiseTarget[], lang: string, text: PromiseWordStrings): string =>
  commitmentWords(
    targets.map((target) => ({ ...target, kind: 'custom' })),
    'default',
    lang,
    text,
  );

/** The first letter in upper case, for a condition written mid-sentence ("if we miss…"). */
const capitalised = (words: string, lang: string): string => words.charAt(0).toLocaleUpperCase(lang) + words.slice(1);

/** A guarantee, as parts to render: "If we miss an appointment, we will pay you £50 automatically." */
export function guaranteeWords(
  guarantee: Guarantee,
  condition: string,
  lang: string,
  text: PromiseWordStrings,
  mark: MarkWords = unmarked,
): unknown[] {
  const whole = Number.isInteger(guarantee.amount);
  const amount = numberFormat(lang === 'en' ? 'en-GB' : lang, {
    style: 'currency',
    currency: guarantee.currency,
    minimumFractionDigits: whole ? 0 : 2,
  }).format(guarantee.amount);
  return fillParts(guarantee.automatic ? text.guaranteeAutomatic : text.guaranteeClaim, {
    condition: mark(capitalised(condition.trim().replace(/[,.]$/, ''), lang)),
    amount,
  });
}

/** The noun a promise's sentence uses: its channel's type ("calls", "emails"), else a general one. */
export const nounKeyOf = (promise: Pick<CharterPromise, 'channel'>, charter: Charter | undefined): string =>
  charter?.channels.find((channel) => channel.id === promise.channel)?.type ?? 'default';
