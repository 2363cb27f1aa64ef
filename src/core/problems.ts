/** One thing wrong with a charter, at a JSON path such as `promises[3].target.workingDays`. */
export interface Problem {
  path: string;
  message: string;
}

/** Thrown by `parseCharter`: lists every problem, and keeps what was valid. */
export class CharterError<T = unknown> extends Error {
  constructor(
    readonly problems: readonly Problem[],
    /** The valid parts of the document, or undefined when nothing could be read. */
    readonly partial: T | undefined,
  ) {
    super(`Invalid charter:\n${problems.map((p) => `  ${p.path || '(document)'}: ${p.message}`).join('\n')}`);
    this.name = 'CharterError';
  }
}

/** Collects problems while a document is read. */
export class ProblemLog {
  readonly problems: Problem[] = [];

  add(path: string, message: string): undefined {
    this.problems.push({ path, message });
    return undefined;
  }
}

export const childPath = (path: string, key: string | number): string =>
  typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key;
