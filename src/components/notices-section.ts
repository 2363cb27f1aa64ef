/** A charter's `notices`, read, picked and drawn: a chunk of their own (document-chunks.ts). @module */
export { sectionReaders } from '../core/read-notices.js';
export { activeNotices } from '../core/notices.js';
export { isOrganisationWide, nextNoticeChange } from '../core/active-notices.js';
export { noticesView } from './notices-view.js';
