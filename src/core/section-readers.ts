/**
 * Every optional section's reader at hand, for Node and the command line; a browser imports
 * each only for a document that has its section (components/document-chunks.ts).
 * @module
 */
import type { SectionReaders } from './charter-sections.js';
import { sectionReaders as access } from './read-access.js';
import { sectionReaders as feedback } from './read-feedback.js';
import { sectionReaders as improvements } from './read-improvements.js';
import { sectionReaders as notices } from './read-notices.js';

export const allSectionReaders: SectionReaders = { ...access, ...notices, ...improvements, ...feedback };
