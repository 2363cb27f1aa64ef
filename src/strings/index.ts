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

const builtIn: Record<string, Strings> = { en, cy };

/** The built-in strings for a language (base language, then English), with overrides on top. */
export function stringsFor(lang: string, overrides: Partial<Strings> = {}): Strings {
  return { ...(builtIn[lang.split('-')[0].toLowerCase()] ?? en), ...overrides };
}
