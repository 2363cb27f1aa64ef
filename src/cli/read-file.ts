import { readFile } from 'node:fs/promises';

/** A failure the CLI reports in one line, with its own exit code. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

export const EXIT = { ok: 0, invalid: 1, usage: 2, missing: 3, notJson: 4, noRenderer: 5 } as const;

/** Reads a file as JSON; a missing file and a file that is not JSON are told apart. */
export async function readJsonFile(path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : code;
    throw new CliError(`Cannot read ${path}: ${reason ?? (error as Error).message}.`, EXIT.missing);
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
  } catch (error) {
    throw new CliError(`${path} is not JSON: ${(error as Error).message}.`, EXIT.notJson);
  }
}
