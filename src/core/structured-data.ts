/**
 * schema.org JSON-LD for a charter, for search engines: the service, its channels, sites
 * and their opening hours (dated periods included), holidays, special days and languages.
 * Promise targets and percentages have no schema.org property that fits, so they are left out.
 * @module
 */
import type { Channel, Charter, CharterSchedule, Site } from './charter-types.js';
import type { Interval, Weekday, WeeklyHours } from './schedule-types.js';
import { WEEKDAYS } from './schedule-types.js';
import { pickText, type LocalizedText } from './text.js';

/** A JSON-LD node: plain JSON with `@type` (and `@context` at the top). */
export type JsonLd = { [key: string]: JsonLdValue };
export type JsonLdValue = string | number | boolean | JsonLd | JsonLdValue[];

export interface StructuredDataOptions {
  /** `GovernmentService` provided by a `GovernmentOrganization` (councils), else `Service` by an `Organization`. */
  government?: boolean;
  /** The language to write names in (default: the charter's). */
  language?: string;
  /** Holidays and special days before this local date (`YYYY-MM-DD`) are left out. */
  fromDate?: string;
}

const DAY_NAMES: Record<Weekday, string> = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
};

/** schema.org's Time has no 24:00: the end of the day is written 23:59. */
const schemaTime = (time: string): string => (time === '24:00' ? '23:59' : time);

const hoursSpec = (interval: Interval, extra: JsonLd): JsonLd => ({
  '@type': 'OpeningHoursSpecification',
  ...extra,
  opens: schemaTime(interval[0]),
  closes: schemaTime(interval[1]),
});

/** A closed date, as schema.org writes it: opens and closes at 00:00 on that date only. */
const CLOSED: Interval = ['00:00', '00:00'];

/** One OpeningHoursSpecification per interval of a week, weekdays with the same interval grouped. */
function weeklySpecs(weekly: WeeklyHours, extra: JsonLd): JsonLd[] {
  const byInterval = new Map<string, { interval: Interval; days: string[] }>();
  for (const weekday of WEEKDAYS) {
    for (const interval of weekly[weekday] ?? []) {
      const key = interval.join('-');
      const entry = byInterval.get(key) ?? { interval, days: [] };
      entry.days.push(`https://schema.org/${DAY_NAMES[weekday]}`);
      byInterval.set(key, entry);
    }
  }
  return [...byInterval.values()].map(({ interval, days }) =>
    hoursSpec(interval, { dayOfWeek: days.length === 1 ? days[0] : days, ...extra }),
  );
}

/**
 * Opening hours as OpeningHoursSpecification: one per weekly interval, and per interval of
 * each dated period (with `validFrom`/`validThrough`), weekdays with the
 * same interval grouped; then each holiday (closed) and special day from `fromDate` on.
 */
export function openingHoursSpecification(schedule: CharterSchedule, fromDate = ''): JsonLd[] {
  const specs = weeklySpecs(schedule.weekly, {});
  // Dated periods (winter hours, Christmas): their own weeks, valid only between their dates.
  for (const period of schedule.periods ?? []) {
    if (period.to < fromDate) continue;
    specs.push(...weeklySpecs(period.weekly, { validFrom: period.from, validThrough: period.to }));
  }
  const special = schedule.special ?? {};
  const dated = new Map<string, readonly Interval[]>();
  for (const date of schedule.holidays ?? []) if (!(date in special)) dated.set(date, []);
  for (const [date, intervals] of Object.entries(special)) dated.set(date, intervals);
  for (const date of [...dated.keys()].sort()) {
    if (date < fromDate) continue;
    const intervals = dated.get(date)!;
    const day = { validFrom: date, validThrough: date };
    specs.push(...(intervals.length ? intervals : [CLOSED]).map((interval) => hoursSpec(interval, day)));
  }
  return specs;
}

/**
 * The languages people can use with the organisation: the charter's own, every language
 * of its title and organisation name, then those its access offers name (interpreters,
 * translation, a service in Welsh).
 */
