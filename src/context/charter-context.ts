import { createContext } from '@lit/context';
import type { Charter } from '../core/charter-types.js';

/** What `<service-charter>` provides to the elements inside it. Replaced, never mutated. */
export interface CharterContextValue {
  charter: Charter;
}

export const charterContext = createContext<CharterContextValue | undefined>(
  // Symbol.for: a copy of the library loaded from a CDN and one from npm share the key.
  Symbol.for('service-charter.charter'),
);
