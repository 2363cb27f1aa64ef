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
