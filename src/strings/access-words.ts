/**
 * Access and language promises in words: "We can translate our documents for you within
 * 21 days of your request.", and lists of languages by name.
 */
import type { AccessOffer } from '../core/charter-model.js';
import type { CharterStrings } from './charter.js';
import { fill } from './format.js';
import { targetTimeWords, type MarkWords, type PromiseWordStrings } from './promise-words.js';

const displayNames = new Map<string, Intl.DisplayNames | undefined>();

/** A language's name in `lang`: the table's (for codes browsers may not know, such as BSL), else Intl's, else the code. */
export function languageName(code: string, lang: string, names: Record<string, string>): string {
  if (names[code]) return names[code];
  if (!displayNames.has(lang)) {
    let names: Intl.DisplayNames | undefined;
    try {
      names = new Intl.DisplayNames(lang, { type: 'language' });
    } catch {
      names = undefined;
    }
    displayNames.set(lang, names);
  }
  return displayNames.get(lang)?.of(code) ?? code;
}

/** Languages by name, joined: "Polish, Arabic and British Sign Language". */
export function languageList(codes: readonly string[], lang: string, text: CharterStrings): string {
  const named = codes.map((code) => languageName(code, lang, text.languageNames));
  return named.length < 2 ? named.join('') : `${named.slice(0, -1).join(', ')}${text.listAnd}${named.at(-1)}`;
}

/** One access offer as a sentence, with its targets counted from the request. */
export function accessOfferWords(
  offer: AccessOffer,
  lang: string,
  text: CharterStrings & PromiseWordStrings,
  own: string,
  mark: MarkWords = (words) => words,
): unknown[] {
  const base = offer.offer === 'custom' ? mark(own.replace(/\.$/, '')) : (text.accessOffers[offer.offer] ?? mark(own));
  const times = offer.targets
    .map((target) => targetTimeWords(target, lang, text))
    .filter(Boolean)
    .map((time) => ` ${fill(text.accessWithin, { time })}`);
  return [base, ...times, '.'];
}
