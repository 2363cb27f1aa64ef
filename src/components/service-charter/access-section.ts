/** A charter's `sites` and `access` sections, read and drawn: a chunk of their own (document-chunks.ts). @module */
export { sectionReaders } from '../../core/read-access.js';
export { accessView, sitesView } from './access-view.js';
