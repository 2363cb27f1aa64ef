/** Strings of "You said, we did" (<service-charter> and <service-you-said-we-did>), in English. */
export const en = {
  youSaidWeDid: 'You said, we did',
  youSaid: 'You said',
  weDid: 'We did',
  changedWhen: 'When',
  /** `{said}` and `{done}` are a month ("March 2026") or a day ("14 March 2026") as published. */
  saidAndDone: 'You told us: {said}. Changed: {done}.',
  changedOn: 'Changed: {done}.',
  aboutThis: 'About',
  noChanges: 'No changes have been published yet.',
};

/** The shape of these strings: every language's table has it. */
export type ImprovementStrings = typeof en;