function languagesOf(charter: Charter): string[] {
  const keys = (text: LocalizedText) => (typeof text === 'string' ? [] : Object.keys(text));
  const offered = (charter.access ?? []).flatMap((offer) => offer.languages ?? []);
  return [...new Set([charter.language, ...keys(charter.title), ...keys(charter.organisation.name), ...offered])];
}

/** A site as a schema.org Place: its name, address and own opening hours. */
function siteNode(site: Site, pick: (text: LocalizedText) => string, fromDate: string): JsonLd {
  const node: JsonLd = { '@type': 'Place', name: pick(site.name) };
  if (site.address) node.address = pick(site.address);
  const hours = site.hours && !site.hours.workingDaysOnly ? site.hours : undefined;
  if (hours) node.openingHoursSpecification = openingHoursSpecification(hours, fromDate);
  return node;
}

function channelNode(channel: Channel, charter: Charter, options: Required<StructuredDataOptions>): JsonLd {
  const { contact = {} } = channel;
  const pick = (text: LocalizedText) => pickText(text, options.language, charter.language);
  const hours = channel.hours ? openingHoursSpecification(channel.hours, options.fromDate) : undefined;
  const sites = (channel.sites ?? []).flatMap((id) => charter.sites?.find((site) => site.id === id) ?? []);
  const node: JsonLd = {
    '@type': 'ServiceChannel',
    '@id': `#channel-${channel.id}`,
    name: pick(channel.name),
    availableLanguage: channel.languages?.length ? channel.languages : languagesOf(charter),
  };
  if (channel.description) node.description = pick(channel.description);
  if (contact.phone) {
    node.servicePhone = { '@type': 'ContactPoint', telephone: contact.phone, ...(hours && { hoursAvailable: hours }) };
  }
  if (contact.email) node.serviceUrl = `mailto:${contact.email}`;
  if (contact.url) node.serviceUrl = contact.url;
  if (contact.address) {
    const address = pick(contact.address);
    if (channel.type === 'post') node.servicePostalAddress = { '@type': 'PostalAddress', streetAddress: address };
    else node.serviceLocation = { '@type': 'Place', address, ...(hours && { openingHoursSpecification: hours }) };
  }
  if (sites.length) node.serviceLocation = sites.map((site) => siteNode(site, pick, options.fromDate));
  return node;
}

/**
 * The charter as schema.org JSON-LD: a `Service` (or `GovernmentService`) with its
 * provider, default opening hours (`hoursAvailable`) and one `ServiceChannel` per channel.
 * A channel's own hours go where schema.org has room for them: its phone's
 * `hoursAvailable` and its place's `openingHoursSpecification`.
 */
export function charterStructuredData(charter: Charter, options: StructuredDataOptions = {}): JsonLd {
  const settings = { government: false, language: charter.language, fromDate: '', ...options };
  const pick = (text: LocalizedText) => pickText(text, settings.language, charter.language);
  const { organisation } = charter;
  const provider: JsonLd = {
    '@type': settings.government ? 'GovernmentOrganization' : 'Organization',
    name: pick(organisation.name),
  };
  if (organisation.url) provider.url = organisation.url;
  if (organisation.logo) provider.logo = organisation.logo.src;
  const service: JsonLd = {
    '@context': 'https://schema.org',
    '@type': settings.government ? 'GovernmentService' : 'Service',
    name: pick(charter.title),
    provider,
    availableLanguage: languagesOf(charter),
  };
  if (charter.vision) service.description = pick(charter.vision);
  if (charter.hours && !charter.hours.workingDaysOnly)
    service.hoursAvailable = openingHoursSpecification(charter.hours, settings.fromDate);
  if (charter.channels.length)
    service.availableChannel = charter.channels.map((c) => channelNode(c, charter, settings));
  return service;
}

/** JSON (e.g. JSON-LD) as text that is safe inside an HTML `<script>`: `<` is escaped, so no `</script>` can end it. */
export const scriptSafeJson = (data: unknown): string => JSON.stringify(data).replace(/</g, '\\u003c');
