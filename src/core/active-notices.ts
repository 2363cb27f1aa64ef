/**
 * When the notices on a page next change, so an element can drop an ended notice (or show
 * a starting one) exactly on time; which notices show where is `activeNotices` (notices.ts).
 * @module
 */
import type { Notice } from './charter-model.js';

/** True when the notice names nothing, so it is about the whole organisation. */
export const isOrganisationWide = (notice: Notice): boolean =>
  notice.channels.length + notice.services.length + notice.promises.length === 0;

/** The next instant after `now` (ms) at which any notice starts or ends, or null. */
export function nextNoticeChange(notices: readonly Notice[], now: number): Date | null {
  const later = notices.flatMap((n) => [n.startsAt ?? -Infinity, n.endsAt]).filter((t) => t > now);
  return later.length ? new Date(Math.min(...later)) : null;
}
