/** Content that is either one plain string or a per-locale map: `{ "en": "…", "cy": "…" }`. */
export type LocalizedText = string | Readonly<Record<string, string>>;

/** A picked text and the language it is written in. */
export interface PickedText {
  text: string;
  lang: string;
}

/**
 * Picks the best string for `lang`: an exact match, then its base language
 * (`cy-GB` → `cy`), then `fallback`, then the first entry; with the language of what
 * it picked (a plain string is in `fallback`, the charter's own language).
 */
export function pickTextIn(text: LocalizedText | undefined, lang: string, fallback = 'en'): PickedText {
  if (text === undefined) return { text: '', lang };
  if (typeof text === 'string') return { text, lang: fallback };
  const base = lang.split('-')[0];
  const key = [lang, base, fallback].find((candidate) => text[candidate] !== undefined) ?? Object.keys(text)[0];
  return key === undefined ? { text: '', lang } : { text: text[key], lang: key };
}

/** The best string for `lang` (see pickTextIn). */
export const pickText = (text: LocalizedText | undefined, lang: string, fallback = 'en'): string =>
  pickTextIn(text, lang, fallback).text;
