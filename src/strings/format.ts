/** A message that depends on a count: forms by `Intl.PluralRules` category, `#` for the number. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const kept = new Map<string, unknown>();

/** One Intl object (or answer) per key, kept: building one costs far more than using it. */
function cached<T>(key: string, build: () => T): T {
  if (!kept.has(key)) kept.set(key, build());
  return kept.get(key) as T;
}

/** The plural form of `forms` for `count` in `lang`, with `#` still in it. */
export function pluralForm(lang: string, count: number, forms: PluralForms): string {
  return forms[cached(`p|${lang}`, () => new Intl.PluralRules(lang)).select(count)] ?? forms.other;
}

/** An `Intl.NumberFormat` for `lang` and `options`, built once. */
export const numberFormat = (lang: string, options: Intl.NumberFormatOptions): Intl.NumberFormat =>
  cached(`n|${lang}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(lang, options));

/**
 * A non-negative number as Intl writes it in English and Welsh, without Intl, whose first
 * formatter costs a page tens of milliseconds: at most `digits` decimals, rounded half away
 * from zero on the shortest decimal form, thousands split by commas; `shift` moves the point
 * right first (2 for a percentage). Undefined for another language, a negative number or
 * one JavaScript writes with an exponent, which Intl then writes.
 */
function plainDecimal(value: number, lang: string, digits: number, shift = 0): string | undefined {
  const written = String(value);
  if (!/^(en|cy)\b/.test(lang) || !/^\d+(\.\d+)?$/.test(written)) return undefined;
  const [whole, fraction = ''] = written.split('.');
  const places = fraction.padEnd(shift + digits + 1, '0');
  const rounded = BigInt(whole + places.slice(0, shift + digits)) + (places[shift + digits] >= '5' ? 1n : 0n);
  const all = String(rounded).padStart(digits + 1, '0');
  const decimals = all.slice(all.length - digits).replace(/0+$/, '');
  const grouped = all.slice(0, all.length - digits).replace(/\B(?=(\d{3})+$)/g, ',');
  return decimals ? `${grouped}.${decimals}` : grouped;
}

/** A number as written in `lang`: "1,500", "1.5". */
export const formatNumber = (lang: string, count: number): string =>
  plainDecimal(count, lang, 2) ?? numberFormat(lang, { maximumFractionDigits: 2 }).format(count);

/** Picks the plural form of `forms` for `count` in `lang` and puts the number in place of `#`. */
export function plural(lang: string, count: number, forms: PluralForms): string {
  return pluralForm(lang, count, forms).replace('#', formatNumber(lang, count));
}

/** Fills `{name}` placeholders in a template. Unknown names are left as they are. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** A reporting period in words: `2026-10` → "October 2026", `2026-Q3` → "Q3 2026", `2026` → "2026". */
export function formatPeriod(
  period: string,
  lang: string,
  quarterTemplate: string,
  months?: readonly string[],
): string {
  const [year, part] = period.split('-');
  if (!part) return year;
  if (part.startsWith('Q')) return fill(quarterTemplate, { quarter: part.slice(1), year });
  if (months?.length === 12) return `${months[Number(part) - 1]} ${year}`;
  return dateTimeFormat(lang, 'UTC', { month: 'long', year: 'numeric' }).format(Date.UTC(+year, +part - 1, 15));
}

/** An `Intl.DateTimeFormat` for `lang` in `timeZone` with `options`, built once. */
export const dateTimeFormat = (lang: string, timeZone: string, options: Intl.DateTimeFormatOptions) =>
  cached(
    `d|${lang}|${timeZone}|${JSON.stringify(options)}`,
    () => new Intl.DateTimeFormat(lang, { ...options, timeZone }),
  );

/** Whether Intl has the language's own date names (Chromium builds may lack Welsh, say). */
export const intlSpeaks = (lang: string): boolean =>
  cached(`s|${lang}`, () => Intl.DateTimeFormat.supportedLocalesOf(lang).length > 0);

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
  return dateTimeFormat(lang, 'UTC', { month: style }).format(Date.UTC(year, month - 1, 15));
}

/** A target in words: `{ workingDays: 5 }` → "within 5 working days". */
export function targetInWords(
  target: Record<string, number>,
  lang: string,
  strings: { targets: Record<string, PluralForms>; sameWorkingDay: string },
): string {
  const [[kind, amount]] = Object.entries(target);
  if (kind === 'workingDays' && amount === 0) return strings.sameWorkingDay;
  return plural(lang, amount, strings.targets[kind]);
}

/** Like `fill`, but values may be templates: returns the parts to render in order. */
export function fillParts(template: string, values: Record<string, unknown>): unknown[] {
  return template.split(/\{(\w+)\}/).map((part, index) => (index % 2 === 1 && part in values ? values[part] : part));
}

/** A performance figure in its unit: "87%" for percent, "35 seconds" for seconds. */
export function formatFigure(amount: number, unit: string, lang: string, units: Record<string, PluralForms>): string {
  if (unit === 'percent') {
    const share = amount / 100;
    const plain = plainDecimal(share, lang, 1, 2);
    return plain ? `${plain}%` : numberFormat(lang, { style: 'percent', maximumFractionDigits: 1 }).format(share);
  }
  return plural(lang, amount, units[unit]);
}
