/** A message that depends on a count: forms by `Intl.PluralRules` category, `#` for the number. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const pluralRules = new Map<string, Intl.PluralRules>();

/** The plural form of `forms` for `count` in `lang`, with `#` still in it. */
export function pluralForm(lang: string, count: number, forms: PluralForms): string {
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(lang)));
  return forms[rules.select(count)] ?? forms.other;
}

const intlFormats = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

/** One Intl formatter per kind, language and options, kept: building one costs far more than using it. */
function cached<F extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, build: () => F): F {
  let format = intlFormats.get(key) as F | undefined;
  if (!format) intlFormats.set(key, (format = build()));
  return format;
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
  const kept = BigInt(whole + places.slice(0, shift + digits)) + (places[shift + digits] >= '5' ? 1n : 0n);
  const all = String(kept).padStart(digits + 1, '0');
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
  const month = new Date(Date.UTC(Number(year), Number(part) - 1, 15));
  const format = cached(
    `d|${lang}`,
    () => new Intl.DateTimeFormat(lang, { month: 'long', year: 'numeric', timeZone: 'UTC' }),
  );
  return format.format(month);
}

export { monthName } from './date-names.js';

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
