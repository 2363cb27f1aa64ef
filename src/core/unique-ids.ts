import { childPath, type ProblemLog } from './problems.js';
import { isObject } from './readers.js';

/**
 * Reports every entry of a raw list whose `id` repeats an earlier one, and keeps only the
 * first of each id among the valid entries `read`.
 */
export function uniqueIds<T extends { id: string }>(read: T[], raw: unknown, path: string, log: ProblemLog): T[] {
  const firstAt = new Map<string, number>();
  if (Array.isArray(raw)) {
    raw.forEach((entry, index) => {
      const id = isObject(entry) ? entry.id : undefined;
      if (typeof id !== 'string') return;
      const first = firstAt.get(id);
      if (first === undefined) firstAt.set(id, index);
      else log.add(childPath(childPath(path, index), 'id'), `repeats the id of ${childPath(path, first)}: "${id}"`);
    });
  }
  const kept = new Set<string>();
  return read.filter((item) => !kept.has(item.id) && kept.add(item.id));
}
