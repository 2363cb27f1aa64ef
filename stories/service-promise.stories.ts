import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect } from 'storybook/test';
import type { ServicePromiseData } from '../src/core/charter-types.js';
import '../src/define/service-charter.js';
import '../src/define/service-promise.js';
import districtCouncil from '../src/samples/district-council.json';
import type { Strings } from '../src/strings/index.js';
import { inShadow, props, renderedElement, STORY_NOW } from './story-helpers.js';

interface PromiseArgs {
  promise?: ServicePromiseData;
  'promise-id'?: string;
  now: string;
  lang?: string;
  strings?: Partial<Strings>;
  // In custom-elements.json, hidden from the controls below.
  promiseId?: string;
  clock?: unknown;
}

const meta: Meta<PromiseArgs> = {
  title: 'Elements/service-promise',
  component: 'service-promise',
  args: { now: STORY_NOW },
  argTypes: {
    promise: { control: 'object' },
    now: { control: 'text' },
    // Set through the `promise-id` attribute and `now`; a clock object has no control.
    promiseId: { table: { disable: true } },
    clock: { table: { disable: true } },
    lang: { control: 'select', options: ['en', 'cy'] },
  },
  // Every other control (from custom-elements.json) is applied by props().
  render: ({ promise, 'promise-id': promiseId, now, lang, strings, ...rest }) =>
    html`<service-promise
      ${props(rest)}
      .promise=${promise}
      promise-id=${ifDefined(promiseId)}
      now=${now}
      lang=${ifDefined(lang)}
      .strings=${strings ?? {}}
    ></service-promise>`,
};
export default meta;

type Story = StoryObj<PromiseArgs>;

const answerCalls: ServicePromiseData = {
  id: 'answer-calls',
  channel: 'phone',
  text: { en: 'We answer your call quickly.', cy: 'Rydym yn ateb eich galwad yn gyflym.' },
  target: { seconds: 20 },
  performance: {
    measure: { en: 'calls answered within 20 seconds', cy: 'galwadau a atebwyd o fewn 20 eiliad' },
    unit: 'percent',
    better: 'higher',
    periods: [
      { period: '2026-Q2', achieved: 82, target: 85 },
      { period: '2026-Q3', achieved: 87, target: 85 },
    ],
  },
};

/** Checks what the promise says in its target and performance lines. */
function says(target: string, performance?: string): Story['play'] {
  return async ({ canvasElement }) => {
    const promise = await renderedElement(canvasElement, 'service-promise');
    await expect((await inShadow(promise, '[part="target"]')).textContent).toContain(target);
    if (performance) await expect((await inShadow(promise, '[part="performance"]')).textContent).toContain(performance);
    else await expect(promise.shadowRoot!.querySelector('[part="performance"]')).toBeNull();
  };
}

/** Standalone (the `promise` property, no charter): the latest figure meets its target. */
export const Met: Story = {
  args: { promise: answerCalls },
  play: says('within 20 seconds', 'Target met'),
};

/** The latest figure misses its target: said in words and drawn in a different shape. */
export const Missed: Story = {
  args: {
    promise: {
      id: 'answer-email',
      channel: 'email',
      text: 'We answer your email in full.',
      target: { workingDays: 5 },
      performance: {
        measure: 'emails answered within 5 working days',
        unit: 'percent',
        better: 'higher',
        periods: [{ period: '2026-Q3', achieved: 78, target: 85 }],
      },
    },
  },
  play: says('within 5 working days', 'Target missed'),
};

/** A promise with no published figures: its text and target only. */
export const NoFigures: Story = {
  args: {
    promise: { id: 'web-forms', channel: 'web', text: 'We reply to online forms.', target: { workingDays: 5 } },
  },
  play: says('within 5 working days'),
};

/** Lower is better (an average wait in minutes): 12 minutes meets a target of 15. */
export const LowerIsBetter: Story = {
  args: {
    promise: {
      id: 'visit',
      channel: 'office',
      text: 'We see you at the customer service centre.',
      target: { minutes: 15 },
      performance: {
        measure: 'average wait',
        unit: 'minutes',
        better: 'lower',
        periods: [{ period: '2026-10', achieved: 12, target: 15 }],
      },
    },
  },
  play: says('within 15 minutes', 'Target met'),
};

/** Lower is better, missed: 19 minutes against a target of 15. */
export const LowerIsBetterMissed: Story = {
  args: {
    promise: {
      ...LowerIsBetter.args!.promise!,
      performance: {
        ...LowerIsBetter.args!.promise!.performance!,
        periods: [{ period: '2026-10', achieved: 19, target: 15 }],
      },
    },
  },
  play: says('within 15 minutes', 'Target missed'),
};

/** A figure reported without a target: no verdict, just the figure. */
export const FigureWithoutTarget: Story = {
  args: {
    promise: {
      ...answerCalls,
      performance: { ...answerCalls.performance!, periods: [{ period: '2026-Q3', achieved: 91 }] },
    },
  },
  play: async (context) => {
    await says('within 20 seconds', '91')!(context);
    const promise = await renderedElement(context.canvasElement, 'service-promise');
    await expect(promise.shadowRoot!.querySelector('.verdict')).toBeNull();
  },
};

/** Welsh: `lang="cy"` gives the Welsh text and strings. */
export const Welsh: Story = {
  args: { promise: answerCalls, lang: 'cy' },
  play: says('20 eiliad', '87'),
};

/** Inside a `<service-charter>`, by `promise-id`: the promise comes from the charter's context. */
export const FromCharter: Story = {
  args: { 'promise-id': 'answer-email' },
  render: (args, context) =>
    html`<service-charter .charter=${districtCouncil} now=${args.now}>
      <h3>Featured promise</h3>
      ${meta.render!(args, context)}
    </service-charter>`,
  play: async ({ canvasElement }) => {
    const promise = await renderedElement(canvasElement, 'service-charter > service-promise');
    await expect((await inShadow(promise, '[part="text"]')).textContent).toContain('We answer your email in full.');
  },
};
