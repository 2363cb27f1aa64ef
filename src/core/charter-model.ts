/**
 * The parsed charter, format 2 (docs/decisions/0001-charter-format-2.md). `parseCharter`
 * returns this for version 1 and version 2 documents alike; references are resolved
 * (a channel's `hours` is the calendar object itself) and defaults are filled in.
 * @module
 */
import type { LocalizedText } from './text.js';
import type { LocalDate, Target } from './schedule-types.js';
import type { ScheduleInput } from './read-schedule.js';

/** An amount of time: exactly one key (see docs/charter-format.md for each maximum). */
export type Duration = Target | { seconds: number };

/** A duration or a number of calendar months, for when a complaint can be escalated. */
export type EscalationPeriod = Duration | { months: number };

/**
 * A calendar: opening hours, or working days with no published hours. Precedence on a
 * date: `special`, then `holidays`, then a `periods` entry covering it, then `weekly`.
 */
export type Calendar = ScheduleInput & {
  /** The explicit end of the author's `holidays` list: holidays are known up to this date. */
  holidaysUntil?: LocalDate;
  /**
   * True for a working calendar written as `days` (e.g. Monday to Friday): it counts
   * working days but is not opening hours, so it is never shown as hours.
   */
  workingDaysOnly?: boolean;
};

export const CHANNEL_TYPES = [
  'phone',
  'email',
  'web-form',
  'voicemail',
  'in-person',
  'post',
  'chat',
  'sms',
  'social',
  'textphone',
  'video-relay',
  'online-account',
  'appointment',
  'home-visit',
  'fax',
  'custom',
] as const;
export type ChannelType = (typeof CHANNEL_TYPES)[number];

export interface Organisation {
  name: LocalizedText;
  url?: string;
  logo?: { src: string; alt: LocalizedText };
}

export interface CharterValue {
  name: LocalizedText;
  description?: LocalizedText;
}

export interface ChannelContact {
  /** Shown as a `tel:` link. */
  phone?: string;
  /** Shown as a `mailto:` link. */
  email?: string;
  /** An http(s) page, e.g. a web form or a social media account. */
  url?: string;
  address?: LocalizedText;
}

export const FEED_TRANSPORTS = ['poll', 'sse'] as const;
export type FeedTransport = (typeof FEED_TRANSPORTS)[number];

/** Where live queue figures come from (see docs/feed-format.md). */
export interface FeedConfig {
  /** The feed's URL: http(s), or a path on this site starting with `/`. */
  url: string;
  /** HTTP polling (the default) or Server-Sent Events. */
  transport?: FeedTransport;
  /** A figure older than this is shown as possibly out of date (default 120). */
  maxAgeSeconds?: number;
  /** Seconds between polls when the feed sends no Cache-Control max-age (default 30). */
  pollSeconds?: number;
}

/** A place people can visit, with its own address and hours. */
export interface Site {
  id: string;
  name: LocalizedText;
  address?: LocalizedText;
  contact?: ChannelContact;
  /** The site's opening hours (a calendar). */
  hours?: Calendar;
}

export interface Channel {
  id: string;
  type: ChannelType;
  /** The name of a `custom` type, e.g. "WhatsApp". */
  typeName?: LocalizedText;
  name: LocalizedText;
  description?: LocalizedText;
  contact?: ChannelContact;
  /** This channel's own opening hours (a calendar); the charter's `hours` apply when absent. */
  hours?: Calendar;
  /** Ids of the sites this channel is available at (e.g. in person at several offices). */
  sites?: string[];
  /** Languages served on this channel, e.g. ["en", "cy"]. */
  languages?: string[];
  /** This channel's live feed; the charter's `feed` applies when absent. */
  feed?: FeedConfig;
}

/** A service promises can be grouped by, e.g. "Repairs"; also what a complaint can be about. */
export interface Service {
  id: string;
  name: LocalizedText;
  description?: LocalizedText;
  /** The hours this service works (a calendar), e.g. 24/7 for emergency repairs. */
  hours?: Calendar;
}

export const PERFORMANCE_UNITS = ['percent', 'seconds', 'minutes', 'days', 'count'] as const;
export type PerformanceUnit = (typeof PERFORMANCE_UNITS)[number];

/** One reported period: `2026`, `2026-Q3` or `2026-10`. `achieved: null` marks a gap. */
export interface PerformancePeriod {
  period: string;
  achieved: number | null;
  target?: number;
}

