import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/define/service-performance.js';
import type { Performance, ServicePromiseData } from '../src/core/charter-types.js';
import type { FiguresDocument } from '../src/core/performance-figures.js';
import { props } from './story-helpers.js';

/** Every story's data is inline, so every story renders the same way each time. */
const promise = (id: string, text: string, performance?: Performance): ServicePromiseData => ({
  id,
  channel: 'phone',
  text,
  target: { seconds: 20 },
  performance,
});

const monthly = (from: [number, number], figures: (number | null)[], target: (index: number) => number) =>
  figures.map((achieved, i) => {
    const month = from[1] - 1 + i;
    const period = `${from[0] + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`;
    return { period, achieved, target: target(i) };
  });

const calls: Performance = {
  measure: 'Calls answered within 20 seconds',
  unit: 'percent',
  better: 'higher',
  periods: monthly([2025, 11], [79, 74, 78, 81, 83, 80, 82, 86, 88, 84, 89, 87], (i) => (i < 5 ? 80 : 85)),
};

const complaints: Performance = {
  measure: 'Complaints answered within 10 working days',
  unit: 'percent',
  better: 'higher',
  periods: [
    { period: '2025-Q4', achieved: 71, target: 80 },
    { period: '2026-Q1', achieved: 76, target: 80 },
    { period: '2026-Q2', achieved: 82, target: 80 },
    { period: '2026-Q3', achieved: 85, target: 80 },
  ],
};

const averageWait: Performance = {
  measure: 'Average wait to answer a call',
  unit: 'seconds',
  better: 'lower',
  periods: monthly([2025, 11], [61, 48, 39, 36, 42, 38, 31, 27, 33, 31, 29, 26], () => 30),
};

interface Args {
  promise?: ServicePromiseData;
  figures?: FiguresDocument | Promise<FiguresDocument>;
  src?: string;
  'promise-id'?: string;
  'table-open'?: boolean;
  'heading-level'?: number;
  /** The page's language around the element. */
  lang?: string;
  // In custom-elements.json, hidden from the controls below.
  headingLevel?: number;
  tableOpen?: boolean;
  promiseId?: string;
}

const meta: Meta<Args> = {
  title: 'Elements/service-performance',
  component: 'service-performance',
  tags: ['autodocs'],
  args: { 'heading-level': 3, 'table-open': false },
  argTypes: {
    promise: { control: 'object' },
    figures: { control: 'object' },
    lang: { control: 'select', options: ['en', 'cy'] },
    // Set through their attributes above.
    headingLevel: { table: { disable: true } },
    tableOpen: { table: { disable: true } },
    promiseId: { table: { disable: true } },
  },
  render: ({ lang, ...args }) =>
    html`<div lang=${ifDefined(lang)}><service-performance ${props(args)}></service-performance></div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** A council's year of monthly call figures; the target rose from 80% to 85% in April. */
export const MonthlyCalls: Story = {
  args: {
    promise: promise('answer-calls', 'We answer your call quickly.', calls),
  },
};

/** A quarterly complaints measure. */
export const QuarterlyComplaints: Story = {
  args: {
    promise: promise('complaints', 'We answer complaints on time.', complaints),
  },
};

/** Months without a figure are gaps: in the line, the chart and the table. */
export const MissingData: Story = {
  args: {
    promise: promise('answer-calls', 'We answer your call quickly.', {
      ...calls,
      periods: calls.periods.map((p) =>
        ['2026-01', '2026-02', '2026-07'].includes(p.period) ? { ...p, achieved: null } : p,
      ),
    }),
  },
};

/** Average wait in seconds: lower is better, so 28 seconds against 30 is met. */
export const LowerIsBetter: Story = {
  args: {
    promise: promise('average-wait', 'We keep your wait short.', averageWait),
  },
};

/** One period only: a point, no trend. */
export const SinglePeriod: Story = {
  args: {
    promise: promise('acknowledge-email', 'We acknowledge your email.', {
      measure: 'Emails acknowledged within 2 working days',
      unit: 'percent',
      better: 'higher',
      periods: [{ period: '2026-Q3', achieved: 96, target: 95 }],
    }),
  },
};

/** Several measures at once, with the table shown beneath each chart. */
export const SeveralMeasuresTableOpen: Story = {
  args: {
    'table-open': true,
    figures: { promises: { 'answer-calls': calls, complaints } } satisfies FiguresDocument,
  },
};

/** While figures from `src` (or the host) are on their way. */
export const Loading: Story = {
  // A promise that never settles: set here, not as an arg, as a control cannot hold it.
  render: () =>
    html`<service-performance .figures=${new Promise<FiguresDocument>(() => undefined)}></service-performance>`,
};

/** The figures could not be loaded: said plainly, with a way to try again. */
export const LoadError: Story = {
  args: { src: 'data:' },
};

/** A file with a malformed row: the row is named, every other row is shown. */
export const MalformedRow: Story = {
  args: {
    src: `data:text/csv,${encodeURIComponent(
      'promise,period,achieved,target,unit,better,measure\r\n' +
        'complaints,2026-Q1,76%,80%,percent,higher,Complaints answered within 10 working days\r\n' +
        'complaints,2026-Q2,eighty-two,80%,,,\r\n' +
        'complaints,2026-Q3,85%,80%,,,\r\n',
    )}`,
  },
};

/** No figures published yet. */
export const Empty: Story = {
  args: { promise: promise('visit', 'We see you at the centre.') },
};

/** In Welsh, from the page's `lang`. */
export const Welsh: Story = {
  args: {
    lang: 'cy',
    promise: promise('answer-calls', 'Rydym yn ateb eich galwad yn gyflym.', {
      ...calls,
      measure: { en: 'Calls answered within 20 seconds', cy: 'Galwadau a atebwyd o fewn 20 eiliad' },
    }),
  },
};
