import { englishMonthNames } from './date-names.js';
import type { PluralForms } from './format.js';

/** Strings of a performance figure against its target, shown by <service-promise> and <service-performance>, in English. */
export const en = {
  achieved: 'Achieved {achieved} against a target of {target}',
  achievedNoTarget: 'Achieved {achieved}',
  period: 'in {period}',
  met: 'Target met',
  missed: 'Target missed',
  noFigures: 'No figures published yet',
  units: {
    seconds: { one: '# second', other: '# seconds' },
    minutes: { one: '# minute', other: '# minutes' },
    days: { one: '# day', other: '# days' },
    count: { other: '#' },
  } as Record<string, PluralForms>,
  quarter: 'Q{quarter} {year}',
  /** Month names, January first, for "October 2026" (the browser's date names when empty). */
  months: englishMonthNames as readonly string[],
};

/** The shape of these strings: every language's table has it. */
export type FiguresStrings = typeof en;
