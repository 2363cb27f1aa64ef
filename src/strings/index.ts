import { cy as cyCharter } from './cy.js';
import { cy as cyMore } from './cy-more.js';
import { en, type Strings } from './en.js';

export type { Strings } from './en.js';
export {
  fill,
  fillParts,
  formatFigure,
  formatPeriod,
  monthName,
  plural,
  targetInWords,
  type PluralForms,
} from './format.js';

import { stringsIn } from './tables.js';

/** Every element's Welsh; typed as the English, so a string missing in Welsh fails to compile. */
const cy: Strings = { ...cyCharter, ...cyMore };

export { stringsIn, type StringTables } from './tables.js';

/**
 * Every element's built-in strings for a language (base language, then English), with
 * overrides on top. Each element bundles only its own; this gathers them all.
 */
export function stringsFor(lang: string, overrides: Partial<Strings> = {}): Strings {
  return stringsIn({ en, cy }, lang, overrides);
}
