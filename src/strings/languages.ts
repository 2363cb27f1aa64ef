import { baseLanguage } from './tables.js';

/**
 * The built-in strings of languages other than English, each imported the first time an
 * element speaks it, so an English page never fetches the Welsh. English is always at hand,
 * as the fallback.
 */
type Table = Readonly<Record<string, unknown>>;

/** A new language is one more line (and its tables under src/strings/<code>/). */
const importers: Record<string, () => Promise<Table>> = {
  cy: () => import('./cy.js').then((module) => module.cy),
};

const loaded = new Map<string, Table>();
const loading = new Map<string, Promise<void>>();

/** Whether the library has built-in strings in a language other than English (loaded or not yet). */
export const shipsLanguage = (lang: string): boolean => baseLanguage(lang) in importers;

/** A language's built-in table once it has arrived; undefined for English and for languages without one. */
export const languageTable = (lang: string): Table | undefined => loaded.get(baseLanguage(lang));

/**
 * Starts importing a language's table; the promise settles when it has arrived (or failed,
 * which is logged: the elements then speak English). Undefined when there is nothing to wait for.
 */
export function pendingLanguage(lang: string): Promise<void> | undefined {
  const base = baseLanguage(lang);
  if (loaded.has(base) || !importers[base]) return undefined;
  if (!loading.has(base))
    loading.set(
      base,
      importers[base]().then(
        (table) => void loaded.set(base, table),
        (error: unknown) => {
          loading.delete(base);
          console.warn(`service-charter: the "${base}" strings could not be loaded; showing English`, error);
        },
      ),
    );
  return loading.get(base);
}

/** Imports a language's table before rendering where rendering cannot wait, as on the server. */
export const loadLanguage = async (lang: string): Promise<void> => pendingLanguage(lang);
