import type { LocalizedText } from './text.js';
import type { Target } from './schedule-types.js';
import type { ScheduleInput } from './read-schedule.js';

/** A schedule as written in a charter: the rules of docs/schedules-and-targets.md plus optional GOV.UK `bankHolidays`. */
export type CharterSchedule = ScheduleInput;

export const CHANNEL_TYPES = ['phone', 'email', 'web-form', 'voicemail', 'in-person', 'post', 'chat'] as const;
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
  /** An http(s) page, e.g. a web form. */
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

export interface Channel {
  id: string;
  type: ChannelType;
  name: LocalizedText;
  description?: LocalizedText;
  contact?: ChannelContact;
  /** Opening hours of this channel; the charter's `hours` apply when absent. */
  hours?: CharterSchedule;
  /** This channel's live feed; the charter's `feed` applies when absent. */
  feed?: FeedConfig;
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

/** A target, plus `seconds` for promises such as "answer calls within 20 seconds". */
export type PromiseTarget = Target | { seconds: number };

export interface ServicePromiseData {
  id: string;
  /** The id of the channel this promise is made for. */
  channel: string;
  text: LocalizedText;
  target: PromiseTarget;
  performance?: Performance;
}

export interface ComplaintStage {
  name: LocalizedText;
  description?: LocalizedText;
  /** Counted from receipt. */
  acknowledge?: Target;
  respond: Target;
  /**
   * Where the response clock starts: the acknowledgement deadline (the default when
   * there is an `acknowledge` target: targets chain) or receipt.
   */
  respondFrom?: 'acknowledgement' | 'receipt';
}

export interface Escalation {
  name: LocalizedText;
  url: string;
  description?: LocalizedText;
}

export interface ComplaintsPolicy {
  summary?: LocalizedText;
  stages: ComplaintStage[];
  escalation?: Escalation;
  /** Where the complaint form posts; an attribute on the form overrides it. */
  endpoint?: string;
  anonymousAllowed?: boolean;
  consent?: LocalizedText;
  /** The services a person can say their message is about; the charter's channels when absent. */
  services?: ComplaintService[];
  /** Where the form keeps unsent drafts: this tab (`session`, the default) or this device (`local`). */
  draftStorage?: 'session' | 'local';
}

/** A service a complaint can be about, e.g. "Bins and recycling". */
export interface ComplaintService {
  id: string;
  name: LocalizedText;
}

export interface Charter {
  version: 1;
  /** The language content is written in first, e.g. "en" (default) or "cy". */
  language: string;
  organisation: Organisation;
  title: LocalizedText;
  vision?: LocalizedText;
  values: CharterValue[];
  /** Default opening hours for channels without their own. */
  hours?: CharterSchedule;
  channels: Channel[];
  promises: ServicePromiseData[];
  complaints?: ComplaintsPolicy;
  /** The live feed of queue waits for every channel (one document, keyed by channel id). */
  feed?: FeedConfig;
}
