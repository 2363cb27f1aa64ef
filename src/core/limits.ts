/**
 * The largest amounts and list lengths a charter may hold (docs/charter-format.md#limits).
 * They keep every page fast: a deadline is never searched for years ahead, and a list is
 * rejected by its length before its entries are read.
 * @module
 */

/** The largest amount of each unit of time: about two years of it. */
export const DURATION_MAXIMA = {
  seconds: 63_072_000,
  minutes: 1_051_200,
  hours: 17_520,
  days: 730,
  weeks: 104,
  businessHours: 17_520,
  workingDays: 520,
  months: 24,
} as const;

export type DurationUnit = keyof typeof DURATION_MAXIMA;

/** Units that must be whole numbers. */
export const WHOLE_UNITS: ReadonlySet<DurationUnit> = new Set(['days', 'weeks', 'workingDays', 'months']);

/** The longest each list may be. */
export const LIST_MAXIMA = {
  /** Opening intervals in one day. */
  intervals: 48,
  /** Dates in one calendar's `holidays`, and in its `special`. */
  dates: 3_660,
  /** Dated periods in one calendar, each at most `periodDays` long. */
  periods: 100,
  periodDays: 366,
  /** Calendars, channels, sites, services, access offers, notices, complaint services and "You said, we did" entries. */
  items: 500,
  /** Promises. */
  promises: 2_000,
  /** Targets of one promise, stage or offer. */
  targets: 8,
  /** Complaint tracks, stages of one track, escalation bodies, satisfaction measures. */
  steps: 20,
  /** Performance periods of one promise; languages of one channel or offer. */
  figures: 1_200,
  /** Points of a feedback scale (at least 2: 0–10 has 11). */
  scalePoints: 11,
} as const;

/** The largest value of a feedback scale point. */
export const SCALE_VALUE_MAX = 100;

/** A whole number with thousands separators: 1,051,200. */
export const grouped = (value: number): string => String(value).replace(/\B(?=(\d{3})+$)/g, ',');

/** The problem message for a list longer than `maximum`, or undefined. */
export const tooLong = (value: unknown, maximum: number): string | undefined =>
  Array.isArray(value) && value.length > maximum
    ? `has ${value.length} entries; at most ${grouped(maximum)} are allowed`
    : undefined;
