/**
 * Format 1 documents: read with format 1's rules (and its paths in every message), then
 * turned into the format 2 model with the same meaning.
 * @module
 */
import type {
  Calendar,
  Channel,
  Charter,
  ComplaintService,
  ComplaintStage,
  ComplaintsPolicy,
  Duration,
  PromiseTarget,
} from './charter-model.js';
import { LIST_MAXIMA } from './limits.js';
import type { ProblemLog } from './problems.js';
import {
  readComplaintService,
  readContact,
  readComplaintEndpoint,
  readFeedConfig,
  readId,
  readLanguage,
  readOrganisation,
  readPerformance,
  readValue,
  webUrl,
} from './read-charter-parts.js';
import { calendarReader, targetReader } from './read-schedule.js';
import { uniqueIds } from './unique-ids.js';
import {
  collectFields,
  listOf,
  oneOf,
  optional,
  readBoolean,
  readFields,
  readList,
  readText,
  required,
  type Reader,
} from './readers.js';
import type { LocalizedText } from './text.js';
import type { Target } from './schedule-types.js';
import { promiseFromV1, type PromiseV1 } from './promise-v1.js';

const V1_CHANNEL_TYPES = ['phone', 'email', 'web-form', 'voicemail', 'in-person', 'post', 'chat'] as const;

interface StageV1 {
  name: LocalizedText;
  description?: LocalizedText;
  acknowledge?: Target;
  respond: Target;
  respondFrom?: 'acknowledgement' | 'receipt';
}

interface ComplaintsV1 extends Omit<ComplaintsPolicy, 'tracks' | 'escalation' | 'extension'> {
  stages: StageV1[];
  escalation?: { name: LocalizedText; url: string; description?: LocalizedText };
}

type ChannelV1 = Omit<Channel, 'typeName' | 'sites' | 'languages'>;

type CharterV1 = Omit<
  Charter,
  | 'version'
  | 'sourceVersion'
  | 'timeZone'
  | 'calendars'
  | 'workingCalendar'
  | 'sites'
  | 'channels'
  | 'services'
  | 'promises'
  | 'access'
  | 'notices'
  | 'improvements'
  | 'satisfaction'
  | 'complaints'
  | 'feedback'
> & {
  version: 1;
  channels: ChannelV1[];
  promises: PromiseV1[];
  complaints?: ComplaintsV1;
};

const readSchedule = /* @__PURE__ */ calendarReader(1);

const readChannel: Reader<ChannelV1> = (value, path, log) =>
  readFields<ChannelV1>(value, path, log, {
    id: required(readId),
    type: required(oneOf(V1_CHANNEL_TYPES)),
    name: required(readText),
    description: optional(readText),
    contact: optional(readContact),
    hours: optional(readSchedule),
    feed: optional(readFeedConfig),
  });

const readTarget = /* @__PURE__ */ targetReader<Target>(false);
const readStage: Reader<StageV1> = (value, path, log) =>
  readFields<StageV1>(value, path, log, {
    name: required(readText),
    description: optional(readText),
    acknowledge: optional(readTarget),
    respond: required(readTarget),
    respondFrom: optional(oneOf(['acknowledgement', 'receipt'] as const)),
  });

const readComplaints: Reader<ComplaintsV1> = (value, path, log) =>
  readFields<ComplaintsV1>(value, path, log, {
    summary: optional(readText),
    stages: required(listOf(readStage, LIST_MAXIMA.steps)),
    escalation: optional((v, p, l) =>
      readFields<ComplaintsV1['escalation'] & object>(v, p, l, {
        name: required(readText),
        url: required(webUrl),
        description: optional(readText),
      }),
    ),
    endpoint: optional(readComplaintEndpoint),
    anonymousAllowed: optional(readBoolean),
    consent: optional(readText),
    services: optional(listOf(readComplaintService, LIST_MAXIMA.items)),
    draftStorage: optional(oneOf(['session', 'local'] as const)),
  });