export interface Performance {
  /** What is measured, e.g. "calls answered within 20 seconds". */
  measure?: LocalizedText;
  unit: PerformanceUnit;
  better: 'higher' | 'lower';
  periods: PerformancePeriod[];
}

/** What a promise (or one of its targets) is about: it chooses the verb. */
export const PROMISE_KINDS = [
  'answer',
  'acknowledge',
  'reply',
  'resolve',
  'complete',
  'call-back',
  'see',
  'attend',
  'notice',
  'custom',
] as const;
export type PromiseKind = (typeof PROMISE_KINDS)[number];

/** Where a target's clock starts: when the message arrives, or at the previous target's deadline. */
export type CountedFrom = 'receipt' | 'previous';

/**
 * One target of a promise or complaint stage. At least one of `within`, `atLeast` or
 * `percent`. `atLeast` alone is a minimum (notice); with `within` it is the low end of a
 * range in the same unit. `atMost` (same unit as `within`, not less) is how far it may be
 * extended.
 */
export interface PromiseTarget {
  /** What this step is; written, or taken from the promise (complaint stages: `reply`; access offers: `custom`). */
  kind: PromiseKind;
  within?: Duration;
  atLeast?: Duration;
  atMost?: Duration;
  /** The share of cases, 0–100: "94% of all calls", "80% within 60 seconds". */
  percent?: number;
  /** Always `receipt` for the first target; written explicitly on every later one with a time. */
  countedFrom: CountedFrom;
}

/** Money offered when a promise is missed: "£50 automatically if we miss an appointment". */
export interface Guarantee {
  amount: number;
  /** ISO 4217 code; `GBP` when not written. */
  currency: string;
  /** When it is paid, e.g. "if we miss an appointment". */
  condition: LocalizedText;
  /** Paid without being asked for. */
  automatic?: boolean;
}

export interface CharterPromise {
  id: string;
  kind: PromiseKind;
  /** The channel it is made for; with no `channel` and no `service` it is organisation-wide. */
  channel?: string;
  /** The service it is made for, e.g. repairs. */
  service?: string;
  /** The author's wording: required for `custom`, otherwise shown with the sentence. */
  text?: LocalizedText;
  /** In order; empty for a promise with no measure ("we will give you our name"). */
  targets: PromiseTarget[];
  /** A hedge kept with the promise: "ideally", "usually sooner". */
  qualifier?: LocalizedText;
  guarantee?: Guarantee;
  performance?: Performance;
}

export const ACCESS_OFFERS = [
  'interpreter',
  'sign-language',
  'translation',
  'large-print',
  'braille',
  'easy-read',
  'audio',
  'private-room',
  'staff-choice',
  'custom',
] as const;
export type AccessOfferKind = (typeof ACCESS_OFFERS)[number];

/** An access or language promise: "an interpreter, spoken or BSL", "translation within 21 days". */
export interface AccessOffer {
  id: string;
  offer: AccessOfferKind;
  /** The author's wording: required for `custom`. */
  text?: LocalizedText;
  /** Language codes offered, e.g. ["cy", "pl", "bfi"] (BSL is "bfi"). */
  languages?: string[];
  targets: PromiseTarget[];
}

/** A temporary notice, shown on what it affects from `from` until `until`. */
export interface Notice {
  id: string;
  text: LocalizedText;
  /** ms since the epoch: the start of `from` (a date in the charter's time zone, or an instant). */
  startsAt?: number;
  /** ms since the epoch: the end of `until` (a date is included whole). */
  endsAt: number;
  /** As written, for display: `YYYY-MM-DD` or an ISO instant. */
  from?: string;
  until: string;
  /** What it affects; all empty means the whole organisation. */
  channels: string[];
  services: string[];
  promises: string[];
}

export interface ComplaintStage {
  name: LocalizedText;
  description?: LocalizedText;
  /** Acknowledge, reply in full…; kinds default to `reply`. Empty when `noTimescale`. */
  targets: PromiseTarget[];
  /** This stage has no set timescale (e.g. an NHS local resolution meeting). */
  noTimescale?: boolean;
}

/** An alternative route for one type of complaint; stages within it are sequential. */
export interface ComplaintTrack {
  id: string;
  /** e.g. "Payment services complaints"; absent for the single track of a simple policy. */
  name?: LocalizedText;
  description?: LocalizedText;
  stages: ComplaintStage[];
}

