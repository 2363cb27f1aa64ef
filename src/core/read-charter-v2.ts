/**
 * Format 2 documents (docs/charter-format.md): calendars by reference, services, promises with
 * kinds and targets, and complaint tracks; the optional sections (sites, access offers,
 * notices, "You said, we did", satisfaction, feedback) with readers passed in
 * (charter-sections.ts), so a browser loads each only for a document that has it.
 * @module
 */
import {
  CHANNEL_TYPES,
  PROMISE_KINDS,
  type Calendar,
  type Channel,
  type Charter,
  type CharterPromise,
  type ComplaintStage,
  type ComplaintTrack,
  type ComplaintsPolicy,
  type Escalation,
  type EscalationPeriod,
  type Guarantee,
  type Service,
  type Site,
} from './charter-model.js';
import { LIST_MAXIMA, tooLong } from './limits.js';
import { childPath, type ProblemLog } from './problems.js';
import {
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
import { DURATION_UNITS, calendarReader, durationReader, readTimeZone } from './read-schedule.js';
import { targetsReader } from './read-targets.js';
import {
  collectFields,
  isObject,
  linkReader,
  listOf,
  numberReader,
  oneOf,
  optional,
  readBoolean,
  readFields,
  readList,
  readObject,
  readText,
  required,
  strictListOf,
  type Reader,
} from './readers.js';
import { uniqueIds } from './unique-ids.js';
import { checkTargetCalendar } from './channel-hours.js';
import { calendarsFor } from './promise-calendars.js';
import { SECTION_NOT_LOADED, type SectionReaders } from './charter-sections.js';

type Ids = ReadonlyMap<string, unknown>;

/** A reference by id to an entry of `known`, which is read first; `what` names the list. */
/**
 * An id naming an entry of `known` (read before it). An id that names an entry written
 * but invalid is left out silently: that entry's own problems are reported already.
 */
export function idReader(known: () => Ids, what: string, written: ReadonlySet<string>): Reader<string> {
  return (value, path, log) => {
    const id = readId(value, path, log);
    if (id === undefined || known().has(id)) return id;
    return written.has(`${what}/${id}`) ? undefined : log.add(path, `names no entry in "${what}": "${id}"`);
  };
}

/** A reference by id, read as the entry itself. */
export function refReader<T>(
  known: () => ReadonlyMap<string, T>,
  what: string,
  written: ReadonlySet<string>,
): Reader<T> {
  const readRef = idReader(known, what, written);
  return (value, path, log) => {
    const id = readRef(value, path, log);
    return id === undefined ? undefined : known().get(id);
  };
}

/** A list of ids, each naming an entry of `known`; all must. */
export const idsReader = (known: () => Ids, what: string, written: ReadonlySet<string>): Reader<string[]> =>
  strictListOf(idReader(known, what, written), LIST_MAXIMA.items);

export const languagesReader = /* @__PURE__ */ strictListOf(readLanguage, LIST_MAXIMA.figures);

/** A list of entries with ids: all valid entries kept, repeated ids reported. */
const idListOf =
  <T extends { id: string }>(item: Reader<T>, max: number = LIST_MAXIMA.items): Reader<T[]> =>
  (value, path, log) =>
    uniqueIds(readList(value, path, log, item, max), value, path, log);

/** A rule that involves several fields: logs `message` at `path` when `broken`. */
export const check = (broken: boolean, log: ProblemLog, path: string, message: string): boolean =>
  broken ? (log.add(path, message) ?? false) : true;

const readGuarantee: Reader<Guarantee> = (value, path, log) => {
  const read = readFields<Omit<Guarantee, 'currency'> & { currency?: string }>(value, path, log, {
    amount: required(numberReader({ max: 1_000_000 })),
    currency: optional((v, p, l) =>
      typeof v === 'string' && /^[A-Z]{3}$/.test(v) ? v : l.add(p, 'must be an ISO 4217 code such as "GBP"'),
    ),
    condition: required(readText),
    automatic: optional(readBoolean),
  });
  return read && { ...read, currency: read.currency ?? 'GBP' };
};

const escalationPeriod = /* @__PURE__ */ durationReader<EscalationPeriod>([...DURATION_UNITS, 'months']);

const readEscalation: Reader<Escalation> = (value, path, log) => {
  const read = readFields<Escalation>(value, path, log, {
    name: required(readText),
    description: optional(readText),
    phone: optional(linkReader('phone')),
    email: optional(linkReader('email')),
    address: optional(readText),
    url: optional(webUrl),
    after: optional(escalationPeriod),
    within: optional(escalationPeriod),
    when: optional(readText),
  });
  const reachable = !read || read.phone || read.email || read.address || read.url;
  return check(!reachable, log, path, 'needs a way to reach them: "phone", "email", "address" or "url"')
    ? read
    : undefined;
};

const readStage: Reader<ComplaintStage> = (value, path, log) => {
  const read = collectFields<ComplaintStage>(value, path, log, {
    name: required(readText),
    description: optional(readText),
    targets: optional(targetsReader('reply')),
    noTimescale: optional((v, p, l) => (v === true ? true : l.add(p, 'must be true (or left out)'))),
  });
  if (!read?.complete) return undefined;
  const written = isObject(value) ? value : {};
  const both = 'targets' in written && 'noTimescale' in written;
  const neither = !('targets' in written) && !('noTimescale' in written);
  if (both) return log.add(path, 'must have "targets" or "noTimescale": true, not both');
  if (neither)
    return log.add(
      childPath(path, 'targets'),
      'is required (or "noTimescale": true for a stage with no set timescale)',
    );
  if (!read.fields.targets && !read.fields.noTimescale) return undefined;
  return { ...(read.fields as ComplaintStage), targets: read.fields.targets ?? [] };
};

const readStages = (value: unknown, path: string, log: ProblemLog) => {
  const stages = readList(value, path, log, readStage, LIST_MAXIMA.steps);
  return check(Array.isArray(value) && value.length === 0, log, path, 'must have at least one stage')
    ? stages
    : undefined;
};

const readTrack: Reader<ComplaintTrack> = (value, path, log) =>
  readFields<ComplaintTrack>(value, path, log, {
    id: required(readId),
    name: optional(readText),
    description: optional(readText),
    stages: required(readStages),
  });

type ComplaintsFields = Omit<ComplaintsPolicy, 'tracks' | 'escalation' | 'services'> & {
  tracks?: ComplaintTrack[];
  stages?: ComplaintStage[];
  escalation?: Escalation[];
};

function complaintsReader(known: Known): Reader<ComplaintsPolicy> {
  return (value, path, log) => {
    const read = collectFields<ComplaintsFields>(value, path, log, {
      summary: optional(readText),
      stages: optional(readStages),
      tracks: optional(idListOf(readTrack, LIST_MAXIMA.steps)),
      extension: optional(readText),
      escalation: optional(listOf(readEscalation, LIST_MAXIMA.steps)),
      endpoint: optional(readComplaintEndpoint),
      anonymousAllowed: optional(readBoolean),
      consent: optional(readText),
      draftStorage: optional(oneOf(['session', 'local'] as const)),
    });
    if (!read) return undefined;
    const written = readObject(value, path, log) ?? {};
    const { stages, tracks, escalation = [], ...rest } = read.fields;
    if ('stages' in written === 'tracks' in written)
      return log.add(
        path,
        'must have "stages" (one route) or "tracks" (alternative routes by complaint type), not both',
      );
    const unnamed = (tracks ?? []).findIndex((track) => !track.name);
    if (tracks && tracks.length > 1 && unnamed >= 0)
      return log.add(childPath(childPath(path, 'tracks'), unnamed), 'needs a "name": there is more than one track');
    const policy: ComplaintsPolicy = {
      ...rest,
      tracks: tracks ?? (stages ? [{ id: 'complaints', stages }] : []),
      escalation,
    };
    const calendars = calendarsFor(undefined, known.workingCalendar, known.hours);
    const timed = policy.tracks.every((track, t) =>
      track.stages.every((stage, i) => {
        const at = tracks ? childPath(childPath(childPath(path, 'tracks'), t), 'stages') : childPath(path, 'stages');
        return checkTargetCalendar(calendars, stage.targets, childPath(childPath(at, i), 'targets'), log);
      }),
    );
    if (!timed) return undefined;
    const named = [...known.services.values()].map(({ id, name }) => ({ id, name }));
    return named.length ? { ...policy, services: named } : policy;
  };
}

/** The lists read so far, by id, for references further down the document. */
export class Known {
  calendars = new Map<string, Calendar>();
  sites = new Map<string, Site>();
  channels = new Map<string, Channel>();
  services = new Map<string, Service>();
  promises = new Map<string, CharterPromise>();
  /** `list/id` of every entry written with an id, valid or not. */
  written = new Set<string>();
  timeZone?: string;
  hours?: Calendar;
  workingCalendar?: Calendar;

  /** The charter's own time zone, else that of its default hours or working calendar, else Europe/London. */
  charterTimeZone(): string {
    return this.timeZone ?? this.hours?.timeZone ?? this.workingCalendar?.timeZone ?? 'Europe/London';
  }
}

const byId = <T extends { id: string }>(items: T[]) => new Map(items.map((item) => [item.id, item]));

function promiseReader(known: Known): Reader<CharterPromise> {
  return (value, path, log) => {
    const kind =
      isObject(value) && PROMISE_KINDS.includes(value.kind as never)
        ? (value.kind as CharterPromise['kind'])
        : 'custom';
    const read = collectFields<CharterPromise>(value, path, log, {
      id: required(readId),
      kind: required(oneOf(PROMISE_KINDS)),
      channel: optional(idReader(() => known.channels, 'channels', known.written)),
      service: optional(idReader(() => known.services, 'services', known.written)),
      text: optional(readText),
      targets: optional(targetsReader(kind)),
      qualifier: optional(readText),
      guarantee: optional(readGuarantee),
      performance: optional(readPerformance),
    });
    if (!read) return undefined;
    const written = isObject(value) ? value : {};
    const scoped = check(
      'channel' in written && 'service' in written,
      log,
      path,
      'must have "channel" or "service", not both',
    );
    const worded = check(
      kind === 'custom' && !('text' in written),
      log,
      childPath(path, 'text'),
      'is required for kind "custom"',
    );
    const complete =
      read.complete && Object.keys(written).every((key) => key in read.fields || !(key in PROMISE_FIELDS));
    if (!scoped || !worded || !complete) return undefined;
    const promise = { ...read.fields, targets: read.fields.targets ?? [] } as CharterPromise;
    const channel = promise.channel === undefined ? undefined : known.channels.get(promise.channel);
    const service = promise.service === undefined ? undefined : known.services.get(promise.service);
    const calendars = calendarsFor(channel?.hours ?? service?.hours, known.workingCalendar, known.hours);
    return checkTargetCalendar(calendars, promise.targets, childPath(path, 'targets'), log) ? promise : undefined;
  };
}

const PROMISE_FIELDS = {
  id: 1,
  kind: 1,
  channel: 1,
  service: 1,
  text: 1,
  targets: 1,
  qualifier: 1,
  guarantee: 1,
  performance: 1,
};

function channelReader(known: Known): Reader<Channel> {
  const hours = refReader(() => known.calendars, 'calendars', known.written);
  return (value, path, log) => {
    const channel = readFields<Channel>(value, path, log, {
      id: required(readId),
      type: required(oneOf(CHANNEL_TYPES)),
      typeName: optional(readText),
      name: required(readText),
      description: optional(readText),
      contact: optional(readContact),
      hours: optional(hours),
      sites: optional(idsReader(() => known.sites, 'sites', known.written)),
      languages: optional(languagesReader),
      feed: optional(readFeedConfig),
    });
    if (!channel) return undefined;
    const custom = channel.type === 'custom';
    if (!check(custom && !channel.typeName, log, childPath(path, 'typeName'), 'is required for type "custom"'))
      return undefined;
    return check(!custom && !!channel.typeName, log, childPath(path, 'typeName'), 'is only for type "custom"')
      ? channel
      : undefined;
  };
}

/** The calendars map: each a format 2 calendar, with the charter's time zone unless it has its own. */
function calendarsReader(known: Known): Reader<Record<string, Calendar>> {
  return (value, path, log) => {
    const object = readObject(value, path, log);
    if (!object) return undefined;
    const long = tooLong(Object.keys(object), LIST_MAXIMA.items);
    if (long) return log.add(path, long.replace('entries', 'calendars'));
    const read = calendarReader(2, known.timeZone);
    const calendars: Record<string, Calendar> = {};
    for (const [id, entry] of Object.entries(object)) {
      known.written.add(`calendars/${id}`);
      const at = childPath(path, id);
      if (readId(id, at, log) === undefined) continue;
      const calendar = read(entry, at, log);
      if (calendar) calendars[id] = calendar;
    }
    known.calendars = new Map(Object.entries(calendars));
    return calendars;
  };
}

type CharterFields = Omit<Charter, 'version' | 'sourceVersion'> & { version: 2 };

/**
 * Reads a format 2 document (its `version` already checked) with the readers of its optional
 * sections in `sections`; a section whose reader is not there is a problem at its path.
 */
export function readCharterV2(json: unknown, log: ProblemLog, sections: Partial<SectionReaders>): Charter | undefined {
  const known = new Known();
  const calendarRef = refReader(() => known.calendars, 'calendars', known.written);
  /** Notes the id of every entry of a list as written, valid or not. */
  const markWritten = (value: unknown, path: string, max: number = LIST_MAXIMA.items) => {
    if (Array.isArray(value) && value.length <= max)
      for (const entry of value)
        if (isObject(entry) && typeof entry.id === 'string') known.written.add(`${path}/${entry.id}`);
  };
  /** A section's entries read by its reader from `sections`, as `list` reads them. */
  const section = <K extends keyof SectionReaders, L>(
    name: K,
    list: (item: ReturnType<SectionReaders[K]>) => Reader<L>,
  ): Reader<L> => {
    const entry = sections[name] as ((known: Known) => ReturnType<SectionReaders[K]>) | undefined;
    // Without its reader, a section is one problem; what refers to its entries is not one more.
    return entry
      ? list(entry(known))
      : (value, path, l) => {
          markWritten(value, path);
          return l.add(path, SECTION_NOT_LOADED);
        };
  };
  const remember =
    <T extends { id: string }>(item: Reader<T>, into: (map: Map<string, T>) => void, max?: number): Reader<T[]> =>
    (value, path, l) => {
      markWritten(value, path, max);
      const items = idListOf(item, max)(value, path, l) ?? [];
      into(byId(items));
      return items;
    };
  // Fields are read in this order, so what is referred to is known before what refers to it.
  const read = collectFields<CharterFields>(json, '', log, {
    version: required(() => 2 as const),
    language: optional(readLanguage),
    timeZone: optional((v, p, l) => (known.timeZone = readTimeZone(v, p, l))),
    organisation: required(readOrganisation),
    title: required(readText),
    vision: optional(readText),
    values: optional(listOf(readValue, LIST_MAXIMA.items)),
    calendars: optional(calendarsReader(known)),
    hours: optional((v, p, l) => (known.hours = calendarRef(v, p, l))),
    workingCalendar: optional((v, p, l) => (known.workingCalendar = calendarRef(v, p, l))),
    sites: optional(section('sites', (item) => remember(item, (map) => (known.sites = map)))),
    channels: optional(remember(channelReader(known), (map) => (known.channels = map))),
    services: optional(
      remember(
        (v, p, l) =>
          readFields<Service>(v, p, l, {
            id: required(readId),
            name: required(readText),
            description: optional(readText),
            hours: optional(calendarRef),
          }),
        (map) => (known.services = map),
      ),
    ),
    promises: optional(remember(promiseReader(known), (map) => (known.promises = map), LIST_MAXIMA.promises)),
    access: optional(section('access', idListOf)),
    notices: optional(section('notices', idListOf)),
    complaints: optional(complaintsReader(known)),
    feedback: optional(section('feedback', (item) => item)),
    feed: optional(readFeedConfig),
    improvements: optional(section('improvements', idListOf)),
    satisfaction: optional(section('satisfaction', (item) => idListOf(item, LIST_MAXIMA.steps))),
  });
  if (!read) return undefined;
  const fields = read.fields;
  return {
    language: 'en',
    values: [],
    calendars: {},
    sites: [],
    channels: [],
    services: [],
    promises: [],
    access: [],
    notices: [],
    organisation: { name: '' },
    title: '',
    ...fields,
    timeZone: known.charterTimeZone(),
    version: 2,
    sourceVersion: 2,
  };
}
