import { cy as complaintForm } from './cy/complaint-form.js';
import { cy as feedback } from './cy/feedback.js';
import { cy as hours } from './cy/hours.js';
import { cy as performance } from './cy/performance.js';
import { cy as scorecard } from './cy/scorecard.js';
import { cy as wait } from './cy/wait.js';

/** The Welsh strings of every element outside the charter's chunk (see cy.ts). */
export const cy = { ...hours, ...performance, ...complaintForm, ...wait, ...scorecard, ...feedback };
