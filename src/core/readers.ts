import { childPath, type ProblemLog } from './problems.js';
import { tooLong } from './limits.js';
import type { LocalizedText } from './text.js';

/**
 * Small readers for untrusted JSON. Each returns the value when valid, or logs a
 * problem at `path` and returns undefined, so callers can keep whatever else is valid.
 */
export type Reader<T> = (value: unknown, path: string, log: ProblemLog) => T | undefined;

export type JsonObject = Record<string, unknown>;

export const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const readObject: Reader<JsonObject> = (value, path, log) =>
  isObject(value) ? value : log.add(path, 'must be an object');

export const readString: Reader<string> = (value, path, log) =>
  typeof value === 'string' && value.trim() !== '' ? value : log.add(path, 'must be a non-empty string');

export const readBoolean: Reader<boolean> = (value, path, log) =>
  typeof value === 'boolean' ? value : log.add(path, 'must be true or false');

export const readText: Reader<LocalizedText> = (value, path, log) => {
  if (typeof value === 'string') return readString(value, path, log);
  if (isObject(value) && Object.keys(value).length > 0) {
    const bad = Object.entries(value).filter(([, text]) => typeof text !== 'string' || text.trim() === '');
    if (bad.length === 0) return value as Record<string, string>;
    for (const [lang] of bad) log.add(childPath(path, lang), 'must be a non-empty string');
    return undefined;
  }
  return log.add(path, 'must be a string or a map of language codes to strings, e.g. {"en": "…", "cy": "…"}');
};

/** A number; `whole` demands an integer. */
export function numberReader(options: { whole?: boolean; min?: number; max?: number } = {}): Reader<number> {
  const { whole = false, min = 0, max } = options;
  const range = max === undefined ? `≥ ${min}` : `from ${min} to ${max}`;
  const wanted = `must be ${whole ? 'a whole number' : 'a number'} ${range}`;
  return (value, path, log) =>
    typeof value === 'number' &&
    Number.isFinite(value) &&
    (!whole || Number.isInteger(value)) &&
    value >= min &&
    (max === undefined || value <= max)
      ? value
      : log.add(path, wanted);
}

export function oneOf<T extends string>(choices: readonly T[]): Reader<T> {
  return (value, path, log) =>
    choices.includes(value as T)
      ? (value as T)
      : log.add(path, `must be one of ${choices.map((c) => `"${c}"`).join(', ')}`);
}

const LINK_SCHEMES = {
  web: /^https?:\/\/[^\s]+$/i,
  email: /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/,
  phone: /^\+?[0-9 ()-]{3,}$/,
} satisfies Record<string, RegExp>;

const LINK_MESSAGES: Record<keyof typeof LINK_SCHEMES, string> = {
  web: 'must be an http(s) URL',
  email: 'must be an email address',
  phone: 'must be a phone number (digits, spaces, brackets, dashes, optional leading +)',
};

/** A URL limited to http(s); email addresses and phone numbers are checked for shape. */
export function linkReader(kind: keyof typeof LINK_SCHEMES): Reader<string> {
  const message = LINK_MESSAGES[kind];
  return (value, path, log) =>
    typeof value === 'string' && LINK_SCHEMES[kind].test(value.trim()) ? value.trim() : log.add(path, message);
}

/**
 * Reads an array, keeping the items that are valid and logging the rest. A list longer
 * than `max` is one problem, found before any item is read.
 */
export function readList<T>(value: unknown, path: string, log: ProblemLog, item: Reader<T>, max = Infinity): T[] {
  if (!Array.isArray(value)) return log.add(path, 'must be a list') ?? [];
  const long = tooLong(value, max);
  if (long) return log.add(path, long) ?? [];
  // An index loop, not flatMap: a hole in a JavaScript array is read (and reported), not skipped.
  const items: T[] = [];
  for (let index = 0; index < value.length; index++) {
    const read = item(value[index], childPath(path, index), log);
    if (read !== undefined) items.push(read);
  }
  return items;
}

type FieldSpec<T> = { [K in keyof T]-?: { read: Reader<T[K]>; required?: boolean } };

/**
 * Reads the fields of an object into `fields` order, reporting unknown keys.
 * `complete` is false when a required field is missing or invalid; `fields` still
 * holds every valid field, so a document can show what is valid.
 */
export function collectFields<T>(
  value: unknown,
  path: string,
  log: ProblemLog,
  spec: FieldSpec<T>,
): { fields: Partial<T>; complete: boolean } | undefined {
  const object = readObject(value, path, log);
  if (!object) return undefined;
  let complete = true;
  const fields: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(spec) as [string, { read: Reader<unknown>; required?: boolean }][]) {
    const fieldPath = childPath(path, key);
    if (object[key] === undefined) {
      if (field.required) complete = log.add(fieldPath, 'is required') ?? false;
      continue;
    }
    const read = field.read(object[key], fieldPath, log);
    if (read !== undefined) fields[key] = read;
    else if (field.required) complete = false;
  }
  for (const key of Object.keys(object)) {
    if (key !== '$schema' && !Object.hasOwn(spec, key)) log.add(childPath(path, key), 'is not a known field');
  }
  return { fields: fields as Partial<T>, complete };
}

/** Reads an object whose required fields must all be valid; otherwise undefined. */
export function readFields<T>(value: unknown, path: string, log: ProblemLog, spec: FieldSpec<T>): T | undefined {
  const read = collectFields(value, path, log, spec);
  return read?.complete ? (read.fields as T) : undefined;
}

export const required = <T>(read: Reader<T>) => ({ read, required: true as const });
export const optional = <T>(read: Reader<T>) => ({ read });
export const listOf =
  <T>(item: Reader<T>, max = Infinity): Reader<T[]> =>
  (value, path, log) =>
    readList(value, path, log, item, max);

/** A list every entry of which must be valid (otherwise undefined). */
export const strictListOf =
  <T>(item: Reader<T>, max = Infinity): Reader<T[]> =>
  (value, path, log) => {
    const list = readList(value, path, log, item, max);
    return Array.isArray(value) && list.length === value.length ? list : undefined;
  };
