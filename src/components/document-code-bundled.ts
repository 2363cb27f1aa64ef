/**
 * document-chunks.ts as the one-request CDN file has it (rollup.config.mjs puts this module in
 * its place there): every chunk is in that file already, so the code of each part of a
 * document is at hand from the start and nothing is imported later.
 * @module
 */
import { readCharterV1 } from '../core/read-charter-v1.js';
import { allSectionReaders } from '../core/section-readers.js';
import type * as lazy from './document-chunks.js';
import * as access from './service-charter/access-section.js';
import * as notices from './notices-section.js';
import * as improvements from './service-you-said-we-did/improvements-section.js';
import * as feedback from '../core/read-feedback.js';

export const documentCode: typeof lazy.documentCode = {
  version1: { readCharterV1 } as never,
  access,
  notices,
  improvements,
  feedback,
};

export const documentChunksFor: typeof lazy.documentChunksFor = () => undefined;

export const loadedSectionReaders: typeof lazy.loadedSectionReaders = () => allSectionReaders;
