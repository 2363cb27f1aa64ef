import { bankHolidayErrors, loadCharterBankHolidays } from '../../core/bank-holidays.js';
import type { Charter } from '../../core/charter-types.js';
import { readCharterWith, type FormatReader } from '../../core/read-charter.js';
import { isObject } from '../../core/readers.js';
import { fetchBankHolidays } from '../bank-holidays.js';
import { fetchText } from '../fetch-text.js';

export type LoadFailure = 'network' | 'json';

/** A charter document that could not be fetched or read as JSON. */
export class CharterLoadError extends Error {
  constructor(
    readonly failure: LoadFailure,
    readonly detail: string,
  ) {
    super(`service-charter: ${detail}`);
  }
}

function parseJson(text: string, where: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new CharterLoadError('json', `${where} is not valid JSON: ${(error as Error).message}`);
  }
}

/** Fetches a charter without cookies; any failure becomes a CharterLoadError. */
export async function fetchCharterJson(src: string, signal: AbortSignal): Promise<unknown> {
  const { text } = await fetchText(
    src,
    'application/json',
    signal,
    (detail) => new CharterLoadError('network', detail),
  );
  return parseJson(text, src);
}

/** The document from an inline `<script type="application/json">` child, if any. */
export function inlineCharterJson(host: Element): unknown {
  const script = host.querySelector(':scope > script[type="application/json"]');
  return script ? parseJson(script.textContent ?? '', 'the inline charter') : undefined;
}

/** The version 1 reader, once imported: only a version 1 document fetches its chunk. */
let readVersion1: FormatReader | undefined;
let version1Import: Promise<void> | undefined;

/**
 * Imports the version 1 reader if `json` is a version 1 document and the reader is not here
 * yet: read it once this settles. Undefined when there is nothing to wait for. A failed
 * import is told to the console, and the document then reads as a problem at `version`.
 */
export function version1ReaderFor(json: unknown): Promise<void> | undefined {
  if (readVersion1 || !isObject(json) || json.version !== 1) return undefined;
  return (version1Import ??= import('../../core/read-charter-v1.js').then(
    (module) => void (readVersion1 = module.readCharterV1),
    (error: unknown) => {
      version1Import = undefined;
      console.error('service-charter: the version 1 charter reader could not be loaded', error);
    },
  ));
}

export type ReadResult = ReturnType<typeof readCharterWith>;

/** Validates a document and tells the web team, in the console, what is wrong with it. */
export function readAndReport(json: unknown, host: Element): ReadResult {
  const result = readCharterWith(json, readVersion1);
  if (result.problems.length > 0) {
    const lines = result.problems.map((p) => `  ${p.path || '(document)'}: ${p.message}`).join('\n');
    console.warn(`<${host.localName}>: the charter has ${result.problems.length} problem(s):\n${lines}`);
  }
  return result;
}

/** The charter with its bank-holiday URLs loaded (once per page); failures are told to the console and kept on the schedule. */
export async function loadAndReportBankHolidays(charter: Charter, host: Element): Promise<Charter> {
  const loaded = await loadCharterBankHolidays(charter, fetchBankHolidays);
  for (const error of bankHolidayErrors(loaded))
    console.warn(`<${host.localName}>: bank holidays not loaded: ${error}`);
  return loaded;
}
