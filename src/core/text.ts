/** Content that is either one plain string or a per-locale map: `{ "en": "…", "cy": "…" }`. */
export type LocalizedText = string | Readonly<Record<string, string>>;

/**
 * Picks the best string for `lang`: an exact match, then its base language
 * (`cy-GB` → `cy`), then `fallback`, then the first entry.
 */
export function pickText(text: LocalizedText | undefined, lang: string, fallback = 'en'): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  const base = lang.split('-')[0];
  return text[lang] ?? text[base] ?? text[fallback] ?? Object.values(text)[0] ?? '';
}
