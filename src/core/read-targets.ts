/**
 * Targets of promises, complaint stages and access offers (format 2): a time, a share of
 * cases, a minimum notice, a range or a maximum, and where each clock starts.
 * @module
 */
import {
  PROMISE_KINDS,
  type CountedFrom,
  type Duration,
  type PromiseKind,
  type PromiseTarget,
} from './charter-model.js';
import { LIST_MAXIMA, tooLong } from './limits.js';
import { childPath, type ProblemLog } from './problems.js';
import { DURATION_UNITS, durationReader } from './read-schedule.js';
import { collectFields, numberReader, oneOf, optional, type Reader } from './readers.js';

type TargetFields = Omit<PromiseTarget, 'kind' | 'countedFrom'> & { kind?: PromiseKind; countedFrom?: CountedFrom };

const readDuration = /* @__PURE__ */ durationReader<Duration>(DURATION_UNITS);

/** A duration's single unit and amount. */
export const unitOf = (duration: Duration): [string, number] => Object.entries(duration)[0] as [string, number];

/** Checks that `bound` is in the same unit as `within` and on the right side of it. */
function checkBound(target: TargetFields, bound: 'atLeast' | 'atMost', path: string, log: ProblemLog): boolean {
  const value = target[bound];
  if (!value) return true;
  const at = childPath(path, bound);
  if (!target.within) {
    return bound === 'atMost' ? (log.add(at, 'needs "within": it is how far "within" may be extended') ?? false) : true;
  }
  const [unit, amount] = unitOf(value);
  const [withinUnit, withinAmount] = unitOf(target.within);
  if (unit !== withinUnit) return log.add(at, `must be in the same unit as "within" (${withinUnit})`) ?? false;
  if (bound === 'atLeast' && amount >= withinAmount)
    return log.add(at, 'must be less than "within": together they are a range') ?? false;
  if (bound === 'atMost' && amount < withinAmount) return log.add(at, 'must not be less than "within"') ?? false;
  return true;
}

/**
 * The checks that involve more than one field of a target, on the fields as `written`
 * (so a field that is there but invalid is not also reported missing); every failure is logged.
 */
function checkTarget(
  target: TargetFields,
  written: TargetFields,
  kind: PromiseKind,
  first: boolean,
  path: string,
  log: ProblemLog,
): boolean {
  const problems: [string, string][] = [];
  const timed = 'within' in written || 'atLeast' in written;
  if (!timed && !('percent' in written)) problems.push([path, 'needs "within", "atLeast" or "percent"']);
  if (kind === 'notice' && ('within' in written || !('atLeast' in written)))
    problems.push([path, 'a notice is a minimum: use "atLeast" (e.g. {"hours": 24}), not "within"']);
  if (kind !== 'notice' && 'atLeast' in written && !('within' in written))
    problems.push([
      childPath(path, 'atLeast'),
      'alone is a minimum notice: use kind "notice", or add "within" for a range',
    ]);
  if (first && target.countedFrom === 'previous')
    problems.push([childPath(path, 'countedFrom'), 'must be "receipt" on the first target: nothing comes before it']);
  if (!first && timed && !target.countedFrom)
    problems.push([childPath(path, 'countedFrom'), 'is required after the first target: "receipt" or "previous"']);
  for (const [at, message] of problems) log.add(at, message);
  const bounds = [checkBound(target, 'atLeast', path, log), checkBound(target, 'atMost', path, log)];
  return problems.length === 0 && bounds.every(Boolean);
}

const TARGET_FIELDS = ['kind', 'within', 'atLeast', 'atMost', 'percent', 'countedFrom'];

function readTarget(defaultKind: PromiseKind, first: boolean): Reader<PromiseTarget> {
  return (value, path, log) => {
    const read = collectFields<TargetFields>(value, path, log, {
      kind: optional(oneOf(PROMISE_KINDS)),
      within: optional(readDuration),
      atLeast: optional(readDuration),
      atMost: optional(readDuration),
      percent: optional(numberReader({ max: 100 })),
      countedFrom: optional(oneOf(['receipt', 'previous'] as const)),
    });
    if (!read) return undefined;
    const kind = read.fields.kind ?? defaultKind;
    const written = value as TargetFields;
    const valid = checkTarget(read.fields, written, kind, first, path, log);
    // A known field that is written but invalid leaves the whole target out.
    const complete =
      Object.keys(read.fields).length === Object.keys(written).filter((key) => TARGET_FIELDS.includes(key)).length;
    return valid && complete ? { ...read.fields, kind, countedFrom: read.fields.countedFrom ?? 'receipt' } : undefined;
  };
}

/** A list of targets whose kind defaults to `defaultKind`; all must be valid, or the list is left out. */
export function targetsReader(defaultKind: PromiseKind): Reader<PromiseTarget[]> {
  const first = readTarget(defaultKind, true);
  const later = readTarget(defaultKind, false);
  return (value, path, log) => {
    if (!Array.isArray(value)) return log.add(path, 'must be a list');
    const long = tooLong(value, LIST_MAXIMA.targets);
    if (long) return log.add(path, long);
    const targets = Array.from(value, (entry: unknown, index) =>
      (index === 0 ? first : later)(entry, childPath(path, index), log),
    );
    return targets.every((target) => target !== undefined) ? (targets as PromiseTarget[]) : undefined;
  };
}
