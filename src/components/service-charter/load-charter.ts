import { bankHolidayErrors, loadCharterBankHolidays } from '../../core/bank-holidays.js';
import type { Charter } from '../../core/charter-types.js';
import type { Clock } from '../../context/clock.js';
import { readCharterWith } from '../../core/read-charter.js';
import { fetchBankHolidays } from '../bank-holidays.js';
import { documentCode, loadedSectionReaders } from '../document-chunks.js';
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

/** Fetches a charter without cookies, in time by `clock`; any failure becomes a CharterLoadError. */
export async function fetchCharterJson(src: string, signal: AbortSignal, clock: Clock): Promise<unknown> {
  const { text } = await fetchText(
    src,
    'application/json',
    (reason) => new CharterLoadError('network', `${src} ${reason}`),
    clock,
    signal,
  );
  return parseJson(text, src);
}

/** The text of an inline `<script type="application/json">` child, if any. */
export const inlineCharterText = (host: Element): string | undefined =>
  host.querySelector(':scope > script[type="application/json"]')?.textContent ?? undefined;

/** The inline document read as JSON; `undefined` when there is none. */
export const inlineCharterJson = (text: string | undefined): unknown =>
  text === undefined ? undefined : parseJson(text, 'the inline charter');

export type ReadResult = ReturnType<typeof readCharterWith>;

/** Validates a document and tells the web team, in the console, what is wrong with it. */
export function readAndReport(json: unknown, host: Element): ReadResult {
  const result = readCharterWith(json, documentCode.version1?.readCharterV1, loadedSectionReaders());
  if (result.problems.length > 0) {
    const lines = result.problems.map((p) => `  ${p.path || '(document)'}: ${p.message}`).join('\n');
    console.warn(`<${host.localName}>: the charter has ${result.problems.length} problem(s):\n${lines}`);
  }
  return result;
}

/** The charter with its bank-holiday URLs loaded (once per page); failures are told to the console and kept on the schedule. */
export async function loadAndReportBankHolidays(charter: Charter, host: Element, clock: Clock): Promise<Charter> {
  const loaded = await loadCharterBankHolidays(charter, (url) => fetchBankHolidays(url, clock));
  for (const error of bankHolidayErrors(loaded))
    console.warn(`<${host.localName}>: bank holidays not loaded: ${error}`);
  return loaded;
}
