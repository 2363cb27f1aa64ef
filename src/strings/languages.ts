import { baseLanguage } from './tables.js';

/**
 * The built-in strings of languages other than English, each imported the first time an
 * element speaks it, so an English page never fetches the Welsh. English is always at hand,
 * as the fallback.
 */
type Table = Readonly<Record<string, unknown>>;
type Part = () => Promise<Record<string, unknown>>;

/**
 * Each language in two parts: the strings of the charter's chunk, then the other elements'
 * (a page with only a charter fetches the first). Each module exports its table under the
 * language's code. A new language is one more line (and its tables under src/strings/<code>/).
 */
const importers: Record<string, Part[]> = { cy: [() => import('./cy.js'), () => import('./cy-more.js')] };

/** Each part's table once it has arrived, or its import while it runs. */
const parts = new Map<Part, Table | Promise<void>>();

/** What an element says of its strings: whether it has some beyond a language's first part. */
type Speaker = { moreStrings?: boolean };

/** The parts of a language an element needs: the first, and the second for one with `moreStrings`. */
const partsOf = (lang: string, element: Speaker) =>
  importers[baseLanguage(lang)]?.slice(0, element.moreStrings ? 2 : 1) ?? [];

/** Whether the library has built-in strings in a language other than English (loaded or not yet). */
export const shipsLanguage = (lang: string): boolean => baseLanguage(lang) in importers;

/**
 * A language's built-in table once every part an element needs has arrived; undefined until
 * then, for English and for languages without one (the element then speaks English).
 */
export function languageTable(lang: string, element: Speaker): Table | undefined {
  const tables = partsOf(lang, element).map((part) => parts.get(part));
  return tables[0] && !tables.some((table) => !table || table instanceof Promise)
    ? Object.assign({}, ...tables)
    : undefined;
}

/**
 * Starts importing the parts of a language's table an element needs; the promise settles when
 * they have arrived (or failed, which is logged: the element then speaks English). Undefined
 * when there is nothing to wait for.
 */
export function pendingLanguage(lang: string, element: Speaker): Promise<unknown> | undefined {
  const base = baseLanguage(lang);
  const running = partsOf(lang, element)
    .map((part) => {
      if (!parts.has(part))
        parts.set(
          part,
          part().then(
            (module) => void parts.set(part, module[base] as Table),
            (error: unknown) => {
              parts.delete(part);
              console.warn(`service-charter: the "${base}" strings could not be loaded; showing English`, error);
            },
          ),
        );
      return parts.get(part);
    })
    .filter((table) => table instanceof Promise);
  return running.length ? Promise.all(running) : undefined;
}

/** Imports a language's table before rendering where rendering cannot wait, as on the server. */
export const loadLanguage = async (lang: string): Promise<unknown> => pendingLanguage(lang, { moreStrings: true });
