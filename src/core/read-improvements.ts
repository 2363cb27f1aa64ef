/**
 * Format 2's "You said, we did" list and its published satisfaction figures
 * (docs/charter-format.md#you-said-we-did).
 * @module
 */
import type { Improvement, SatisfactionMeasure } from './charter-model.js';
import { childPath } from './problems.js';
import { readId, readPerformance } from './read-charter-parts.js';
import { isLocalDate } from './read-schedule.js';
import { isObject, optional, readFields, readText, required, type Reader } from './readers.js';
import type { SectionReaders } from './charter-sections.js';
import { idReader } from './read-charter-v2.js';

const MONTH = /^\d{4}-(?:0[1-9]|1[0-2])$/;

/** A month (`2026-03`) or a date (`2026-03-14`), kept as written. */
export const readMonthOrDate: Reader<string> = (value, path, log) =>
  isLocalDate(value) || (typeof value === 'string' && MONTH.test(value))
    ? value
    : log.add(path, 'must be a month (YYYY-MM) or a date (YYYY-MM-DD)');

/** Whether `later` is before `earlier`, compared to the precision both have (a month or a day). */
const before = (later: string, earlier: string): boolean => {
  const length = Math.min(later.length, earlier.length);
  return later.slice(0, length) < earlier.slice(0, length);
};

/** One entry; `promiseId` and `serviceId` check its references against the charter. */
export function improvementReader(promiseId: Reader<string>, serviceId: Reader<string>): Reader<Improvement> {
  return (value, path, log) => {
    const read = readFields<Improvement>(value, path, log, {
      id: required(readId),
      youSaid: required(readText),
      weDid: required(readText),
      saidOn: optional(readMonthOrDate),
      doneOn: required(readMonthOrDate),
      promise: optional(promiseId),
      service: optional(serviceId),
    });
    if (!read) return undefined;
    if (read.promise !== undefined && read.service !== undefined)
      return log.add(path, 'must have "promise" or "service", not both');
    if (read.saidOn !== undefined && before(read.doneOn, read.saidOn))
      return log.add(childPath(path, 'doneOn'), `must not be before "saidOn" (${read.saidOn})`);
    return read;
  };
}

/** A satisfaction measure: performance figures (as on a promise) with an `id` and a required `measure`. */
export const readSatisfaction: Reader<SatisfactionMeasure> = (value, path, log) => {
  if (!isObject(value)) return log.add(path, 'must be an object');
  const { id: written, ...figures } = value;
  const id =
    written === undefined ? log.add(childPath(path, 'id'), 'is required') : readId(written, childPath(path, 'id'), log);
  const performance = readPerformance(figures, path, log);
  if (figures.measure === undefined) log.add(childPath(path, 'measure'), 'is required');
  return id === undefined || !performance?.measure ? undefined : { id, ...performance, measure: performance.measure };
};

export const sectionReaders: Pick<SectionReaders, 'improvements' | 'satisfaction'> = {
  improvements: (known) =>
    improvementReader(
      idReader(() => known.promises, 'promises', known.written),
      idReader(() => known.services, 'services', known.written),
    ),
  satisfaction: () => readSatisfaction,
};
