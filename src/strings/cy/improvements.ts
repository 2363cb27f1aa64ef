import type { ImprovementStrings } from '../improvements.js';

/** Welsh. */
export const cy: ImprovementStrings = {
  youSaidWeDid: 'Dywedoch chi, gwnaethom ni',
  youSaid: 'Dywedoch chi',
  weDid: 'Gwnaethom ni',
  changedWhen: 'Pryd',
  saidAndDone: 'Dywedoch wrthym: {said}. Newidiwyd: {done}.',
  changedOn: 'Newidiwyd: {done}.',
  aboutThis: 'Ynglŷn â',
  noChanges: 'Nid oes newidiadau wedi’u cyhoeddi eto.',
};
