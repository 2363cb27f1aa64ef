import type { CommonStrings } from '../common.js';

/** Welsh. */
export const cy: CommonStrings = {
  retry: 'Rhowch gynnig arall arni',
  bankHolidaysFailed: 'Nid oedd modd llwytho gwyliau’r banc, felly efallai nad yw’r oriau a ddangosir yn eu cynnwys.',
  noticeLabel: 'Pwysig:',
  noticeUntil: 'Tan {date}.',
  noticeUntilTime: 'Tan {time} ar {date}.',
};
