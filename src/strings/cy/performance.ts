import { welshMonthNamesShort } from './date-names.js';
import type { PerformanceStrings } from '../performance.js';

/** Welsh. */
export const cy: PerformanceStrings = {
  performance: 'Pa mor dda rydym yn cadw’r addewid hwn',
  figuresLoading: 'Wrthi’n llwytho ffigurau perfformiad…',
  figuresLoaded: 'Mae’r ffigurau perfformiad wedi’u llwytho.',
  figuresNetworkError:
    'Nid oedd modd llwytho’r ffigurau perfformiad diweddaraf. Gwiriwch eich cysylltiad a rhowch gynnig arall arni.',
  figuresNotJson: 'Nid oedd modd darllen y ffigurau perfformiad: nid yw’r ffeil yn JSON dilys.',
  figuresNoColumns:
    'Nid oedd modd darllen y ffigurau perfformiad: nid oes gan y ffeil y colofnau promise, period ac achieved.',
  figuresFromCharter: 'Y ffigurau isod yw’r rhai a gyhoeddwyd yn y siarter.',
  figuresProblems: 'Nid oedd modd darllen rhai ffigurau ac nid ydynt yn cael eu dangos:',
  latest: 'Diweddaraf',
  trend: '{direction} ers {period}, pan oedd yn {figure}.',
  improving: 'Yn gwella',
  worsening: 'Yn gwaethygu',
  steady: 'Dim newid',
  higherIsBetter: 'Gorau po uchaf.',
  lowerIsBetter: 'Gorau po isaf.',
  chartLabel: 'Siart o {measure} o {first} i {last}.',
  chartLabelOne: 'Siart o {measure} ar gyfer {first}.',
  chartTheseFigures: 'y ffigurau hyn',
  chartTarget: {
    other: 'Cyrhaeddwyd y targed mewn # o {judged} cyfnod.',
  },
  chartTable: 'Mae pob ffigur yn y tabl ffigurau.',
  tableToggle: 'Tabl ffigurau',
  tableCaption: '{measure}: wedi’i gyflawni yn erbyn y targed fesul cyfnod',
  columnPeriod: 'Cyfnod',
  columnAchieved: 'Wedi’i gyflawni',
  columnTarget: 'Targed',
  columnResult: 'Canlyniad',
  noFigure: 'Dim ffigur',
  noTarget: 'Dim targed',
  notJudged: 'Heb ei fesur yn erbyn targed',
  legendAchieved: 'Wedi’i gyflawni',
  legendTarget: 'Targed',
  monthsShort: welshMonthNamesShort,
  axis: {
    percent: 'Y cant',
    seconds: 'Eiliadau',
    minutes: 'Munudau',
    days: 'Diwrnodau',
    count: 'Nifer',
  },
};
