import { englishMonthNames, englishWeekdayNames } from './date-names.js';
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
  /** A feminine noun, after which "it" takes its feminine forms (`itFeminine`). */
  feminine?: boolean;
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
  /**
   * The words for "it" after a feminine noun, by their form after any other, for languages
   * where they differ (Welsh "ei gydnabod" becomes "ei chydnabod" after "eich galwad"). English has none.
   */
  itFeminine: {} as Record<string, string>,
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
