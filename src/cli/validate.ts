import { readCharter } from '../core/parse-charter.js';
import type { Charter } from '../core/charter-types.js';
import type { Problem } from '../core/problems.js';
import { pickText } from '../core/text.js';

export interface Validation {
  charter: Charter | undefined;
  problems: Problem[];
  /** What to print: one line per problem, with its JSON path, then a summary. */
  report: string;
}

/** Validates a charter document and words the result for a person at a terminal. */
export function validate(json: unknown, file: string): Validation {
  const { charter, problems } = readCharter(json);
  const title = charter ? ` "${pickText(charter.title, charter.language)}"` : '';
  const report =
    problems.length === 0
      ? `✓ ${file}: a valid charter${title}.`
      : [
          `✗ ${file}: ${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}:`,
          ...problems.map((problem) => `  ${problem.path || '(document)'}: ${problem.message}`),
          charter
            ? `The element shows what is valid and lists these problems.`
            : `This is not a version 1 or 2 charter: the element shows only the problems.`,
        ].join('\n');
  return { charter, problems, report };
}
