/**
 * Temporary notices ("we are very busy until 8 January"): which are showing at a moment,
 * and on what.
 * @module
 */
import type { Charter, Notice } from './charter-model.js';

/** What a notice may be shown on; leave all out for the notices of the whole organisation. */
export interface NoticeScope {
  channel?: string;
  service?: string;
  promise?: string;
}

/** True when a notice is showing at `at`: on or after its start, before its end. */
export const isNoticeActive = (notice: Notice, at: Date): boolean =>
  (notice.startsAt === undefined || notice.startsAt <= at.getTime()) && at.getTime() < notice.endsAt;

const affectsAll = (notice: Notice) => !notice.channels.length && !notice.services.length && !notice.promises.length;

/**
 * The notices showing at `at` that concern `scope`: those for the whole organisation, and
 * those naming the channel, service or promise (a promise's own channel and service
 * count too). With no scope, every notice showing at `at`.
 */
export function activeNotices(charter: Charter, at: Date, scope: NoticeScope = {}): Notice[] {
  if (charter.notices.length === 0) return [];
  const promise = scope.promise ? charter.promises.find((p) => p.id === scope.promise) : undefined;
  const channel = scope.channel ?? promise?.channel;
  const service = scope.service ?? promise?.service;
  const scoped = scope.channel !== undefined || scope.service !== undefined || scope.promise !== undefined;
  return charter.notices.filter(
    (notice) =>
      isNoticeActive(notice, at) &&
      (!scoped ||
        affectsAll(notice) ||
        (channel !== undefined && notice.channels.includes(channel)) ||
        (service !== undefined && notice.services.includes(service)) ||
        (scope.promise !== undefined && notice.promises.includes(scope.promise))),
  );
}
