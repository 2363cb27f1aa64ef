/**
 * The optional sections of a format 2 charter whose readers are passed to the format 2
 * reader, so a browser imports a section's code only for a document that has it
 * (docs/service-charter.md#what-loads-when). `sectionReaders` (section-readers.ts) has them all.
 * @module
 */
import type { AccessOffer, FeedbackSettings, Improvement, Notice, SatisfactionMeasure, Site } from './charter-model.js';
import type { Reader } from './readers.js';
import type { Known } from './read-charter-v2.js';

/** How each optional section reads one entry (`feedback`, its one object), given the parts of the document read before it. */
export interface SectionReaders {
  sites: (known: Known) => Reader<Site>;
  access: (known: Known) => Reader<AccessOffer>;
  notices: (known: Known) => Reader<Notice>;
  improvements: (known: Known) => Reader<Improvement>;
  satisfaction: (known: Known) => Reader<SatisfactionMeasure>;
  feedback: (known: Known) => Reader<FeedbackSettings>;
}

export type OptionalSection = keyof SectionReaders;

/** The problem at a section that is in the document while its reader is not at hand. */
export const SECTION_NOT_LOADED = 'is not shown: the code that reads it could not be loaded (see the console)';
