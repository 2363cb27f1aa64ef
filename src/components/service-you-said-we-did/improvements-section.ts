/** A charter's "You said, we did" and satisfaction figures, read, and the list drawn: a chunk of their own (document-chunks.ts). @module */
export { sectionReaders } from '../../core/read-improvements.js';
export { followInPageLink, improvementsView } from './improvements-view.js';
