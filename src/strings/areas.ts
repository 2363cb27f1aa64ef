/**
 * Each area's built-in tables, English and Welsh side by side, for tooling or to build an
 * element's overrides (the elements themselves import the Welsh only when needed).
 */
import { en as charterEn } from './charter.js';
import { cy as charterCy } from './cy/charter.js';
import { en as commonEn } from './common.js';
import { cy as commonCy } from './cy/common.js';
import { en as complaintFormEn } from './complaint-form.js';
import { cy as complaintFormCy } from './cy/complaint-form.js';
import { en as feedbackEn } from './feedback.js';
import { cy as feedbackCy } from './cy/feedback.js';
import { en as figuresEn } from './figures.js';
import { cy as figuresCy } from './cy/figures.js';
import { en as formWordsEn } from './form-words.js';
import { cy as formWordsCy } from './cy/form-words.js';
import { en as hoursEn } from './hours.js';
import { cy as hoursCy } from './cy/hours.js';
import { en as improvementsEn } from './improvements.js';
import { cy as improvementsCy } from './cy/improvements.js';
import { en as performanceEn } from './performance.js';
import { cy as performanceCy } from './cy/performance.js';
import { en as policyEn } from './policy.js';
import { cy as policyCy } from './cy/policy.js';
import { en as promiseEn } from './promises.js';
import { cy as promiseCy } from './cy/promises.js';
import { en as scorecardEn } from './scorecard.js';
import { cy as scorecardCy } from './cy/scorecard.js';
import { en as waitEn } from './wait.js';
import { cy as waitCy } from './cy/wait.js';

export const charterStrings = { en: charterEn, cy: charterCy };
export const commonStrings = { en: commonEn, cy: commonCy };
export const complaintFormStrings = { en: complaintFormEn, cy: complaintFormCy };
export const feedbackStrings = { en: feedbackEn, cy: feedbackCy };
export const figuresStrings = { en: figuresEn, cy: figuresCy };
export const formWords = { en: formWordsEn, cy: formWordsCy };
export const hoursStrings = { en: hoursEn, cy: hoursCy };
export const improvementStrings = { en: improvementsEn, cy: improvementsCy };
export const performanceStrings = { en: performanceEn, cy: performanceCy };
export const policyStrings = { en: policyEn, cy: policyCy };
export const promiseStrings = { en: promiseEn, cy: promiseCy };
export const scorecardStrings = { en: scorecardEn, cy: scorecardCy };
export const waitStrings = { en: waitEn, cy: waitCy };
