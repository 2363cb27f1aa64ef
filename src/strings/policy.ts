import type { PluralForms } from './format.js';

/** Strings of promise targets and the complaints policy, shown by <service-charter>, <service-promise> and <service-complaint-form>, in English. */
export const en = {
  target: 'Target',
  complaints: 'Complaints',
  stageAcknowledge: 'We will acknowledge your complaint {target}.',
  stageRespond: 'We will respond {target}.',
  stageRespondAfterAcknowledge: 'We will respond {target} of acknowledging it.',
  escalation: 'If you are still unhappy, you can contact the {name}.',
  /** After the charter's own escalation description, which already says when. */
  escalationContact: 'Contact the {name}.',
  /** The word joining "contact" to a name in languages that change it by the name's first sound (Welsh "ag"/"â"): {with}. */
  withBeforeVowel: '',
  withBeforeConsonant: '',
  /** Before alternative tracks: which one applies depends on the complaint. */
  tracksIntro: 'How we handle your complaint depends on what it is about.',
  stageRespondFromReceipt: 'We will respond {target} of receiving your complaint.',
  stageNoTimescale: 'This stage has no set timescale: we will agree one with you.',
  escalationAfter: 'You can go to them {after} after you complained to us.',
  escalationWithin: 'You should go to them within {within}.',
  phone: 'Phone',
  email: 'Email',
  online: 'Online',
  address: 'Address',
  targets: {
    seconds: { one: 'within # second', other: 'within # seconds' },
    minutes: { one: 'within # minute', other: 'within # minutes' },
    hours: { one: 'within # hour', other: 'within # hours' },
    days: { one: 'within # day', other: 'within # days' },
    weeks: { one: 'within # week', other: 'within # weeks' },
    businessHours: { one: 'within # working hour', other: 'within # working hours' },
    workingDays: { one: 'within # working day', other: 'within # working days' },
  } as Record<string, PluralForms>,
  sameWorkingDay: 'by the end of the working day',
};

/** The shape of these strings: every language's table has it. */
export type PolicyStrings = typeof en;
