/**
 * The charter model: format 2 (src/core/charter-model.ts), which version 1 documents are
 * read into as well, plus names kept for code written against format 1.
 * @module
 */
import type { Calendar } from './charter-model.js';
import type { PromiseV1 } from './promise-v1.js';

export * from './charter-model.js';
export type { PromiseV1 } from './promise-v1.js';

/** A schedule as written in a charter: a calendar. */
export type CharterSchedule = Calendar;

/** A promise written in format 1 (`channel`, `text`, one `target`), still accepted by the elements' `promise` property. */
export type ServicePromiseData = PromiseV1;
