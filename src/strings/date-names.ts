/**
 * English weekday and month names, the fallback tables' shape (the Welsh ones are in
 * cy/date-names.ts, fetched with the Welsh strings), and whether Intl speaks a language.
 */
export const englishWeekdayNames = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
export const englishMonthNames = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const intlKnows = new Map<string, boolean>();
/** Whether Intl has the language's own date names (Chromium builds may lack Welsh, say). */
export function intlSpeaks(lang: string): boolean {
  let known = intlKnows.get(lang);
  if (known === undefined) intlKnows.set(lang, (known = Intl.DateTimeFormat.supportedLocalesOf(lang).length > 0));
  return known;
}

/**
 * A month's name in `lang`: Intl's when it has data for the language, else from `names`
 * (January first).
 */
export function monthName(
  year: number,
  month: number,
  lang: string,
  style: 'long' | 'short',
  names?: readonly string[],
): string {
  if (names?.length === 12 && !intlSpeaks(lang)) return names[month - 1];
  return new Intl.DateTimeFormat(lang, { month: style, timeZone: 'UTC' }).format(Date.UTC(year, month - 1, 15));
}
