import { CHANNEL_TYPES, FEED_TRANSPORTS, PERFORMANCE_UNITS } from './charter-types.js';
import type {
  Channel,
  ChannelContact,
  Charter,
  CharterValue,
  ComplaintService,
  ComplaintStage,
  ComplaintsPolicy,
  Escalation,
  FeedConfig,
  Organisation,
  Performance,
  PerformancePeriod,
  PromiseTarget,
  ServicePromiseData,
} from './charter-types.js';
import { CharterError, ProblemLog, type Problem } from './problems.js';
import {
  isObject,
  linkReader,
  listOf,
  numberReader,
  oneOf,
  optional,
  collectFields,
  readBoolean,
  readFields,
  readList,
  readText,
  required,
  type Reader,
} from './readers.js';
import { readSchedule, targetReader } from './read-schedule.js';
import type { Target } from './schedule-types.js';

const webUrl = /* @__PURE__ */ linkReader('web');
const readId: Reader<string> = (value, path, log) =>
  typeof value === 'string' && /^[a-z0-9][a-z0-9_-]*$/i.test(value)
    ? value
    : log.add(path, 'must be an id of letters, digits, "-" or "_"');

const readOrganisation: Reader<Organisation> = (value, path, log) =>
  readFields<Organisation>(value, path, log, {
    name: required(readText),
    url: optional(webUrl),
    logo: optional((v, p, l) => readFields(v, p, l, { src: required(webUrl), alt: required(readText) })),
  });

/** A value is a text (`"Fair"`) or `{ name, description }`. */
const readValue: Reader<CharterValue> = (value, path, log) => {
  if (isObject(value) && 'name' in value) {
    return readFields<CharterValue>(value, path, log, { name: required(readText), description: optional(readText) });
  }
  const name = readText(value, path, log);
  return name === undefined ? undefined : { name };
};

const readContact: Reader<ChannelContact> = (value, path, log) =>
  readFields<ChannelContact>(value, path, log, {
    phone: optional(linkReader('phone')),
    email: optional(linkReader('email')),
    url: optional(webUrl),
    address: optional(readText),
  });

const readEndpoint: Reader<string> = (v, p, l) =>
  typeof v === 'string' && /^(?:https?:\/\/|\/)\S*$/i.test(v)
    ? v
    : l.add(p, 'must be an http(s) URL or a path starting with /');

const readFeedConfig: Reader<FeedConfig> = (value, path, log) =>
  readFields<FeedConfig>(value, path, log, {
    url: required(readEndpoint),
    transport: optional(oneOf(FEED_TRANSPORTS)),
    maxAgeSeconds: optional(numberReader({ min: 1 })),
    pollSeconds: optional(numberReader({ min: 1 })),
  });

const readChannel: Reader<Channel> = (value, path, log) =>
  readFields<Channel>(value, path, log, {
    id: required(readId),
    type: required(oneOf(CHANNEL_TYPES)),
    name: required(readText),
    description: optional(readText),
    contact: optional(readContact),
    hours: optional(readSchedule),
    feed: optional(readFeedConfig),
  });

const PERIOD = /^\d{4}(?:-(?:0[1-9]|1[0-2]|Q[1-4]))?$/;
const readPeriod: Reader<PerformancePeriod> = (value, path, log) =>
  readFields<PerformancePeriod>(value, path, log, {
    period: required((v, p, l) =>
      typeof v === 'string' && PERIOD.test(v) ? v : l.add(p, 'must be a period: YYYY, YYYY-Qn or YYYY-MM'),
    ),
    achieved: required((v, p, l) => (v === null ? null : numberReader()(v, p, l))),
    target: optional(numberReader()),
  });

export const readPerformance: Reader<Performance> = (value, path, log) => {
  const read = readFields<Partial<Performance>>(value, path, log, {
    measure: optional(readText),
    unit: optional(oneOf(PERFORMANCE_UNITS)),
    better: optional(oneOf(['higher', 'lower'] as const)),
    periods: required(listOf(readPeriod)),
  });
  return read && { unit: 'percent', better: 'higher', ...read, periods: read.periods ?? [] };
};

