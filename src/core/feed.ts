import { childPath, ProblemLog, type Problem } from './problems.js';
import { isObject, numberReader, optional, readFields, type JsonObject, type Reader } from './readers.js';

/**
 * One channel's figures in a live feed (docs/feed-format.md): either the contact centre's own
 * estimate, or the queue figures to compute one.
 */
export interface ChannelFigures {
  /** The platform's own estimated wait for someone joining the queue now, in seconds. */
  estimatedWaitSeconds?: number;
  /** People in the queue now. */
  waiting?: number;
  /** Agents answering this queue now (busy or free). */
  agentsAvailable?: number;
  /** Mean time an agent spends on one contact, talk plus wrap-up, in seconds. */
  averageHandleSeconds?: number;
}

/** A live feed document: `updatedAt` and figures per channel id. */
export interface FeedDocument {
  /** When the figures were measured. */
  updatedAt: Date;
  channels: Record<string, ChannelFigures>;
}

const FIGURE_FIELDS = ['estimatedWaitSeconds', 'waiting', 'agentsAvailable', 'averageHandleSeconds'] as const;
const seconds = /* @__PURE__ */ numberReader();
const count = /* @__PURE__ */ numberReader({ whole: true });

/** Keeps only `keys` of an object: feeds may carry fields of their own, which are ignored. */
const known = (value: JsonObject, keys: readonly string[]): JsonObject =>
  Object.fromEntries(keys.filter((key) => key in value).map((key) => [key, value[key]]));

/** A channel's figures; any invalid figure drops the channel, so no estimate rests on a bad number. */
const readFigures: Reader<ChannelFigures> = (value, path, log) => {
  if (!isObject(value)) return log.add(path, 'must be an object');
  const problemsBefore = log.problems.length;
  const figures = readFields<ChannelFigures>(known(value, FIGURE_FIELDS), path, log, {
    estimatedWaitSeconds: optional(seconds),
    waiting: optional(count),
    agentsAvailable: optional(count),
    averageHandleSeconds: optional(seconds),
  });
  return log.problems.length === problemsBefore ? figures : undefined;
};

const readInstant: Reader<Date> = (value, path, log) => {
  const valid = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value) && !isNaN(Date.parse(value));
  return valid ? new Date(value) : log.add(path, 'must be an ISO 8601 instant, e.g. "2026-11-24T10:02:00Z"');
};

/**
 * Reads a feed document, keeping every valid channel. Unknown fields are ignored (a
 * platform may send more than this library reads); `feed` is undefined when
 * `updatedAt` or `channels` is unusable.
 */
export function readFeed(json: unknown): { feed: FeedDocument | undefined; problems: Problem[] } {
  const log = new ProblemLog();
  if (!isObject(json)) return { feed: log.add('', 'must be an object'), problems: log.problems };
  const updatedAt =
    json.updatedAt === undefined ? log.add('updatedAt', 'is required') : readInstant(json.updatedAt, 'updatedAt', log);
  const channels: Record<string, ChannelFigures> = {};
  if (!isObject(json.channels)) log.add('channels', 'must be an object of channel ids to figures');
  else {
    for (const [id, value] of Object.entries(json.channels)) {
      const figures = readFigures(value, childPath('channels', id), log);
      if (figures) channels[id] = figures;
    }
  }
  const feed = updatedAt && isObject(json.channels) ? { updatedAt, channels } : undefined;
  return { feed, problems: log.problems };
}

/** The outcome of reading a feed body: the document, or why it could not be used. */
export type FeedReading = { feed: FeedDocument; problems: Problem[] } | { feed: undefined; error: string };

/** Parses a feed body (text) as JSON, then as a feed document. Never throws. */
export function parseFeedText(text: string): FeedReading {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { feed: undefined, error: 'the feed is not valid JSON' };
  }
  const { feed, problems } = readFeed(json);
  if (!feed) return { feed: undefined, error: problems.map((p) => `${p.path || '(feed)'}: ${p.message}`).join('; ') };
  return { feed, problems };
}
