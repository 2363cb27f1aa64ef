import type { PluralForms } from './format.js';

/** Words every form of the library uses (<service-complaint-form>, <service-feedback>), in English. */
export const en = {
  privacyNoticeLink: 'Read our privacy notice',
  honeypotLabel: 'Leave this field empty',
  characterLimit: { one: 'You can enter up to # character', other: 'You can enter up to # characters' } as PluralForms,
  charactersLeft: { one: 'You have # character remaining', other: 'You have # characters remaining' } as PluralForms,
  charactersOver: { one: 'You have # character too many', other: 'You have # characters too many' } as PluralForms,
  submit: 'Send',
  sending: 'Sending…',
  errorSummary: 'There is a problem',
  errorPrefix: 'Error:',
  retryNow: 'Try again now',
  errorCode: '(Error code {status})',
  draftRestored: 'We have restored what you typed earlier.',
};

/** The shape of these strings: every language's table has it. */
export type FormWords = typeof en;
