/**
 * The code a charter document needs beyond the charter's own chunk, each part in a chunk
 * imported the first time a document needs it (once per page, all in parallel): the version 1
 * reader for a version 1 document, and the reader and view of each optional section a version
 * 2 document has (sites and access, notices, "You said, we did" with satisfaction, feedback).
 * A page whose charter has no notices never fetches their code. The charter reads and draws a
 * document once its chunks are here; the views find their code in `documentCode`.
 * @module
 */
import type { OptionalSection, SectionReaders } from '../core/charter-sections.js';
import { isObject } from '../core/readers.js';

/** Each chunk: the sections it reads (none for the version 1 reader), and its import. */
const chunks = {
  version1: [[], () => import('../core/read-charter-v1.js')],
  access: [['sites', 'access'], () => import('./service-charter/access-section.js')],
  notices: [['notices'], () => import('./notices-section.js')],
  improvements: [['improvements', 'satisfaction'], () => import('./service-you-said-we-did/improvements-section.js')],
  feedback: [['feedback'], () => import('../core/read-feedback.js')],
} satisfies Record<string, [OptionalSection[], () => Promise<unknown>]>;
type Chunk = keyof typeof chunks;
type SectionModule = { sectionReaders: Partial<SectionReaders> };

/** Each chunk's module, once imported. */
export const documentCode: { [C in Chunk]?: Awaited<ReturnType<(typeof chunks)[C][1]>> } = {};
const importing: { [C in Chunk]?: Promise<void> } = {};

/**
 * Imports the chunks `json` needs that are not here yet: the version 1 reader for a version 1
 * document, else those of the optional sections it has. Read it once this settles; undefined
 * when there is nothing to wait for. A failed import is told to the console, and the document
 * then reads as a problem at `version`, or at each section the chunk reads.
 */
export function documentChunksFor(json: unknown): Promise<unknown> | undefined {
  if (!isObject(json)) return undefined;
  const needed = (Object.entries(chunks) as [Chunk, [OptionalSection[], () => Promise<never>]][]).filter(
    ([chunk, [sections]]) =>
      !documentCode[chunk] &&
      (chunk === 'version1' ? json.version === 1 : json.version !== 1 && sections.some((s) => json[s] !== undefined)),
  );
  return needed.length
    ? Promise.all(
        needed.map(
          ([chunk, [sections, load]]) =>
            (importing[chunk] ??= load().then(
              (module) => void (documentCode[chunk] = module),
              (error: unknown) => {
                importing[chunk] = undefined;
                const what = sections.length ? `its ${sections.join(' and ')}` : 'version 1 documents';
                console.error(`service-charter: the code that reads ${what} could not be loaded`, error);
              },
            )),
        ),
      )
    : undefined;
}

/** The readers of every optional section whose chunk is here. */
export const loadedSectionReaders = (): Partial<SectionReaders> =>
  Object.assign({}, ...Object.values(documentCode).map((module) => (module as Partial<SectionModule>).sectionReaders));
