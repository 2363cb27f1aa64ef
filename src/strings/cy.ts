import * as charter from './charter.js';
import * as wait from './wait.js';
import type { Strings } from './en.js';

/** Every fixed string in Welsh (Cymraeg). */
export const cy: Strings = { ...charter.cy, ...wait.cy };
