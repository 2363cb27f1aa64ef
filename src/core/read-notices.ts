/**
 * Format 2's `notices` (temporary notices: "we are very busy until 8 January"): read only
 * for a document that has them (charter-sections.ts). Which show when is notices.ts.
 * @module
 */
import type { Notice } from './charter-model.js';
import { noticeInstant, readNoticeTime } from './notice-time.js';
import { childPath } from './problems.js';
import { readId } from './read-charter-parts.js';
import { check, idsReader, type Known } from './read-charter-v2.js';
import { optional, readFields, readText, required, type Reader } from './readers.js';
import type { SectionReaders } from './charter-sections.js';

function noticeReader(known: Known): Reader<Notice> {
  return (value, path, log) => {
    const read = readFields<Omit<Notice, 'startsAt' | 'endsAt'>>(value, path, log, {
      id: required(readId),
      text: required(readText),
      from: optional(readNoticeTime),
      until: required(readNoticeTime),
      channels: optional(idsReader(() => known.channels, 'channels', known.written)),
      services: optional(idsReader(() => known.services, 'services', known.written)),
      promises: optional(idsReader(() => known.promises, 'promises', known.written)),
    });
    if (!read) return undefined;
    const timeZone = known.charterTimeZone();
    const startsAt = read.from === undefined ? undefined : noticeInstant(read.from, timeZone, 'start');
    const endsAt = noticeInstant(read.until, timeZone, 'end');
    if (!check(startsAt !== undefined && startsAt >= endsAt, log, childPath(path, 'until'), 'must be after "from"'))
      return undefined;
    return {
      ...read,
      channels: read.channels ?? [],
      services: read.services ?? [],
      promises: read.promises ?? [],
      ...(startsAt === undefined ? {} : { startsAt }),
      endsAt,
    };
  };
}

export const sectionReaders: Pick<SectionReaders, 'notices'> = { notices: noticeReader };
