import type { PluralForms } from './format.js';

/** Strings of <service-scorecard>, in English. */
export const en = {
  scorecardTitle: 'How we did in {period}',
  /** By the number of promises (`#`); `{met}` of them met their target. */
  scorecardHeadline: {
    one: 'We met {met} of our # promise in {period}.',
    other: 'We met {met} of our # promises in {period}.',
  } as PluralForms,
  scorecardMissed: 'Target missed: {count}',
  scorecardNoTarget: 'No target to judge against: {count}',
  scorecardNoFigure: 'No figure published: {count}',
  /** The period before: "In Q2 2026 we met 6 of 9." */
  scorecardPrevious: 'In {period} we met {met} of {total}.',
  scorecardNone: 'No figures have been published for {period}.',
  scorecardNoFigureFor: 'No figure published for {period}.',
  scorecardPromises: 'Our promises',
  satisfaction: 'What you think of us',
  scorecardTable: 'Table of results',
  scorecardCaption: 'Our promises in {period}: achieved against target',
  columnMeasure: 'What we measure',
  scorecardNoEarlier: 'No earlier figure',
  columnChange: 'Change since the previous figure',
};

/** The shape of these strings: every language's table has it. */
export type ScorecardStrings = typeof en;

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
