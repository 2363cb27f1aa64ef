import { createContext } from '@lit/context';
import type { Charter } from '../core/charter-types.js';

/** What `<service-charter>` provides to the elements inside it. Replaced, never mutated. */
export interface CharterContextValue {
  charter: Charter;
}

export const charterContext = /* @__PURE__ */ createContext<CharterContextValue | undefined>(
  // Symbol.for: a copy of the library loaded from a CDN and one from npm share the key.
  Symbol.for('service-charter.charter'),
);

/**
 * Carried by every `<service-charter>`, whatever tag name it was registered under: while the
 * charter waits for a chunk it needs to read its document, `pending` settles when it has come.
 */
export const CHARTER_PROVIDER = Symbol.for('service-charter.provider');

/** What a `<service-charter>` carries under `CHARTER_PROVIDER`. */
export interface CharterProviderState {
  pending?: Promise<unknown>;
}

/** The nearest ancestor that is a `<service-charter>` (upgraded, or by its own tag name). */
export function enclosingCharter(element: Element): Element | undefined {
  for (let node = element.parentElement; node; node = node.parentElement)
    if (node.localName === 'service-charter' || CHARTER_PROVIDER in node) return node;
  return undefined;
}

/** True when an ancestor of the element is a `<service-charter>`. */
export const insideCharter = (element: Element): boolean => !!enclosingCharter(element);
