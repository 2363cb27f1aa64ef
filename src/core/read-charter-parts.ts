/**
 * Readers for the parts of a charter that format 1 and format 2 share.
 * @module
 */
import { FEED_TRANSPORTS, PERFORMANCE_UNITS } from './charter-model.js';
import type {
  ChannelContact,
  CharterValue,
  ComplaintService,
  FeedConfig,
  Organisation,
  Performance,
  PerformancePeriod,
} from './charter-model.js';
import { LIST_MAXIMA } from './limits.js';
import {
  isObject,
  linkReader,
  listOf,
  numberReader,
  oneOf,
  optional,
  readFields,
  readText,
  required,
  type Reader,
} from './readers.js';

export const webUrl = /* @__PURE__ */ linkReader('web');

export const readId: Reader<string> = (value, path, log) =>
  typeof value === 'string' && /^[a-z0-9][a-z0-9_-]*$/i.test(value)
    ? value
    : log.add(path, 'must be an id of letters, digits, "-" or "_"');

export const readOrganisation: Reader<Organisation> = (value, path, log) =>
  readFields<Organisation>(value, path, log, {
    name: required(readText),
    url: optional(webUrl),
    logo: optional((v, p, l) => readFields(v, p, l, { src: required(webUrl), alt: required(readText) })),
  });

/** A value is a text (`"Fair"`) or `{ name, description }`. */
export const readValue: Reader<CharterValue> = (value, path, log) => {
  if (isObject(value) && 'name' in value) {
    return readFields<CharterValue>(value, path, log, { name: required(readText), description: optional(readText) });
  }
  const name = readText(value, path, log);
  return name === undefined ? undefined : { name };
};

export const readContact: Reader<ChannelContact> = (value, path, log) =>
  readFields<ChannelContact>(value, path, log, {
    phone: optional(linkReader('phone')),
    email: optional(linkReader('email')),
    url: optional(webUrl),
    address: optional(readText),
  });

export const readEndpoint: Reader<string> = (v, p, l) =>
  typeof v === 'string' && /^(?:https?:\/\/|\/)\S*$/i.test(v)
    ? v
    : l.add(p, 'must be an http(s) URL or a path starting with /');

/** Where the complaint form posts: an http(s) URL or a path (checked as format 1 checked it). */
export const readComplaintEndpoint: Reader<string> = (v, p, l) =>
  typeof v === 'string' && /^(?:https?:\/\/|\/)/i.test(v)
    ? v
    : l.add(p, 'must be an http(s) URL or a path starting with /');

export const readFeedConfig: Reader<FeedConfig> = (value, path, log) =>
  readFields<FeedConfig>(value, path, log, {
    url: required(readEndpoint),
    transport: optional(oneOf(FEED_TRANSPORTS)),
    maxAgeSeconds: optional(numberReader({ min: 1 })),
    pollSeconds: optional(numberReader({ min: 1 })),
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
    periods: required(listOf(readPeriod, LIST_MAXIMA.figures)),
  });
  return read && { unit: 'percent', better: 'higher', ...read, periods: read.periods ?? [] };
};

export const readComplaintService: Reader<ComplaintService> = (value, path, log) =>
  readFields<ComplaintService>(value, path, log, { id: required(readId), name: required(readText) });

export const readLanguage: Reader<string> = (value, path, log) =>
  typeof value === 'string' && /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(value)
    ? value
    : log.add(path, 'must be a language code such as "en" or "cy"');
