import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/define/service-charter.js';
import '../src/define/service-you-said-we-did.js';
import type { Improvement } from '../src/core/charter-types.js';
import housingAssociation from '../src/samples/housing-association.json';
import bilingualHealthBoard from '../src/samples/bilingual-health-board.json';
import { expect } from 'storybook/test';
import { inShadow, props, renderedElement, shownText } from './story-helpers.js';

interface Args {
  improvements?: Improvement[];
  about?: string;
  'heading-level'?: number;
  /** A charter document around the element (its improvements are read from it). */
  charter?: unknown;
  /** The page's language around the element. */
  lang?: string;
  headingLevel?: number;
}

const meta: Meta<Args> = {
  title: 'Elements/service-you-said-we-did',
  component: 'service-you-said-we-did',
  tags: ['autodocs'],
  args: { 'heading-level': 2 },
  argTypes: {
    improvements: { control: 'object' },
    charter: { control: 'object' },
    lang: { control: 'select', options: ['en', 'cy'] },
    headingLevel: { table: { disable: true } },
  },
  render: ({ lang, charter, ...args }) => {
    const element = html`<service-you-said-we-did ${props(args)}></service-you-said-we-did>`;
    return html`<div lang=${ifDefined(lang)}>
      ${charter ? html`<service-charter .charter=${charter}>${element}</service-charter>` : element}
    </div>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

/** Checks the first entry's text includes `words`. */
const says =
  (selector: string, words: string): Story['play'] =>
  async ({ canvasElement }) => {
    const element = await renderedElement(canvasElement, 'service-you-said-we-did');
    await expect(shownText(await inShadow(element, selector))).toContain(words);
  };

/** A housing association's list, on its own page without the charter: what each is about needs the charter. */
export const OnItsOwn: Story = {
  args: { improvements: housingAssociation.improvements },
  play: says('[part="improvement"]', 'You told us: February 2026. Changed: June 2026.'),
};

/** Inside the charter, only what is about repairs, named by the service it is about. */
export const AboutOneService: Story = {
  args: { charter: housingAssociation, about: 'repairs', 'heading-level': 3 },
  play: says('[part="improvement"]', 'Repairs'),
};

/** A Welsh health board's list, in Welsh. */
export const Welsh: Story = {
  args: { lang: 'cy', improvements: bilingualHealthBoard.improvements },
  play: says('[part="improvement"]', 'Dywedoch wrthym: Mawrth 2026. Newidiwyd: Gorffennaf 2026.'),
};

/** Nothing published yet (about this service). */
export const Empty: Story = {
  args: { improvements: [] },
  play: says('[part="empty"]', 'No changes have been published yet.'),
};
