import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect } from 'storybook/test';
import '../src/define/service-charter.js';
import '../src/define/service-wait-time.js';
import { props } from './story-helpers.js';

/**
 * Every state of <service-wait-time>, with the figures injected through `feedData` and a
 * fixed `now`, so each story looks the same every time and needs no network.
 */
interface WaitArgs {
  feedData?: unknown;
  now: string;
  channel: string;
  lang?: string;
  paused?: boolean;
}

const UPDATED_AT = '2026-11-24T10:02:00Z';
const secondsLater = (seconds: number) => new Date(Date.parse(UPDATED_AT) + seconds * 1000).toISOString();
const figures = {
  updatedAt: UPDATED_AT,
  channels: {
    phone: { estimatedWaitSeconds: 240 },
    chat: { waiting: 3, agentsAvailable: 2, averageHandleSeconds: 300 },
  },
};

const meta: Meta<WaitArgs> = {
  title: 'Elements/service-wait-time',
  component: 'service-wait-time',
  args: { feedData: figures, now: secondsLater(20), channel: 'phone' },
  // Every other control (from custom-elements.json) is applied by props().
  render: ({ feedData, now, channel, lang, paused, ...rest }) =>
    html`<service-wait-time
      ${props(rest)}
      .feedData=${feedData}
      now=${now}
      channel=${channel}
      lang=${ifDefined(lang)}
      ?paused=${paused}
      time-zone="Europe/London"
    ></service-wait-time>`,
};
export default meta;

type Story = StoryObj<WaitArgs>;

/** Checks the main line of the first wait element in the story. */
function says(figure: string): Story['play'] {
  return async ({ canvasElement }) => {
    const element = canvasElement.querySelector('service-wait-time')!;
    await element.updateComplete;
    await expect(element.shadowRoot!.querySelector('[part="figure"]')!.textContent).toBe(figure);
  };
}

/** A fresh figure from the feed's own estimate: "About 4 minutes to answer a call, updated 20 seconds ago". */
export const Live: Story = { play: says('About 4 minutes to answer a call') };

/** A chat queue: the wait is computed from queue length, agents and handle time. */
export const ComputedFromQueue: Story = {
  args: { channel: 'chat' },
  play: says('About 10 minutes to answer a chat'),
};

/** Older than its max age (120 s by default): still shown, flagged as possibly out of date. */
export const Stale: Story = { args: { now: secondsLater(200) }, play: says('About 4 minutes to answer a call') };

/** Older than the hiding limit (five max ages): the number is hidden. */
export const VeryStale: Story = {
  args: { now: secondsLater(900) },
  play: says('The current wait time is not available right now.'),
};

/** The figures are on their way (`feedData` null, or the first request still pending). */
export const Connecting: Story = { args: { feedData: null }, play: says('Checking the current wait…') };

/** No figure for this channel (or no feed at all, or a feed that keeps failing). */
export const Unavailable: Story = {
  args: { feedData: { updatedAt: UPDATED_AT, channels: {} } },
  play: says('The current wait time is not available right now.'),
};

/** Automatic updates paused (WCAG 2.2.2): the age is shown as a clock time, and the button resumes. */
export const Paused: Story = { args: { paused: true }, play: says('About 4 minutes to answer a call') };

/** In Welsh, from `lang="cy"`. */
export const Welsh: Story = {
  args: { lang: 'cy', now: secondsLater(120) },
  play: says('Tua 4 munud i ateb galwad'),
};

const phoneLines = {
  version: 1,
  organisation: { name: 'Northwold District Council' },
  title: 'Phone',
  channels: [
    {
      id: 'phone',
      type: 'phone',
      name: 'Phone',
      hours: { timeZone: 'Europe/London', weekly: { mon: [['09:00', '17:00']], tue: [['09:00', '17:00']] } },
    },
  ],
};

/** Outside opening hours (from the charter): no figure, and when lines open. Tuesday 7:30am here. */
export const Closed: Story = {
  args: { now: '2026-11-24T07:30:00Z' },
  render: (args) =>
    html`<service-charter .charter=${phoneLines} now=${args.now}>
      <service-wait-time channel="phone" .feedData=${args.feedData}></service-wait-time>
    </service-charter>`,
  play: says('Lines are closed.'),
};
