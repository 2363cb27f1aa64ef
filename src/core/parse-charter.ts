import type { Charter } from './charter-model.js';
import { CharterError, ProblemLog, type Problem } from './problems.js';
import { readCharterV1 } from './read-charter-v1.js';
import { readCharterV2 } from './read-charter-v2.js';
import { isObject } from './readers.js';

/**
 * Reads a charter document, version 1 or 2, into the format 2 model, keeping every valid
 * part. `problems` lists every mistake (empty when the whole document is valid);
 * `charter` is undefined only when the document is not a charter of a known version.
 */
export function readCharter(json: unknown): { charter: Charter | undefined; problems: Problem[] } {
  const log = new ProblemLog();
  if (!isObject(json)) {
    log.add('', 'must be an object');
    return { charter: undefined, problems: log.problems };
  }
  const version = json.version;
  if (version !== 1 && version !== 2) {
    log.add('version', version === undefined ? 'is required' : 'must be 1 or 2');
    // Read as the newest version too, so the other mistakes are listed as well.
    readCharterV2({ ...json, version: 2 }, log);
    return { charter: undefined, problems: log.problems };
  }
  const charter = version === 1 ? readCharterV1(json, log) : readCharterV2(json, log);
  return { charter, problems: log.problems };
}

/**
 * Parses and validates a charter document (docs/charter-format.md).
 * @throws {CharterError} listing every problem with its path, with the valid parts in `partial`.
 */
export function parseCharter(json: unknown): Charter {
  const { charter, problems } = readCharter(json);
  if (problems.length > 0 || !charter) throw new CharterError(problems, charter);
  return charter;
}
