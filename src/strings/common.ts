/** Strings shown by more than one element (retrying, bank holidays that failed to load), in English. */
export const en = {
  retry: 'Try again',
  bankHolidaysFailed: 'Bank holidays could not be loaded, so the hours shown may not include them.',
};

/** The shape of these strings: every language's table has it. */
export type CommonStrings = typeof en;

/** Welsh. */
export const cy: CommonStrings = {
  retry: 'Rhowch gynnig arall arni',
  bankHolidaysFailed: 'Nid oedd modd llwytho gwyliau’r banc, felly efallai nad yw’r oriau a ddangosir yn eu cynnwys.',
};
