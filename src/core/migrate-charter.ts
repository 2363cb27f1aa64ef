/**
 * Rewrites a version 1 charter document as version 2, with the same meaning: inline hours
 * become named calendars, each promise a `custom` promise with one target, each complaint
 * stage's acknowledge/respond two targets with where the second counts from made explicit.
 * @module
 */
import type { Charter } from './charter-model.js';
import { CharterError } from './problems.js';
import { readCharter } from './parse-charter.js';
import { isObject, type JsonObject } from './readers.js';

const withoutUndefined = (object: JsonObject): JsonObject =>
  Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined));

function migrateStage(stage: JsonObject): JsonObject {
  const { acknowledge, respond, respondFrom, ...rest } = stage;
  const targets = acknowledge
    ? [
        { kind: 'acknowledge', within: acknowledge },
        { within: respond, countedFrom: respondFrom === 'receipt' ? 'receipt' : 'previous' },
      ]
    : [{ within: respond }];
  return { ...rest, targets };
}

function migrateComplaints(complaints: JsonObject): JsonObject {
  // `services` moves to the top level (see rewrite).
  const { stages, escalation, ...rest } = complaints;
  return withoutUndefined({
    ...rest,
    services: undefined,
    stages: (stages as JsonObject[]).map(migrateStage),
    escalation: escalation ? [escalation] : undefined,
  });
}

/** A calendar id not yet taken: `wanted`, else `wanted-2`, `wanted-3`… */
function freeId(calendars: JsonObject, wanted: string): string {
  let id = wanted;
  for (let n = 2; id in calendars; n++) id = `${wanted}-${n}`;
  return id;
}

/** The version 2 document of a valid version 1 document, its fields in the documented order. */
function rewrite(json: JsonObject, model: Charter): JsonObject {
  const { hours, channels, promises, complaints } = json;
  const calendars: JsonObject = {};
  if (hours) calendars.hours = hours;
  const v2Channels = (channels as JsonObject[] | undefined)?.map((channel) => {
    if (!channel.hours) return channel;
    const id = freeId(calendars, `${String(channel.id)}-hours`);
    calendars[id] = channel.hours;
    return { ...channel, hours: id };
  });
  return withoutUndefined({
    $schema: json.$schema,
    version: 2,
    language: json.language,
    timeZone: model.timeZone,
    organisation: json.organisation,
    title: json.title,
    vision: json.vision,
    values: json.values,
    calendars: Object.keys(calendars).length ? calendars : undefined,
    hours: hours ? 'hours' : undefined,
    channels: v2Channels,
    services: isObject(complaints) ? complaints.services : undefined,
    promises: (promises as JsonObject[] | undefined)?.map(({ target, ...promise }) =>
      withoutUndefined({
        id: promise.id,
        kind: 'custom',
        channel: promise.channel,
        text: promise.text,
        targets: [{ within: target }],
        performance: promise.performance,
      }),
    ),
    complaints: isObject(complaints) ? migrateComplaints(complaints) : undefined,
    feed: json.feed,
  });
}

/**
 * The version 2 document of a version 1 charter, checked to read as the same charter.
 * A version 2 document is returned as it is.
 * @throws {CharterError} when the document is not a valid charter (every problem listed).
 */
export function migrateCharter(json: unknown): Record<string, unknown> {
  const { charter, problems } = readCharter(json);
  if (!charter || problems.length) throw new CharterError(problems, charter);
  if (charter.sourceVersion === 2) return json as JsonObject;
  return rewrite(json as JsonObject, charter);
}