/** Who to go to next: an ombudsman or regulator. At least one way to reach them. */
export interface Escalation {
  name: LocalizedText;
  description?: LocalizedText;
  phone?: string;
  email?: string;
  address?: LocalizedText;
  url?: string;
  /** You can go to them after this long (from your complaint), e.g. 8 weeks. */
  after?: EscalationPeriod;
  /** You must go to them within this long, e.g. 12 months. */
  within?: EscalationPeriod;
  /** The wording of when, e.g. "after our final response or 8 weeks after your complaint". */
  when?: LocalizedText;
}

/** A service a complaint can be about, e.g. "Bins and recycling". */
export interface ComplaintService {
  id: string;
  name: LocalizedText;
}

export interface ComplaintsPolicy {
  summary?: LocalizedText;
  /** Alternatives, by complaint type; a simple policy has one. */
  tracks: ComplaintTrack[];
  /** What happens when more time is needed: "we will tell you why and agree a new date". */
  extension?: LocalizedText;
  escalation: Escalation[];
  /** Where the complaint form posts; an attribute on the form overrides it. */
  endpoint?: string;
  anonymousAllowed?: boolean;
  consent?: LocalizedText;
  /** The services a person can say their message is about; the charter's channels when absent. */
  services?: ComplaintService[];
  /** Where the form keeps unsent drafts: this tab (`session`, the default) or this device (`local`). */
  draftStorage?: 'session' | 'local';
}

/** One point of a satisfaction scale: its number and its words, e.g. 5, "Very satisfied". */
export interface FeedbackScalePoint {
  value: number;
  label: LocalizedText;
}

/** How `<service-feedback>` asks for and sends ratings (docs/charter-format.md#feedback). */
export interface FeedbackSettings {
  /** Where ratings are posted; an attribute on the element overrides it. */
  endpoint?: string;
  /** The satisfaction question, e.g. "How satisfied were you with our phone line?". */
  question?: LocalizedText;
  /** The satisfaction scale, lowest first; the built-in 1–5 scale when absent. */
  scale?: FeedbackScalePoint[];
  /** Answers at or below this point also offer the complaint form (default: the lowest point). */
  complaintUpTo?: number;
  /** What happens to an answer, shown with the form and on the receipt. */
  about?: LocalizedText;
  /** The privacy notice: an http(s) URL. */
  privacyNotice?: string;
  /** The page of the complaint form, offered after a "no" or a low rating. */
  complaintUrl?: string;
}

/** A charter, version 1 or 2, as read. */
export interface Charter {
  /** Always 2: a version 1 document is read into the same model. */
  version: 2;
  /** The version the document was written in. */
  sourceVersion: 1 | 2;
  /** The language content is written in first, e.g. "en" (default) or "cy". */
  language: string;
  /** The organisation's time zone: dates of notices are read in it. */
  timeZone: string;
  organisation: Organisation;
  title: LocalizedText;
  vision?: LocalizedText;
  values: CharterValue[];
  /** Every calendar by id (format 1 inline schedules get ids such as `hours`, `phone-hours`). */
  calendars: Record<string, Calendar>;
  /** Default opening hours for channels without their own. */
  hours?: Calendar;
  /** The organisation's working days, for working-day targets where there are no hours. */
  workingCalendar?: Calendar;
  sites: Site[];
  channels: Channel[];
  services: Service[];
  promises: CharterPromise[];
  access: AccessOffer[];
  notices: Notice[];
  complaints?: ComplaintsPolicy;
  /** Ratings of promises, channels and services. */
  feedback?: FeedbackSettings;
  /** The live feed of queue waits for every channel (one document, keyed by channel id). */
  feed?: FeedConfig;
  /** "You said, we did", in the author's order. */
  improvements?: Improvement[];
  /** Published satisfaction figures, shown by `<service-scorecard>`. */
  satisfaction?: SatisfactionMeasure[];
}

/** "You said, we did": what residents told the organisation and what it changed because of it. */
export interface Improvement {
  id: string;
  /** What residents told us, e.g. "It was hard to find out when a repair would be done." */
  youSaid: LocalizedText;
  /** What changed because of it, e.g. "We now text you the day before with a time slot." */
  weDid: LocalizedText;
  /** When it was said, as written: a month (`2026-03`) or a date (`2026-03-14`). */
  saidOn?: string;
  /** When the change was made, as written: a month or a date, not before `saidOn`. */
  doneOn: string;
  /** The id of the promise it concerns. */
  promise?: string;
  /** The id of the service it concerns (when it concerns no single promise). */
  service?: string;
}

/** Published satisfaction figures, e.g. "residents satisfied with how we handled their contact". */
export interface SatisfactionMeasure extends Performance {
  id: string;
  measure: LocalizedText;
}
