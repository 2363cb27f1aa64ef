import * as charter from './charter.js';
import * as common from './common.js';
import * as complaintForm from './complaint-form.js';
import * as feedback from './feedback.js';
import * as figures from './figures.js';
import * as hours from './hours.js';
import * as performance from './performance.js';
import * as policy from './policy.js';
import * as promises from './promises.js';
import * as wait from './wait.js';
import type { Strings } from './en.js';

/** Every fixed string in Welsh (Cymraeg). */
export const cy: Strings = {
  ...common.cy,
  ...policy.cy,
  ...promises.cy,
  ...figures.cy,
  ...charter.cy,
  ...hours.cy,
  ...performance.cy,
  ...complaintForm.cy,
  ...feedback.cy,
  ...wait.cy,
};
