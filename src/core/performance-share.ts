/**
 * A promise's share of cases as the target its published percentages are judged against:
 * "answer 80% of calls within 60 seconds" makes 80% the target of every period that does
 * not name its own.
 * @module
 */
import type { CharterPromise, Performance } from './charter-model.js';

/** The promise's share (its first target with a `percent`), or undefined. */
export const promiseShare = (promise: Pick<CharterPromise, 'targets'>): number | undefined =>
  promise.targets.find((target) => target.percent !== undefined)?.percent;

/**
 * The figures with the promise's share as the target of each percentage period that has
 * none; the same object when there is nothing to add.
 */
export function withShareTarget(
  performance: Performance | undefined,
  promise: Pick<CharterPromise, 'targets'> | undefined,
): Performance | undefined {
  const share = promise && promiseShare(promise);
  if (!performance || share === undefined || performance.unit !== 'percent') return performance;
  if (performance.periods.every((period) => period.target !== undefined)) return performance;
  return {
    ...performance,
    periods: performance.periods.map((period) => (period.target === undefined ? { ...period, target: share } : period)),
  };
}
