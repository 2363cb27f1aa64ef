import { cy as charter } from './cy/charter.js';
import { cy as common } from './cy/common.js';
import { cy as complaintForm } from './cy/complaint-form.js';
import { cy as feedback } from './cy/feedback.js';
import { cy as figures } from './cy/figures.js';
import { cy as hours } from './cy/hours.js';
import { cy as improvements } from './cy/improvements.js';
import { cy as performance } from './cy/performance.js';
import { cy as policy } from './cy/policy.js';
import { cy as promises } from './cy/promises.js';
import { cy as scorecard } from './cy/scorecard.js';
import { cy as wait } from './cy/wait.js';
import type { Strings } from './en.js';

/**
 * Every fixed string in Welsh (Cymraeg). The elements import it only when one of them speaks
 * Welsh (see languages.ts), so English pages never fetch it.
 */
export const cy: Strings = {
  ...common,
  ...policy,
  ...promises,
  ...figures,
  ...charter,
  ...hours,
  ...performance,
  ...complaintForm,
  ...wait,
  ...improvements,
  ...scorecard,
  ...feedback,
};
