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

/** Welsh. */
export const cy: PolicyStrings = {
  target: 'Targed',
  complaints: 'Cwynion',
  stageAcknowledge: 'Byddwn yn cydnabod eich cwyn {target}.',
  stageRespond: 'Byddwn yn ymateb {target}.',
  stageRespondAfterAcknowledge: 'Byddwn yn ymateb {target} ar ôl ei chydnabod.',
  escalation: 'Os ydych chi’n dal yn anfodlon, gallwch gysylltu ag {name}.',
  escalationContact: 'Cysylltwch ag {name}.',
  targets: {
    seconds: { other: 'o fewn # eiliad' },
    minutes: { other: 'o fewn # munud' },
    hours: { one: 'o fewn # awr', other: 'o fewn # awr' },
    days: { one: 'o fewn # diwrnod', two: 'o fewn # ddiwrnod', other: 'o fewn # diwrnod' },
    weeks: { other: 'o fewn # wythnos' },
    businessHours: { other: 'o fewn # awr waith' },
    workingDays: { two: 'o fewn # ddiwrnod gwaith', other: 'o fewn # diwrnod gwaith' },
  },
  sameWorkingDay: 'erbyn diwedd y diwrnod gwaith',
};
