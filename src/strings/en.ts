import * as charter from './charter.js';
import * as common from './common.js';
import * as complaintForm from './complaint-form.js';
import * as feedback from './feedback.js';
import * as figures from './figures.js';
import * as hours from './hours.js';
import * as improvements from './improvements.js';
import * as performance from './performance.js';
import * as policy from './policy.js';
import * as promises from './promises.js';
import * as scorecard from './scorecard.js';
import * as wait from './wait.js';

/**
 * Every fixed string the elements show, in English, gathered from one file per area.
 * Override any of them with an element's `strings` property.
 */
export const en = {
  ...common.en,
  ...policy.en,
  ...promises.en,
  ...figures.en,
  ...charter.en,
  ...hours.en,
  ...performance.en,
  ...complaintForm.en,
  ...feedback.en,
  ...wait.en,
  ...improvements.en,
  ...scorecard.en,
};

export type Strings = typeof en;
