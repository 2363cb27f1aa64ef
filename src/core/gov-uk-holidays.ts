/**
 * Holidays from the GOV.UK bank-holidays feed (https://www.gov.uk/bank-holidays.json).
 * @module
 */
import { formatLocalDate, parseLocalDate } from './time-zone.js';
import { isObject } from './readers.js';

/**
 * The dates (`YYYY-MM-DD`, sorted, without repeats) of one division of the GOV.UK
 * bank-holidays JSON, `{ "england-and-wales": { "division": …, "events": [{ "date": … }] } }`.
 * Events without a real date are ignored; a missing division or a malformed feed throws.
 */
export function holidaysFromGovUk(json: unknown, division: string): string[] {
  if (!isObject(json)) throw new Error('GOV.UK bank holidays: expected a JSON object keyed by division');
  const entry = json[division];
  if (!isObject(entry) || !Array.isArray(entry.events)) {
    const known = Object.keys(json).filter((key) => isObject(json[key]));
    throw new Error(
      `GOV.UK bank holidays: no division "${division}" with events (found: ${known.join(', ') || 'none'})`,
    );
  }
  const days = new Set<number>();
  for (const event of entry.events) {
    const day = isObject(event) && typeof event.date === 'string' ? parseLocalDate(event.date) : NaN;
    if (!Number.isNaN(day)) days.add(day);
  }
  return [...days].sort((a, b) => a - b).map(formatLocalDate);
}
