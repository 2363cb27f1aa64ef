/** Built-in string tables by base language code (`en`, `cy`, …); English is the fallback. */
export type StringTables<S> = { readonly en: S } & Readonly<Record<string, S>>;

/** The base language of a tag, lower case (`cy` of `cy-GB`). */
export const baseLanguage = (lang: string): string => lang.split('-')[0].toLowerCase();

/** The table for a language (base language, then English), with overrides on top. */
export function stringsIn<S extends object>(tables: StringTables<S>, lang: string, overrides: Partial<S> = {}): S {
  return { ...(tables[baseLanguage(lang)] ?? tables.en), ...overrides };
}
