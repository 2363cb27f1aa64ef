import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define/service-charter.js';
import '../src/define/service-hours.js';
import welshCouncil from '../src/samples/welsh-council.json';
import { allDayHours, moments, officeHours } from './schedules.js';
import { props } from './story-helpers.js';

interface Args {
  now: string;
  schedule: typeof officeHours;
}

const meta: Meta<Args> = {
  title: 'Elements/service-hours',
  component: 'service-hours',
  args: { now: moments.open, schedule: officeHours },
  // Every other control (from custom-elements.json) is applied by props().
  render: ({ now, schedule, ...rest }) =>
    html`<service-hours ${props(rest)} now=${now} .schedule=${schedule}></service-hours>`,
};
export default meta;

type Story = StoryObj<Args>;

/** "Open now, closes at 5pm". */
export const Open: Story = {};

/** A quarter of an hour before closing. */
export const ClosingSoon: Story = { args: { now: moments.closingSoon } };

/** "Closed, opens tomorrow at 9am". */
export const ClosedOvernight: Story = { args: { now: moments.closedOvernight } };

/** "Closed for the bank holiday, opens Tuesday 29 December at 9am", from inline GOV.UK data. */
export const ClosedForABankHoliday: Story = { args: { now: moments.bankHoliday } };

/** "Open 24 hours". */
export const TwentyFourHours: Story = { args: { schedule: allDayHours } };

/** The hours of a Welsh council's service centre, inside its charter, in Welsh. */
export const WelshCharter: Story = {
  render: ({ now }) =>
    html`<service-charter lang="cy" now=${now} .charter=${welshCouncil}>
      <service-hours channel="hub" heading-level="3"></service-hours>
    </service-charter>`,
};
