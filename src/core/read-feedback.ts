/**
 * The `feedback` section of a format 2 charter (docs/charter-format.md#feedback): the
 * satisfaction scale `<service-feedback>` offers, where ratings go and what happens to them.
 * @module
 */
import type { FeedbackScalePoint, FeedbackSettings } from './charter-model.js';
import { LIST_MAXIMA, SCALE_VALUE_MAX } from './limits.js';
import { childPath } from './problems.js';
import { readComplaintEndpoint, webUrl } from './read-charter-parts.js';
import { numberReader, optional, readFields, readText, required, strictListOf, type Reader } from './readers.js';
import type { SectionReaders } from './charter-sections.js';

const readValue = /* @__PURE__ */ numberReader({ whole: true, max: SCALE_VALUE_MAX });

const readPoint: Reader<FeedbackScalePoint> = (value, path, log) =>
  readFields<FeedbackScalePoint>(value, path, log, { value: required(readValue), label: required(readText) });

const readPoints = /* @__PURE__ */ strictListOf(readPoint, LIST_MAXIMA.scalePoints);

/** A scale of 2 to 11 points, lowest first, each value higher than the one before. */
const readScale: Reader<FeedbackScalePoint[]> = (value, path, log) => {
  const points = readPoints(value, path, log);
  if (!points) return undefined;
  if (points.length < 2) return log.add(path, 'must have at least 2 points');
  const out = points.findIndex((point, i) => i > 0 && point.value <= points[i - 1].value);
  return out < 0 ? points : log.add(childPath(childPath(path, out), 'value'), 'must be higher than the point before');
};

export const readFeedback: Reader<FeedbackSettings> = (value, path, log) => {
  const read = readFields<FeedbackSettings>(value, path, log, {
    endpoint: optional(readComplaintEndpoint),
    question: optional(readText),
    scale: optional(readScale),
    complaintUpTo: optional(readValue),
    about: optional(readText),
    privacyNotice: optional(webUrl),
    complaintUrl: optional(webUrl),
  });
  if (!read || read.complaintUpTo === undefined) return read;
  const values = (read.scale ?? [1, 2, 3, 4, 5].map((v) => ({ value: v }))).map((point) => point.value);
  return values.includes(read.complaintUpTo)
    ? read
    : log.add(childPath(path, 'complaintUpTo'), `must be a point of the scale: ${values.join(', ')}`);
};

export const sectionReaders: Pick<SectionReaders, 'feedback'> = { feedback: () => readFeedback };