const readPromise: Reader<ServicePromiseData> = (value, path, log) =>
  readFields<ServicePromiseData>(value, path, log, {
    id: required(readId),
    channel: required(readId),
    text: required(readText),
    target: required(targetReader<PromiseTarget>(true)),
    performance: optional(readPerformance),
  });

const readTarget = /* @__PURE__ */ targetReader<Target>(false);
const readStage: Reader<ComplaintStage> = (value, path, log) =>
  readFields<ComplaintStage>(value, path, log, {
    name: required(readText),
    description: optional(readText),
    acknowledge: optional(readTarget),
    respond: required(readTarget),
    respondFrom: optional(oneOf(['acknowledgement', 'receipt'] as const)),
  });

const readComplaintService: Reader<ComplaintService> = (value, path, log) =>
  readFields<ComplaintService>(value, path, log, { id: required(readId), name: required(readText) });

const readComplaints: Reader<ComplaintsPolicy> = (value, path, log) =>
  readFields<ComplaintsPolicy>(value, path, log, {
    summary: optional(readText),
    stages: required(listOf(readStage)),
    escalation: optional((v, p, l) =>
      readFields<Escalation>(v, p, l, {
        name: required(readText),
        url: required(webUrl),
        description: optional(readText),
      }),
    ),
    endpoint: optional((v, p, l) =>
      typeof v === 'string' && /^(?:https?:\/\/|\/)/i.test(v)
        ? v
        : l.add(p, 'must be an http(s) URL or a path starting with /'),
    ),
    anonymousAllowed: optional(readBoolean),
    consent: optional(readText),
    services: optional(listOf(readComplaintService)),
    draftStorage: optional(oneOf(['session', 'local'] as const)),
  });

/** A promise must name a channel the charter defines. */
function promiseReader(channelIds: ReadonlySet<string>): Reader<ServicePromiseData> {
  return (value, path, log) => {
    const promise = readPromise(value, path, log);
    if (promise && !channelIds.has(promise.channel)) {
      return log.add(`${path}.channel`, `names no channel in "channels": "${promise.channel}"`);
    }
    return promise;
  };
}

const readLanguage: Reader<string> = (value, path, log) =>
  typeof value === 'string' && /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(value)
    ? value
    : log.add(path, 'must be a language code such as "en" or "cy"');

/**
 * Reads a charter document, keeping every valid part. `problems` is empty when the
 * whole document is valid; `charter` is undefined only when it is not a version 1 charter.
 */
export function readCharter(json: unknown): { charter: Charter | undefined; problems: Problem[] } {
  const log = new ProblemLog();
  let channelIds = new Set<string>();
  // Fields are read in this order, so the channels are known before the promises.
  const read = collectFields<Charter>(json, '', log, {
    version: required((v, p, l) => (v === 1 ? 1 : l.add(p, 'must be 1 (the only version so far)'))),
    language: optional(readLanguage),
    organisation: required(readOrganisation),
    title: required(readText),
    vision: optional(readText),
    values: optional(listOf(readValue)),
    hours: optional(readSchedule),
    channels: optional((value, path, l) => {
      const channels = readList(value, path, l, readChannel);
      channelIds = new Set(channels.map((channel) => channel.id));
      return channels;
    }),
    promises: optional((value, path, l) => readList(value, path, l, promiseReader(channelIds))),
    complaints: optional(readComplaints),
    feed: optional(readFeedConfig),
  });
  if (!read || read.fields.version !== 1) return { charter: undefined, problems: log.problems };
  const charter: Charter = {
    language: 'en',
    values: [],
    channels: [],
    promises: [],
    organisation: { name: '' },
    title: '',
    ...read.fields,
    version: 1,
  };
  return { charter, problems: log.problems };
}

/**
 * Parses and validates a charter document (docs/charter-format.md).
 * @throws {CharterError} listing every problem with its path, with the valid parts in `partial`.
 */
export function parseCharter(json: unknown): Charter {
  const { charter, problems } = readCharter(json);
  if (problems.length > 0 || !charter) throw new CharterError(problems, charter);
  return charter;
}
