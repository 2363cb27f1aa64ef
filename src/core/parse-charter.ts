import type { Charter } from './charter-model.js';
import { CharterError, type Problem } from './problems.js';
import { readCharterV1 } from './read-charter-v1.js';
import { readCharterWith } from './read-charter.js';
import { allSectionReaders } from './section-readers.js';

/** Reads a charter document of either version (see readCharterWith), every reader at hand. */
export const readCharter = (json: unknown): { charter: Charter | undefined; problems: Problem[] } =>
  readCharterWith(json, readCharterV1, allSectionReaders);

/**
 * Parses and validates a charter document (docs/charter-format.md).
 * @throws {CharterError} listing every problem with its path, with the valid parts in `partial`.
 */
export function parseCharter(json: unknown): Charter {
  const { charter, problems } = readCharter(json);
  if (problems.length > 0 || !charter) throw new CharterError(problems, charter);
  return charter;
}
