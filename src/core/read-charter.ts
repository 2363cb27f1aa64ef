import type { Charter } from './charter-model.js';
import { ProblemLog, type Problem } from './problems.js';
import { readCharterV2 } from './read-charter-v2.js';
import type { SectionReaders } from './charter-sections.js';
import { isObject } from './readers.js';

/** A reader of one format's documents into the format 2 model, logging every problem. */
export type FormatReader = (json: unknown, log: ProblemLog) => Charter | undefined;

/**
 * Reads a charter document, version 1 or 2, into the format 2 model, keeping every valid
 * part. `problems` lists every mistake (empty when the whole document is valid);
 * `charter` is undefined only when the document is not a charter of a known version.
 * The version 1 reader and the readers of optional sections are passed in, so the browser
 * imports each only for a document that needs it; without it, such a document is a problem
 * at `version`, and such a section a problem at its own path.
 */
export function readCharterWith(
  json: unknown,
  readVersion1: FormatReader | undefined,
  sections: Partial<SectionReaders>,
): { charter: Charter | undefined; problems: Problem[] } {
  const log = new ProblemLog();
  if (!isObject(json)) {
    log.add('', 'must be an object');
    return { charter: undefined, problems: log.problems };
  }
  const version = json.version;
  if (version !== 1 && version !== 2) {
    log.add('version', version === undefined ? 'is required' : 'must be 1 or 2');
    // Read as the newest version too, so the other mistakes are listed as well.
    readCharterV2({ ...json, version: 2 }, log, sections);
    return { charter: undefined, problems: log.problems };
  }
  if (version === 1 && !readVersion1) {
    log.add('version', 'is 1, and the version 1 reader could not be loaded (see the console)');
    return { charter: undefined, problems: log.problems };
  }
  const charter = version === 1 ? readVersion1!(json, log) : readCharterV2(json, log, sections);
  return { charter, problems: log.problems };
}
