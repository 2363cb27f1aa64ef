import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/define/service-scorecard.js';
import type { CharterPromise, SatisfactionMeasure } from '../src/core/charter-types.js';
import { parseCharter } from '../src/core/parse-charter.js';
import housingAssociation from '../src/samples/housing-association.json';
import bilingualHealthBoard from '../src/samples/bilingual-health-board.json';
import { expect } from 'storybook/test';
import { inShadow, props, renderedElement, shownText } from './story-helpers.js';

const housing = parseCharter(structuredClone(housingAssociation));
const health = parseCharter(structuredClone(bilingualHealthBoard));

interface Args {
  promises?: CharterPromise[];
  satisfaction?: SatisfactionMeasure[];
  period?: string;
  'heading-level'?: number;
  'table-open'?: boolean;
  /** The page's language around the element. */
  lang?: string;
  // In custom-elements.json, hidden from the controls below.
  headingLevel?: number;
  tableOpen?: boolean;
}

const meta: Meta<Args> = {
  title: 'Elements/service-scorecard',
  component: 'service-scorecard',
  tags: ['autodocs'],
  args: { 'heading-level': 2, 'table-open': false },
  argTypes: {
    promises: { control: 'object' },
    satisfaction: { control: 'object' },
    lang: { control: 'select', options: ['en', 'cy'] },
    headingLevel: { table: { disable: true } },
    tableOpen: { table: { disable: true } },
  },
  render: ({ lang, ...args }) =>
    html`<div lang=${ifDefined(lang)}><service-scorecard ${props(args)}></service-scorecard></div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Checks the scorecard's headline (or its empty message) says `words`. */
const says =
  (selector: string, words: string): Story['play'] =>
  async ({ canvasElement }) => {
    const element = await renderedElement(canvasElement, 'service-scorecard');
    await expect(shownText(await inShadow(element, selector)).trim()).toBe(words);
  };

/**
 * A housing association's October 2026: two promises met, one missed, one with no figure
 * (never counted as met), the month before, and its annual tenant satisfaction survey.
 */
export const LatestMonth: Story = {
  args: { promises: housing.promises, satisfaction: housing.satisfaction },
  play: says('[part="headline"]', 'We met 2 of our 4 promises in October 2026.'),
};

/** A period chosen by the page, as published: September, compared with nothing before it. */
export const ChosenPeriod: Story = {
  args: { ...LatestMonth.args, period: '2026-09' },
  play: says('[part="headline"]', 'We met 1 of our 4 promises in September 2026.'),
};

/** A period nothing was published for: said plainly, not a row of misses. */
export const NothingPublishedForPeriod: Story = {
  args: { ...LatestMonth.args, period: '2026-Q3' },
  play: says('[part="empty"]', 'No figures have been published for Q3 2026.'),
};

/** The table of results open: the same content, one row per promise and survey measure. */
export const TableOpen: Story = {
  args: { ...LatestMonth.args, 'table-open': true },
};

/** Figures without targets: shown, but judged neither met nor missed. */
export const NoTargets: Story = {
  args: {
    promises: [
      {
        id: 'letters',
        kind: 'reply',
        text: 'Letters answered within 15 working days',
        targets: [],
        performance: {
          unit: 'count',
          better: 'higher',
          periods: [
            { period: '2025', achieved: 1180 },
            { period: '2026', achieved: 1342 },
          ],
        },
      },
    ],
  },
  play: says('[part="headline"]', 'We met 0 of our 1 promise in 2026.'),
};

/** Only survey results published so far. */
export const SatisfactionOnly: Story = {
  args: { promises: [], satisfaction: housing.satisfaction },
};

/** No figures published yet. */
export const Empty: Story = {
  args: { promises: housing.promises.map(({ performance, ...promise }) => (void performance, promise)) },
  play: says('[part="empty"]', 'No figures published yet'),
};

/** A Welsh health board's quarter, in Welsh: "Ch3 2026". */
export const Welsh: Story = {
  args: { lang: 'cy', promises: health.promises, satisfaction: health.satisfaction },
  play: says('[part="headline"]', 'Fe wnaethom gadw 2 o’n 3 addewid yn Ch3 2026.'),
};
