import { englishMonthNames, englishWeekdayNames, welshMonthNames, welshWeekdayNames } from './date-names.js';
import type { PluralForms } from './format.js';

/** A kind's wording: for one person ("answer your call"), for a share of cases, and as a later step. */
export interface KindPhrases {
  /** `{your}` is the thing in question ("your call"), `{time}` the target in words. */
  one: string;
  /** `{percent}` of `{many}` ("80% of calls"). */
  share: string;
  /** A later step of the same promise, with its own conjunction ("and reply in full …"). */
  next: string;
}

/** The thing a promise is about, by channel type: one ("your call") and many ("calls"). */
export interface Nouns {
  your: string;
  many: string;
}

/**
 * Strings of promise sentences by kind (format 2), shown by <service-charter>,
 * <service-promise> and <service-response-time>, in English.
 */
export const en = {
  /** A promise with a kind: "We aim to answer 80% of calls within 60 seconds." */
  aimTo: 'We aim to {commitment}.',
  /** A qualifier kept with the promise: "…within 2 working days, usually sooner." */
  qualified: '{commitment}, {qualifier}',
  kindPhrases: {
    answer: { one: 'answer {your} {time}', share: 'answer {percent} of {many} {time}', next: 'and answer it {time}' },
    acknowledge: {
      one: 'acknowledge {your} {time}',
      share: 'acknowledge {percent} of {many} {time}',
      next: 'and acknowledge it {time}',
    },
    reply: {
      one: 'reply in full to {your} {time}',
      share: 'reply in full to {percent} of {many} {time}',
      next: 'and reply in full {time}',
    },
    resolve: {
      one: 'resolve {your} {time}',
      share: 'resolve {percent} of {many} {time}',
      next: 'and resolve it {time}',
    },
    complete: {
      one: 'complete the work {time}',
      share: 'complete the work {time} in {percent} of cases',
      next: 'and complete the work {time}',
    },
    'call-back': {
      one: 'call you back {time}',
      share: 'call back {percent} of callers {time}',
      next: 'and call you back {time}',
    },
    see: { one: 'see you {time}', share: 'see {percent} of visitors {time}', next: 'and see you {time}' },
    attend: { one: 'attend {time}', share: 'attend {time} in {percent} of cases', next: 'and attend {time}' },
    notice: { one: 'give you {time}', share: 'give you {time} in {percent} of cases', next: 'and give you {time}' },
    custom: { one: '{time}', share: '{time} in {percent} of cases', next: 'and {time}' },
  } as Record<string, KindPhrases>,
  /** A later step that holds for a share of cases. */
  nextShare: '{step} in {percent} of cases',
  /** What a promise is about, by channel type; `default` for a service or the whole organisation. */
  nouns: {
    phone: { your: 'your call', many: 'calls' },
    textphone: { your: 'your call', many: 'calls' },
    'video-relay': { your: 'your call', many: 'calls' },
    voicemail: { your: 'your message', many: 'messages' },
    email: { your: 'your email', many: 'emails' },
    'web-form': { your: 'your form', many: 'online forms' },
    chat: { your: 'your chat', many: 'chats' },
    sms: { your: 'your text message', many: 'text messages' },
    social: { your: 'your message', many: 'messages' },
    post: { your: 'your letter', many: 'letters' },
    fax: { your: 'your fax', many: 'faxes' },
    complaint: { your: 'your complaint', many: 'complaints' },
    default: { your: 'your request', many: 'requests' },
  } as Record<string, Nouns>,
  /** A later target counted from receipt, after its time: "within 10 working days of receiving it". */
  fromReceipt: '{time} of receiving it',
  /** A later target counted from the previous one, by the previous one's kind. */
  fromPrevious: {
    acknowledge: '{time} of acknowledging it',
    answer: '{time} of answering it',
    attend: '{time} of attending',
    see: '{time} of seeing you',
    default: '{time} after that',
  } as Record<string, string>,
  /** A range: "within 6 to 8 weeks" (the unit's form follows the larger number). */
  range: '{low} to {high}',
  /** An extension limit: "within 15 working days (at most 35 working days if we need longer)". */
  extendable: '{time} (at most {max} if we need longer)',
  /** Amounts of time without "within". */
  durations: {
    seconds: { one: '# second', other: '# seconds' },
    minutes: { one: '# minute', other: '# minutes' },
    hours: { one: '# hour', other: '# hours' },
    days: { one: '# day', other: '# days' },
    weeks: { one: '# week', other: '# weeks' },
    businessHours: { one: '# working hour', other: '# working hours' },
    workingDays: { one: '# working day', other: '# working days' },
    months: { one: '# month', other: '# months' },
  } as Record<string, PluralForms>,
  /** A minimum notice: "at least 24 hours’ notice". */
  notices: {
    seconds: { one: 'at least # second’s notice', other: 'at least # seconds’ notice' },
    minutes: { one: 'at least # minute’s notice', other: 'at least # minutes’ notice' },
    hours: { one: 'at least # hour’s notice', other: 'at least # hours’ notice' },
    days: { one: 'at least # day’s notice', other: 'at least # days’ notice' },
    weeks: { one: 'at least # week’s notice', other: 'at least # weeks’ notice' },
    businessHours: { one: 'at least # working hour’s notice', other: 'at least # working hours’ notice' },
    workingDays: { one: 'at least # working day’s notice', other: 'at least # working days’ notice' },
  } as Record<string, PluralForms>,
  /** A minimum that is not a notice. */
  atLeast: 'after at least {duration}',
  guaranteeAutomatic: '{condition}, we will pay you {amount} automatically.',
  guaranteeClaim: '{condition}, you can claim {amount} from us.',
  guaranteeLabel: 'Our guarantee',
  // Day and month names, for browsers whose Intl lacks the language (e.g. Welsh in some builds).
  weekdayNames: englishWeekdayNames,
  monthNames: englishMonthNames,
  dateFormat: '{weekday} {day} {month}',
  dateFormatWithYear: '{weekday} {day} {month} {year}',
  // <service-response-time>, by kind: "Email us now and we aim to acknowledge it by …, and reply in full by …"
  responseSentence: '{action} now and we aim to {steps}',
  responseShare: '{action} now: we aim to {commitment}',
  responseVerbs: {
    answer: { first: 'answer', next: 'and answer' },
    acknowledge: { first: 'acknowledge it', next: 'and acknowledge it' },
    reply: { first: 'reply in full', next: 'and reply in full' },
    resolve: { first: 'resolve it', next: 'and resolve it' },
    complete: { first: 'complete the work', next: 'and complete the work' },
    'call-back': { first: 'call you back', next: 'and call you back' },
    see: { first: 'see you', next: 'and see you' },
    attend: { first: 'attend', next: 'and attend' },
    custom: { first: 'reply', next: 'and reply' },
  } as Record<string, { first: string; next: string }>,
  byDeadline: 'by {deadline}',
  /** After a deadline that may be extended: "… (or by … at the latest if we need longer)". */
  byLatest: '{step} (or by {latest} at the latest if we need longer)',
  moreActions: {
    sms: 'Text us',
    social: 'Message us on social media',
    textphone: 'Contact us by textphone or Relay UK',
    'video-relay': 'Contact us through BSL video relay',
    'online-account': 'Send us a message from your online account',
    appointment: 'Book an appointment',
    'home-visit': 'Ask for a home visit',
    fax: 'Fax us',
    custom: 'Contact us by {type}',
  } as Record<string, string>,
};

