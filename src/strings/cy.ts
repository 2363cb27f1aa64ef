import { cy as charter } from './cy/charter.js';
import { cy as common } from './cy/common.js';
import { cy as figures } from './cy/figures.js';
import { cy as improvements } from './cy/improvements.js';
import { cy as policy } from './cy/policy.js';
import { cy as promises } from './cy/promises.js';

/**
 * The Welsh (Cymraeg) strings of the elements in the charter's chunk (`<service-charter>` and
 * `<service-promise>`). Imported only when an element speaks Welsh (see languages.ts), so
 * English pages never fetch it; the other elements' Welsh is in cy-more.ts, which a page with
 * only a charter never fetches.
 */
export const cy = { ...common, ...policy, ...promises, ...figures, ...charter, ...improvements };
