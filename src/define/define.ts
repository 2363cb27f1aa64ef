import { ContextRoot } from '@lit/context';

/** Marks a document whose context root is attached, by whichever copy of the library came first. */
const CONTEXT_ROOT = Symbol.for('service-charter.context-root');

/**
 * In a plain HTML page the elements are already in the document when they are defined, and
 * an element inside `<service-charter>` may upgrade first and ask for the charter before
 * anyone provides it. A context root keeps such requests and replays them when the
 * provider connects.
 */
function attachContextRoot(): void {
  if (typeof document === 'undefined') return;
  const marked = document as unknown as Record<symbol, boolean>;
  if (marked[CONTEXT_ROOT]) return;
  marked[CONTEXT_ROOT] = true;
  new ContextRoot().attach(document.documentElement);
}

/** Registers an element once: loading the same or another build twice is harmless. */
export function define(tag: string, element: CustomElementConstructor): void {
  attachContextRoot();
  if (!customElements.get(tag)) customElements.define(tag, element);
}
