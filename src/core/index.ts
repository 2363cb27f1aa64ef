/**
 * The DOM-free core of service-charter: the charter model and its validation,
 * schedules, deadlines, bank holidays, performance figures, complaints, structured data
 * and live-feed documents. Runs in browsers and in Node 20. Erlang C staffing arithmetic
 * has its own entry, `service-charter/erlang-c`.
 * @module
 */
export * from './charter-types.js';
export * from './schedule-types.js';
export { pickText, type LocalizedText } from './text.js';
export { CharterError, type Problem } from './problems.js';
export { parseCharter, readCharter } from './parse-charter.js';
export { isLocalDate, type GovUkHolidaySource, type ScheduleInput } from './read-schedule.js';
export { latestFigure, meetsTarget, type ReportedPeriod } from './performance.js';
export * from './time.js';
export { charterCalendars, loadBankHolidays, loadCharterBankHolidays, withBankHolidays } from './bank-holidays.js';
export * from './performance-figures.js';
export * from './performance-trend.js';
export { promiseName } from './promise-name.js';
export { latestPeriod, scorecard, type Scorecard, type ScoreLine, type Tally } from './scorecard.js';
export { chartGeometry, type ChartBox, type ChartGeometry, type ChartSlot } from './performance-chart.js';
export { readCsv, type CsvRecord } from './csv.js';
export * from './complaint.js';
export * from './submission-policy.js';
export { complaintDeadlines, complaintStageDeadlines, type ComplaintDeadlines } from './complaint-deadlines.js';
export {
  coreTarget,
  countsOpenTime,
  organisationCalendar,
  promiseCalendars,
  calendarsFor,
  promiseDeadlines,
  targetDeadlines,
  type ScheduleChoice,
  type TargetDeadline,
} from './promise-deadlines.js';
export { holidaysCover, holidaysKnownUntil } from './holiday-coverage.js';
export { activeNotices, isNoticeActive, type NoticeScope } from './notices.js';
export { periodsBetween } from './calendar-periods.js';
export { channelHours } from './channel-hours.js';
export { asCharterPromise } from './promise-v1.js';
export { DURATION_MAXIMA, LIST_MAXIMA } from './limits.js';
export * from './structured-data.js';
export { readFeed, parseFeedText, type ChannelFigures, type FeedDocument, type FeedReading } from './feed.js';
export { estimateWaitSeconds, roundWait, waitBand, WAIT_BANDS, type RoundedWait } from './wait-estimate.js';
export { figureAge, freshness, type FigureAge, type Freshness } from './figure-age.js';
export { migrateCharter } from './migrate-charter.js';
export { escalationWindow } from './escalation-dates.js';
