import { cy } from './cy.js';
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

export { stringsIn, type StringTables } from './tables.js';

/**
 * Every element's built-in strings for a language (base language, then English), with
 * overrides on top. Each element bundles only its own; this gathers them all.
 */
export function stringsFor(lang: string, overrides: Partial<Strings> = {}): Strings {
  return stringsIn({ en, cy }, lang, overrides);
}
