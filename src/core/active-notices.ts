/**
 * Which temporary notices are in force at an instant, for what they affect, and when that
 * next changes (a notice starts or ends), so a page can show them and drop them on time.
 * @module
 */
import type { Notice } from './charter-model.js';

/** What a notice can be about: a channel, a service or a promise (none: the whole organisation). */
export interface NoticeScope {
  channel?: string;
  service?: string;
  promise?: string;
}

/** True when the notice names nothing, so it is about the whole organisation. */
export const isOrganisationWide = (notice: Notice): boolean =>
  notice.channels.length + notice.services.length + notice.promises.length === 0;

/** True while `now` (ms) is within the notice's `[startsAt, endsAt)`. */
export const inForce = (notice: Notice, now: number): boolean =>
  (notice.startsAt === undefined || notice.startsAt <= now) && now < notice.endsAt;

/** True when the notice names the scope's channel, service or promise. */
export const names = (notice: Notice, scope: NoticeScope): boolean =>
  (!!scope.channel && notice.channels.includes(scope.channel)) ||
  (!!scope.service && notice.services.includes(scope.service)) ||
  (!!scope.promise && notice.promises.includes(scope.promise));

/** The notices in force at `now` that name the scope (in the charter's order). */
export const noticesFor = (notices: readonly Notice[], scope: NoticeScope, now: number): Notice[] =>
  notices.filter((notice) => inForce(notice, now) && names(notice, scope));

/** The next instant after `now` at which any notice starts or ends, or null. */
export function nextNoticeChange(notices: readonly Notice[], now: number): Date | null {
  const later = notices.flatMap((n) => [n.startsAt ?? -Infinity, n.endsAt]).filter((t) => t > now);
  return later.length ? new Date(Math.min(...later)) : null;
}
