import type { ScorecardStrings } from '../scorecard.js';

/** Welsh. Nouns after a number stay singular ("9 addewid"). */
export const cy: ScorecardStrings = {
  scorecardTitle: 'Sut wnaethom ni yn {period}',
  scorecardHeadline: { other: 'Fe wnaethom gadw {met} o’n # addewid yn {period}.' },
  scorecardMissed: 'Targed heb ei gyrraedd: {count}',
  scorecardNoTarget: 'Dim targed i’w fesur yn ei erbyn: {count}',
  scorecardNoFigure: 'Dim ffigur wedi’i gyhoeddi: {count}',
  scorecardPrevious: 'Yn {period} fe wnaethom gadw {met} o {total}.',
  scorecardNone: 'Nid oes ffigurau wedi’u cyhoeddi ar gyfer {period}.',
  scorecardNoFigureFor: 'Dim ffigur wedi’i gyhoeddi ar gyfer {period}.',
  scorecardPromises: 'Ein haddewidion',
  satisfaction: 'Beth rydych chi’n ei feddwl ohonom',
  scorecardTable: 'Tabl canlyniadau',
  scorecardCaption: 'Ein haddewidion yn {period}: wedi’u cyflawni yn erbyn y targed',
  columnMeasure: 'Beth rydym yn ei fesur',
  scorecardNoEarlier: 'Dim ffigur cynharach',
  columnChange: 'Newid ers y ffigur blaenorol',
};
