import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, unsafeCSS } from 'lit';
import { expect } from 'storybook/test';
import '../src/define/service-charter.js';
import '../src/define/service-hours.js';
import districtCouncil from '../src/samples/district-council.json';
import { inShadow, renderedElement, STORY_NOW } from './story-helpers.js';

/**
 * The two worked themes of docs/theming.md on a real charter: the same CSS, scoped to the
 * story by a class. Themes use only the `--service-*` custom properties and `::part`.
 */
const THEMES = {
  govuk: `
    .govuk service-charter {
      color-scheme: light;
      background: #ffffff;
      --service-font-family: 'GDS Transport', arial, sans-serif;
      --service-font-size: 1.1875rem;
      --service-color-text: #0b0c0c;
      --service-color-muted: #505a5f;
      --service-color-link: #1d70b8;
      --service-color-accent: #1d70b8;
      --service-color-border: #b1b4b6;
      --service-color-focus: #ffdd00;
      --service-color-success: #00703c;
      --service-color-error: #d4351c;
      --service-space: 1.25rem;
      --service-radius: 0;
    }
    .govuk service-charter::part(header) { border-block-end-width: 5px; }
    .govuk service-charter::part(channel) { border: 1px solid #b1b4b6; border-top: 5px solid #1d70b8; }`,
  brand: `
    .brand {
      --brand-purple: #6b2c91;
      --brand-purple-light: #d7b8ec;
    }
    .brand service-charter {
      --service-font-family: 'Nunito', system-ui, sans-serif;
      /* Light or dark as the page is (its color-scheme), like the built-in colours: a
         prefers-color-scheme query would give light purple on a light page in dark mode. */
      --service-color-accent: light-dark(var(--brand-purple), var(--brand-purple-light));
      --service-color-link: light-dark(var(--brand-purple), var(--brand-purple-light));
      --service-color-focus: #ffbf47;
      --service-radius: 0.75rem;
      --service-space: 1.25rem;
    }
    .brand service-charter::part(header) { border-block-end-width: 6px; }
    .brand service-charter::part(channel) { box-shadow: 0 2px 8px rgb(0 0 0 / 0.12); }`,
};

interface ThemeArgs {
  theme: keyof typeof THEMES | 'none';
}

const meta: Meta<ThemeArgs> = {
  title: 'Theming',
  args: { theme: 'none' },
  argTypes: { theme: { control: 'select', options: ['none', 'govuk', 'brand'] } },
  render: ({ theme }) =>
    html`<style>
        ${theme === 'none' ? '' : unsafeCSS(THEMES[theme])}
      </style>
      <div class=${theme}>
        <service-charter .charter=${districtCouncil} now=${STORY_NOW}>
          <service-hours channel="phone" heading-level="3"></service-hours>
        </service-charter>
      </div>`,
};
export default meta;

type Story = StoryObj<ThemeArgs>;

/** Checks the header rule's width and the link colour the theme gives on a light or a dark page. */
function themed(ruleWidth: string, linkColour: { light: string; dark: string }): Story['play'] {
  return async ({ canvasElement }) => {
    const charter = await renderedElement(canvasElement, 'service-charter');
    const header = await inShadow(charter, '[part~="header"]');
    await expect(getComputedStyle(header).borderBottomWidth).toBe(ruleWidth);
    const link = await inShadow(charter, 'a');
    const scheme = getComputedStyle(charter).colorScheme === 'dark' ? 'dark' : 'light';
    await expect(getComputedStyle(link).color).toBe(linkColour[scheme]);
  };
}

/** The built-in look: GOV.UK-like defaults. */
export const Default: Story = {};

/**
 * GOV.UK-like: GDS Transport where the page loads it, GOV.UK colours, the 5px blue rule. GOV.UK
 * has no dark mode, so the theme keeps the charter light, on its own white, on a dark page too.
 */
export const GovUkLike: Story = {
  args: { theme: 'govuk' },
  play: themed('5px', { light: 'rgb(29, 112, 184)', dark: 'rgb(29, 112, 184)' }),
};

/** A housing association's purple brand, rounded cards, with its own dark-mode colours. */
export const Brand: Story = {
  args: { theme: 'brand' },
  play: themed('6px', { light: 'rgb(107, 44, 145)', dark: 'rgb(215, 184, 236)' }),
};
