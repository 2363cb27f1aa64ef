import type { FeedDocument } from '../../core/feed.js';
import { figureAge, freshness } from '../../core/figure-age.js';
import { estimateWaitSeconds, roundWait } from '../../core/wait-estimate.js';
import type { FeedSnapshot } from '../../controllers/feed/feed-connection.js';
import { fill, plural } from '../../strings/format.js';
import type { WaitStrings } from '../../strings/wait.js';
import { daysBetween, formatDate, formatTime, formatWeekday } from '../../strings/time-format.js';

/** What the element shows. `live` and `stale` show a figure; the rest say why there is none. */
export type WaitState = 'closed' | 'connecting' | 'live' | 'stale' | 'unavailable';

export interface WaitView {
  state: WaitState;
  /** The main line: the wait in words, or the state in words. */
  figure: string;
  /** The second line: the figure's age, or when the channel opens. */
  detail: string;
  /** The wait shown, in seconds (for announcements), when there is one. */
  seconds?: number;
  /** When the wording next changes by itself (ms since the epoch), if it does. */
  changesAt?: number;
}

/** Everything the wording depends on. */
export interface WaitInputs {
  text: WaitStrings;
  language: string;
  timeZone: string;
  now: number;
  channelId: string;
  /** The channel's type, for wording ("to answer a call"). */
  channelType: string;
  snapshot?: FeedSnapshot;
  maxAgeMs: number;
  hideAfterMs: number;
  paused: boolean;
}

const byType = (map: Record<string, string>, type: string): string => map[type] ?? map.default;

/** "About 4 minutes to answer a call", with the documented rounding. */
export function waitInWords(seconds: number, type: string, text: WaitStrings, language: string): string {
  const rounded = roundWait(seconds);
  const wait =
    rounded.kind === 'underMinute'
      ? text.waitUnderMinute
      : rounded.kind === 'overHour'
        ? text.waitOverHour
        : plural(language, rounded.minutes, text.waitMinutes);
  return fill(byType(text.waitToAnswer, type), { wait });
}

/** "Lines open at 9am" / "tomorrow at 9am" / "on Monday at 9am" / "on Friday 1 January at 9am". */
export function opensInWords(
  opensAt: Date,
  inputs: Pick<WaitInputs, 'text' | 'language' | 'timeZone' | 'now' | 'channelType'>,
): string {
  const { text, language, timeZone, now, channelType } = inputs;
  const time = formatTime(opensAt, timeZone, language);
  const days = daysBetween(new Date(now), opensAt, timeZone);
  const when =
    days === 0
      ? fill(text.waitOpensToday, { time })
      : days === 1
        ? fill(text.waitOpensTomorrow, { time })
        : days < 7
          ? fill(text.waitOpensDay, { day: formatWeekday(opensAt, timeZone, language), time })
          : fill(text.waitOpensDate, { date: formatDate(opensAt, timeZone, language, new Date(now)), time });
  return fill(byType(text.waitOpens, channelType), { when });
}

/** "updated 20 seconds ago", or "updated at 10:02am" while paused (so nothing moves). */
function ageInWords(updatedAt: Date, inputs: WaitInputs): { words: string; changesAt?: number } {
  const { text, language, now } = inputs;
  if (inputs.paused) {
    return { words: fill(text.waitUpdatedAt, { time: formatTime(updatedAt, inputs.timeZone, language) }) };
  }
  const { age, changesInMs } = figureAge(now - +updatedAt);
  const words =
    age.unit === 'now'
      ? text.waitUpdatedJustNow
      : fill(text.waitUpdated, { age: plural(language, age.value, text.waitAges[age.unit]) });
  return { words, changesAt: now + changesInMs };
}

/** The view of a feed's figures for one channel, at `now`. */
export function waitView(inputs: WaitInputs): WaitView {
  const { text, snapshot, now, channelType } = inputs;
  const feed: FeedDocument | undefined = snapshot?.feed;
  if (!feed) {
    const failed = !snapshot || snapshot.status === 'retrying';
    return failed
      ? { state: 'unavailable', figure: text.waitUnavailable, detail: '' }
      : { state: 'connecting', figure: text.waitConnecting, detail: '' };
  }
  const seconds = estimateWaitSeconds(feed.channels[inputs.channelId]);
  const ageMs = now - +feed.updatedAt;
  const fresh = freshness(ageMs, inputs.maxAgeMs, inputs.hideAfterMs);
  const age = ageInWords(feed.updatedAt, inputs);
  // The next instant the wording changes by itself: the age's next step, or crossing a freshness limit.
  const limits = [inputs.maxAgeMs, inputs.hideAfterMs].map((limit) => +feed.updatedAt + limit + 1);
  const changesAt = inputs.paused ? undefined : Math.min(age.changesAt ?? Infinity, ...limits.filter((t) => t > now));
  if (seconds === null || fresh === 'expired') {
    return { state: 'unavailable', figure: text.waitUnavailable, detail: age.words, changesAt };
  }
  const figure = waitInWords(seconds, channelType, text, inputs.language);
  const state = fresh === 'stale' ? 'stale' : 'live';
  return { state, figure, detail: age.words, seconds, changesAt };
}