/** A promise must name a channel the charter defines. */
function promiseReader(channelIds: ReadonlySet<string>): Reader<PromiseV1> {
  return (value, path, log) => {
    const promise = readFields<PromiseV1>(value, path, log, {
      id: required(readId),
      channel: required(readId),
      text: required(readText),
      target: required(targetReader<Duration>(true)),
      performance: optional(readPerformance),
    });
    if (promise && !channelIds.has(promise.channel)) {
      return log.add(`${path}.channel`, `names no channel in "channels": "${promise.channel}"`);
    }
    return promise;
  };
}

/** Reads a format 1 document (its `version` already checked) into the format 2 model. */
export function readCharterV1(json: unknown, log: ProblemLog): Charter | undefined {
  let channelIds = new Set<string>();
  // Fields are read in this order, so the channels are known before the promises.
  const read = collectFields<CharterV1>(json, '', log, {
    version: required(() => 1 as const),
    language: optional(readLanguage),
    organisation: required(readOrganisation),
    title: required(readText),
    vision: optional(readText),
    values: optional(listOf(readValue, LIST_MAXIMA.items)),
    hours: optional(readSchedule),
    channels: optional((value, path, l) => {
      const channels = uniqueIds(readList(value, path, l, readChannel, LIST_MAXIMA.items), value, path, l);
      channelIds = new Set(channels.map((channel) => channel.id));
      return channels;
    }),
    promises: optional((value, path, l) =>
      uniqueIds(readList(value, path, l, promiseReader(channelIds), LIST_MAXIMA.promises), value, path, l),
    ),
    complaints: optional(readComplaints),
    feed: optional(readFeedConfig),
  });
  return read && fromVersion1(read.fields);
}

/** The first target counts from receipt; format 1 chained a response after an acknowledgement unless told otherwise. */
function stageTargets(stage: StageV1): PromiseTarget[] {
  const reply = (countedFrom: PromiseTarget['countedFrom']): PromiseTarget => ({
    kind: 'reply',
    within: stage.respond,
    countedFrom,
  });
  if (!stage.acknowledge) return [reply('receipt')];
  const acknowledge: PromiseTarget = { kind: 'acknowledge', within: stage.acknowledge, countedFrom: 'receipt' };
  return [acknowledge, reply(stage.respondFrom === 'receipt' ? 'receipt' : 'previous')];
}

function complaintsFromV1(policy: ComplaintsV1): ComplaintsPolicy {
  const { stages, escalation, ...rest } = policy;
  const asStage = ({ name, description, ...targets }: StageV1): ComplaintStage => ({
    name,
    ...(description === undefined ? {} : { description }),
    targets: stageTargets({ name, ...targets }),
  });
  return {
    ...rest,
    tracks: [{ id: 'complaints', stages: stages.map(asStage) }],
    escalation: escalation ? [escalation] : [],
  };
}

/** The format 2 model of a format 1 document's valid fields: the same meaning, nothing added. */
function fromVersion1(fields: Partial<CharterV1>): Charter {
  const channels = fields.channels ?? [];
  const calendars: Record<string, Calendar> = {};
  if (fields.hours) calendars.hours = fields.hours;
  for (const channel of channels) if (channel.hours) calendars[`${channel.id}-hours`] = channel.hours;
  const services: ComplaintService[] = fields.complaints?.services ?? [];
  return {
    version: 2,
    sourceVersion: 1,
    language: fields.language ?? 'en',
    timeZone: fields.hours?.timeZone ?? channels.find((c) => c.hours)?.hours?.timeZone ?? 'Europe/London',
    organisation: fields.organisation ?? { name: '' },
    title: fields.title ?? '',
    ...(fields.vision === undefined ? {} : { vision: fields.vision }),
    values: fields.values ?? [],
    calendars,
    ...(fields.hours ? { hours: fields.hours } : {}),
    sites: [],
    channels,
    services: services.map(({ id, name }) => ({ id, name })),
    promises: (fields.promises ?? []).map(promiseFromV1),
    access: [],
    notices: [],
    ...(fields.complaints ? { complaints: complaintsFromV1(fields.complaints) } : {}),
    ...(fields.feed ? { feed: fields.feed } : {}),
  };
}
