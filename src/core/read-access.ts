/**
 * Format 2's `sites` (the places a channel is available at) and `access` (access and
 * language promises): read only for a document that has them (charter-sections.ts).
 * @module
 */
import { ACCESS_OFFERS, type AccessOffer, type Site } from './charter-model.js';
import { childPath } from './problems.js';
import { readContact, readId } from './read-charter-parts.js';
import { check, languagesReader, refReader, type Known } from './read-charter-v2.js';
import { targetsReader } from './read-targets.js';
import { collectFields, isObject, oneOf, optional, readFields, readText, required, type Reader } from './readers.js';
import type { SectionReaders } from './charter-sections.js';

function siteReader(known: Known): Reader<Site> {
  const calendar = refReader(() => known.calendars, 'calendars', known.written);
  return (value, path, log) =>
    readFields<Site>(value, path, log, {
      id: required(readId),
      name: required(readText),
      address: optional(readText),
      contact: optional(readContact),
      hours: optional(calendar),
    });
}

const readAccessOffer: Reader<AccessOffer> = (value, path, log) => {
  const read = collectFields<AccessOffer>(value, path, log, {
    id: required(readId),
    offer: required(oneOf(ACCESS_OFFERS)),
    text: optional(readText),
    languages: optional(languagesReader),
    targets: optional(targetsReader('custom')),
  });
  if (!read?.complete) return undefined;
  const written = isObject(value) ? value : {};
  if (
    !check(
      read.fields.offer === 'custom' && !('text' in written),
      log,
      childPath(path, 'text'),
      'is required for offer "custom"',
    )
  )
    return undefined;
  if ('targets' in written && !read.fields.targets) return undefined;
  return { ...(read.fields as AccessOffer), targets: read.fields.targets ?? [] };
};

export const sectionReaders: Pick<SectionReaders, 'sites' | 'access'> = {
  sites: siteReader,
  access: () => readAccessOffer,
};
