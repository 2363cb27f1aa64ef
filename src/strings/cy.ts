import * as charter from './charter.js';
import * as complaintForm from './complaint-form.js';
import type { Strings } from './en.js';

/** Every fixed string in Welsh (Cymraeg). */
export const cy: Strings = { ...charter.cy, ...complaintForm.cy };
