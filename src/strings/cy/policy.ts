import type { PolicyStrings } from '../policy.js';

/** Welsh. */
export const cy: PolicyStrings = {
  target: 'Targed',
  complaints: 'Cwynion',
  stageAcknowledge: 'Byddwn yn cydnabod eich cwyn {target}.',
  stageRespond: 'Byddwn yn ymateb {target}.',
  stageRespondAfterAcknowledge: 'Byddwn yn ymateb {target} ar ôl ei chydnabod.',
  escalation: 'Os ydych chi’n dal yn anfodlon, gallwch gysylltu {with} {name}.',
  escalationContact: 'Cysylltwch {with} {name}.',
  withBeforeVowel: 'ag',
  withBeforeConsonant: 'â',
  tracksIntro: 'Mae’r ffordd rydym yn ymdrin â’ch cwyn yn dibynnu ar ei phwnc.',
  stageRespondFromReceipt: 'Byddwn yn ymateb {target} o’r adeg y daw eich cwyn i law.',
  stageNoTimescale: 'Nid oes amserlen benodol ar gyfer y cam hwn: byddwn yn cytuno ar un gyda chi.',
  escalationAfter: 'Gallwch fynd atynt {after} ar ôl i chi gwyno i ni.',
  escalationWithin: 'Dylech fynd atynt o fewn {within}.',
  phone: 'Ffôn',
  email: 'E-bost',
  online: 'Ar-lein',
  address: 'Cyfeiriad',
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
