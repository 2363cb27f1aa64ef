import { ContextRoot } from '@lit/context';

/** Marks a document whose context root is attached, by whichever copy of the library came first. */
const CONTEXT_ROOT = Symbol.for('service-charter.context-root');

/**
 * Elements may be registered in any order and under any tag names: a child that upgrades
 * before its `<service-charter>` asks for the charter before anyone provides it. A context
 * root on the document keeps such requests and replays them when the provider connects.
 * Every element attaches it (once per document) as it connects, so this does not depend on
 * how, or by whom, the elements were registered.
 */
export function attachContextRoot(document: Document | undefined): void {
  if (!document?.documentElement) return;
  const marked = document as unknown as Record<symbol, boolean>;
  if (marked[CONTEXT_ROOT]) return;
  marked[CONTEXT_ROOT] = true;
  new ContextRoot().attach(document.documentElement);
}
