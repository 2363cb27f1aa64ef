/** A local wall-clock time, `HH:MM`, 24-hour; `"24:00"` means the end of the day. */
export type WallTime = string;

/** Minutes since local midnight of an `HH:MM` wall time ("24:00" is 1440). */
export const wallMinutes = (time: WallTime): number => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/** One opening interval of a day: `[open, close)`, close after open. */
export type Interval = readonly [WallTime, WallTime];

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** A local calendar date, `YYYY-MM-DD`. */
export type LocalDate = string;

/** A week of opening intervals; a missing day is closed. */
export type WeeklyHours = Partial<Record<Weekday, readonly Interval[]>>;

/** Dated hours: from `from` to `to` (both included) the week runs on `weekly` instead. */
export interface SchedulePeriod {
  from: LocalDate;
  to: LocalDate;
  weekly: WeeklyHours;
  /** e.g. "Winter hours", "Christmas": text, or a map of language codes to text. */
  name?: string | Readonly<Record<string, string>>;
}

/**
 * Opening hours in one IANA time zone. The intervals of a date are `special[date]` when
 * present, else none on a holiday, else those of the first `periods` entry covering the
 * date, else `weekly[weekday]`.
 */
export interface Schedule {
  timeZone: string;
  weekly: WeeklyHours;
  holidays?: readonly LocalDate[];
  special?: Readonly<Record<LocalDate, readonly Interval[]>>;
  periods?: readonly SchedulePeriod[];
}

/** How long a promise allows (docs/schedules-and-targets.md, Targets). Exactly one key. */
export type Target =
  | { minutes: number }
  | { hours: number }
  | { days: number }
  | { weeks: number }
  | { businessHours: number }
  | { workingDays: number };

export type TargetKind = 'minutes' | 'hours' | 'days' | 'weeks' | 'businessHours' | 'workingDays';
