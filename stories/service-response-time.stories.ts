import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define/service-charter.js';
import '../src/define/service-response-time.js';
import welshCouncil from '../src/samples/welsh-council.json';
import { allDayHours, moments, officeHours } from './schedules.js';
import { props } from './story-helpers.js';

interface Args {
  now: string;
  channel: string;
  target: string;
  schedule: typeof officeHours;
}

const meta: Meta<Args> = {
  title: 'Elements/service-response-time',
  component: 'service-response-time',
  args: { now: moments.open, channel: 'email', target: '{"workingDays": 5}', schedule: officeHours },
  // Every other control (from custom-elements.json) is applied by props().
  render: ({ now, channel, target, schedule, ...rest }) =>
    html`<service-response-time
      ${props(rest)}
      now=${now}
      channel=${channel}
      target=${target}
      .schedule=${schedule}
    ></service-response-time>`,
};
export default meta;

type Story = StoryObj<Args>;

/** "Email us now and we aim to reply by Tuesday 1 December at 5pm". */
export const Open: Story = {};

/** Before closing, a same-day promise: "by 5pm today". */
export const ClosingSoon: Story = { args: { now: moments.closingSoon, target: '{"workingDays": 0}' } };

/** Overnight, one working hour: "by tomorrow at 10am". */
export const ClosedOvernight: Story = {
  args: { now: moments.closedOvernight, channel: 'web-form', target: '{"businessHours": 1}' },
};

/** On Christmas Day, with Monday a bank holiday too: "by Tuesday 29 December at 5pm". */
export const ClosedForABankHoliday: Story = { args: { now: moments.bankHoliday, target: '{"workingDays": 0}' } };

/** A helpline open round the clock: four working hours are four hours. */
export const TwentyFourHours: Story = {
  args: { now: moments.closedOvernight, channel: 'phone', target: '{"businessHours": 4}', schedule: allDayHours },
};

/** A promise from a Welsh council's charter, in Welsh. */
export const WelshCharter: Story = {
  render: ({ now }) =>
    html`<service-charter lang="cy" now=${now} .charter=${welshCouncil}>
      <service-response-time promise-id="reply-email"></service-response-time>
    </service-charter>`,
};
