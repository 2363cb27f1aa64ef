/** Strings of "You said, we did" (<service-charter> and <service-you-said-we-did>), in English. */
export const en = {
  youSaidWeDid: 'You said, we did',
  youSaid: 'You said',
  weDid: 'We did',
  improvementWhen: 'When',
  /** `{said}` and `{done}` are a month ("March 2026") or a day ("14 March 2026") as published. */
  improvementSaidAndDone: 'You told us: {said}. Changed: {done}.',
  improvementDone: 'Changed: {done}.',
  improvementAbout: 'About',
  improvementsNone: 'No changes have been published yet.',
};

/** The shape of these strings: every language's table has it. */
export type ImprovementStrings = typeof en;

/** Welsh. */
export const cy: ImprovementStrings = {
  youSaidWeDid: 'Dywedoch chi, gwnaethom ni',
  youSaid: 'Dywedoch chi',
  weDid: 'Gwnaethom ni',
  improvementWhen: 'Pryd',
  improvementSaidAndDone: 'Dywedoch wrthym: {said}. Newidiwyd: {done}.',
  improvementDone: 'Newidiwyd: {done}.',
  improvementAbout: 'Ynglŷn â',
  improvementsNone: 'Nid oes newidiadau wedi’u cyhoeddi eto.',
};
