import type { PluralForms } from './format.js';

/** Strings of <service-performance>, in English. */
export const en = {
  performance: 'How well we keep this promise',
  figuresLoading: 'Loading performance figures…',
  figuresLoaded: 'Performance figures loaded.',
  figuresNetworkError: 'The latest performance figures could not be loaded. Check your connection and try again.',
  figuresNotJson: 'The performance figures could not be read: the file is not valid JSON.',
  figuresNoColumns:
    'The performance figures could not be read: the file does not have the columns promise, period and achieved.',
  figuresFromCharter: 'The figures below are the ones published in the charter.',
  figuresProblems: 'Some figures could not be read and are not shown:',
  latest: 'Latest',
  trend: '{direction} since {period}, when it was {figure}.',
  improving: 'Improving',
  worsening: 'Getting worse',
  steady: 'No change',
  higherIsBetter: 'Higher is better.',
  lowerIsBetter: 'Lower is better.',
  chartLabel: 'Chart of {measure} from {first} to {last}.',
  chartLabelOne: 'Chart of {measure} for {first}.',
  /** `{measure}` in the chart's name when the measure is written in another language (a name has one language). */
  chartTheseFigures: 'these figures',
  chartTarget: {
    one: 'The target was met in # of {judged} period.',
    other: 'The target was met in # of {judged} periods.',
  } as PluralForms,
  chartTable: 'Every figure is in the table of figures.',
  tableToggle: 'Table of figures',
  tableCaption: '{measure}: achieved against target by period',
  columnPeriod: 'Period',
  columnAchieved: 'Achieved',
  columnTarget: 'Target',
  columnResult: 'Result',
  noFigure: 'No figure',
  noTarget: 'No target',
  notJudged: 'Not measured against a target',
  legendAchieved: 'Achieved',
  legendTarget: 'Target',
  monthsShort: [] as string[],
  axis: {
    percent: 'Per cent',
    seconds: 'Seconds',
    minutes: 'Minutes',
    days: 'Days',
    count: 'Number',
  } as Record<string, string>,
};

/** The shape of these strings: every language's table has it. */
export type PerformanceStrings = typeof en;