/** The shape of these strings: every language's table has it. */
export type PromiseStrings = typeof en;

/**
 * Welsh. Soft mutations after "o" ("o alwadau") and the conjunctions "a"/"ac" are written
 * into each phrase; a Welsh-speaking reviewer is welcome.
 */
export const cy: PromiseStrings = {
  aimTo: 'Ein nod yw {commitment}.',
  qualified: '{commitment}, {qualifier}',
  kindPhrases: {
    answer: { one: 'ateb {your} {time}', share: 'ateb {percent} o {many} {time}', next: 'a’i ateb {time}' },
    acknowledge: {
      one: 'cydnabod {your} {time}',
      share: 'cydnabod {percent} o {many} {time}',
      next: 'a’i gydnabod {time}',
    },
    reply: {
      one: 'ateb {your} yn llawn {time}',
      share: 'ateb {percent} o {many} yn llawn {time}',
      next: 'ac ateb yn llawn {time}',
    },
    resolve: { one: 'datrys {your} {time}', share: 'datrys {percent} o {many} {time}', next: 'a’i ddatrys {time}' },
    complete: {
      one: 'cwblhau’r gwaith {time}',
      share: 'cwblhau’r gwaith {time} mewn {percent} o achosion',
      next: 'a chwblhau’r gwaith {time}',
    },
    'call-back': {
      one: 'eich ffonio’n ôl {time}',
      share: 'ffonio {percent} o alwyr yn ôl {time}',
      next: 'a’ch ffonio’n ôl {time}',
    },
    see: { one: 'eich gweld {time}', share: 'gweld {percent} o ymwelwyr {time}', next: 'a’ch gweld {time}' },
    attend: {
      one: 'dod atoch {time}',
      share: 'dod atoch {time} mewn {percent} o achosion',
      next: 'a dod atoch {time}',
    },
    notice: {
      one: 'rhoi {time} i chi',
      share: 'rhoi {time} i chi mewn {percent} o achosion',
      next: 'a rhoi {time} i chi',
    },
    custom: { one: '{time}', share: '{time} mewn {percent} o achosion', next: 'ac {time}' },
  },
  nextShare: '{step} mewn {percent} o achosion',
  nouns: {
    phone: { your: 'eich galwad', many: 'alwadau' },
    textphone: { your: 'eich galwad', many: 'alwadau' },
    'video-relay': { your: 'eich galwad', many: 'alwadau' },
    voicemail: { your: 'eich neges', many: 'negeseuon' },
    email: { your: 'eich e-bost', many: 'negeseuon e-bost' },
    'web-form': { your: 'eich ffurflen', many: 'ffurflenni ar-lein' },
    chat: { your: 'eich sgwrs', many: 'sgyrsiau' },
    sms: { your: 'eich neges destun', many: 'negeseuon testun' },
    social: { your: 'eich neges', many: 'negeseuon' },
    post: { your: 'eich llythyr', many: 'lythyrau' },
    fax: { your: 'eich ffacs', many: 'ffacsys' },
    complaint: { your: 'eich cwyn', many: 'gwynion' },
    default: { your: 'eich cais', many: 'geisiadau' },
  },
  fromReceipt: '{time} o’r adeg y daw i law',
  fromPrevious: {
    acknowledge: '{time} ar ôl ei gydnabod',
    answer: '{time} ar ôl ei ateb',
    attend: '{time} ar ôl dod atoch',
    see: '{time} ar ôl eich gweld',
    default: '{time} ar ôl hynny',
  },
  range: '{low} i {high}',
  extendable: '{time} (hyd at {max} os bydd angen mwy o amser arnom)',
  durations: {
    seconds: { other: '# eiliad' },
    minutes: { other: '# munud' },
    hours: { other: '# awr' },
    days: { two: '# ddiwrnod', other: '# diwrnod' },
    weeks: { other: '# wythnos' },
    businessHours: { other: '# awr waith' },
    workingDays: { two: '# ddiwrnod gwaith', other: '# diwrnod gwaith' },
    months: { two: '# fis', other: '# mis' },
  },
  notices: {
    seconds: { other: 'o leiaf # eiliad o rybudd' },
    minutes: { other: 'o leiaf # munud o rybudd' },
    hours: { other: 'o leiaf # awr o rybudd' },
    days: { two: 'o leiaf # ddiwrnod o rybudd', other: 'o leiaf # diwrnod o rybudd' },
    weeks: { other: 'o leiaf # wythnos o rybudd' },
    businessHours: { other: 'o leiaf # awr waith o rybudd' },
    workingDays: { two: 'o leiaf # ddiwrnod gwaith o rybudd', other: 'o leiaf # diwrnod gwaith o rybudd' },
  },
  atLeast: 'ar ôl o leiaf {duration}',
  guaranteeAutomatic: '{condition}, byddwn yn talu {amount} i chi yn awtomatig.',
  guaranteeClaim: '{condition}, gallwch hawlio {amount} gennym.',
  guaranteeLabel: 'Ein gwarant',
  weekdayNames: welshWeekdayNames,
  monthNames: welshMonthNames,
  dateFormat: '{weekday} {day} {month}',
  dateFormatWithYear: '{weekday} {day} {month} {year}',
  responseSentence: '{action} nawr a’n nod yw {steps}',
  responseShare: '{action} nawr: ein nod yw {commitment}',
  responseVerbs: {
    answer: { first: 'ateb', next: 'a’i ateb' },
    acknowledge: { first: 'ei gydnabod', next: 'a’i gydnabod' },
    reply: { first: 'ateb yn llawn', next: 'ac ateb yn llawn' },
    resolve: { first: 'ei ddatrys', next: 'a’i ddatrys' },
    complete: { first: 'cwblhau’r gwaith', next: 'a chwblhau’r gwaith' },
    'call-back': { first: 'eich ffonio’n ôl', next: 'a’ch ffonio’n ôl' },
    see: { first: 'eich gweld', next: 'a’ch gweld' },
    attend: { first: 'dod atoch', next: 'a dod atoch' },
    custom: { first: 'ateb', next: 'ac ateb' },
  },
  byDeadline: 'erbyn {deadline}',
  byLatest: '{step} (neu erbyn {latest} fan bellaf os bydd angen mwy o amser arnom)',
  moreActions: {
    sms: 'Anfonwch neges destun atom',
    social: 'Anfonwch neges atom ar y cyfryngau cymdeithasol',
    textphone: 'Cysylltwch â ni drwy ffôn testun neu Relay UK',
    'video-relay': 'Cysylltwch â ni drwy gyfnewid fideo BSL',
    'online-account': 'Anfonwch neges atom o’ch cyfrif ar-lein',
    appointment: 'Trefnwch apwyntiad',
    'home-visit': 'Gofynnwch am ymweliad cartref',
    fax: 'Anfonwch ffacs atom',
    custom: 'Cysylltwch â ni drwy {type}',
  },
};
