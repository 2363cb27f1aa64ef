/** Strings shown by more than one element (retrying, bank holidays that failed to load, notices), in English. */
export const en = {
  retry: 'Try again',
  bankHolidaysFailed: 'Bank holidays could not be loaded, so the hours shown may not include them.',
  /** A temporary notice: "Important: We are very busy. Until Friday 8 January." */
  noticeLabel: 'Important:',
  noticeUntil: 'Until {date}.',
  noticeUntilTime: 'Until {time} on {date}.',
};

/** The shape of these strings: every language's table has it. */
export type CommonStrings = typeof en;
