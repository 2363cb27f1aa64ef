import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect } from 'storybook/test';
import '../src/define/service-charter.js';
import '../src/define/service-promise.js';
import '../src/define/service-response-time.js';
import '../src/define/service-hours.js';
import { inShadow, renderedElement, STORY_NOW } from './story-helpers.js';

/** A format 2 promise (its `id` is added) and where it is shown. */
interface Args {
  promise: Record<string, unknown>;
  lang?: string;
  now: string;
  notices?: Record<string, unknown>[];
  /** Charter fields replacing the office hours, e.g. a working calendar with no hours. */
  calendars?: Record<string, unknown>;
}

const office = {
  weekly: Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri'].map((d) => [d, [['09:00', '17:00']]])),
};

/** A small format 2 charter around one promise, with a phone line, an email address, a desk and repairs. */
const charterOf = ({ promise, notices = [], calendars }: Args) => ({
  version: 2,
  timeZone: 'Europe/London',
  organisation: { name: 'Northwold District Council' },
  title: 'Our promise',
  ...(calendars ?? { calendars: { office }, hours: 'office' }),
  channels: [
    { id: 'phone', type: 'phone', name: 'Phone', contact: { phone: '01632 960000' } },
    { id: 'email', type: 'email', name: 'Email', contact: { email: 'help@northwold.example.gov.uk' } },
    { id: 'desk', type: 'in-person', name: 'Front desk' },
  ],
  services: [{ id: 'repairs', name: 'Repairs' }],
  promises: [{ id: 'p', ...promise }],
  notices,
});

const meta: Meta<Args> = {
  title: 'Format 2/Promises by kind',
  component: 'service-promise',
  args: { now: STORY_NOW },
  argTypes: { lang: { control: 'select', options: ['en', 'cy'] }, promise: { control: 'object' } },
  render: (args) =>
    html`<service-charter lang=${ifDefined(args.lang)} now=${args.now} .charter=${charterOf(args)}>
      <service-promise promise-id="p"></service-promise>
      <service-response-time promise-id="p"></service-response-time>
    </service-charter>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Checks the sentences the standalone promise and the reply-by element say. */
function says(promise: string, reply?: string): Story['play'] {
  return async ({ canvasElement }) => {
    const element = await renderedElement(canvasElement, 'service-charter > service-promise');
    await expect((await inShadow(element, '[part="promise"]')).textContent?.replace(/\s+/g, ' ')).toContain(promise);
    if (reply) {
      const response = await renderedElement(canvasElement, 'service-response-time');
      await expect((await inShadow(response, '[part="response"]')).textContent?.replace(/\s+/g, ' ')).toContain(reply);
    }
  };
}

/** A share and a time: "We aim to answer 80% of calls within 60 seconds." */
export const ShareOfCalls: Story = {
  args: { promise: { kind: 'answer', channel: 'phone', targets: [{ percent: 80, within: { seconds: 60 } }] } },
  play: says('We aim to answer 80% of calls within 60 seconds.', 'Call us now: we aim to answer 80% of calls'),
};

/** A share with no time: "We aim to answer 94% of calls." — never "within 0 seconds". */
export const ShareWithoutTime: Story = {
  args: { promise: { kind: 'answer', channel: 'phone', targets: [{ percent: 94 }] } },
  play: says('We aim to answer 94% of calls.'),
};

/** One promise, two deadlines: acknowledge, then reply in full counted from receipt. */
export const AcknowledgeThenReply: Story = {
  args: {
    promise: {
      kind: 'reply',
      channel: 'email',
      targets: [
        { kind: 'acknowledge', within: { workingDays: 2 } },
        { within: { workingDays: 10 }, countedFrom: 'receipt' },
      ],
    },
  },
  play: says(
    'reply in full within 10 working days of receiving it.',
    'Email us now and we aim to acknowledge it by Thursday 26 November at 5pm, and reply in full by Tuesday 8 December at 5pm',
  ),
};

/** The same in Welsh. */
export const AcknowledgeThenReplyInWelsh: Story = {
  args: { ...AcknowledgeThenReply.args, lang: 'cy' },
  play: says(
    'ac ateb yn llawn o fewn 10 diwrnod gwaith o’r adeg y daw i law.',
    'E-bostiwch ni nawr a’n nod yw ei gydnabod',
  ),
};

/** A minimum notice: "at least 24 hours’ notice", never "within 24 hours". */
export const MinimumNotice: Story = {
  args: { promise: { kind: 'notice', service: 'repairs', targets: [{ atLeast: { hours: 24 } }] } },
  play: says('We aim to give you at least 24 hours’ notice.'),
};

/** See you (no appointment), with a hedge kept. */
export const SeeYouUsuallySooner: Story = {
  args: {
    promise: { kind: 'see', channel: 'desk', targets: [{ within: { minutes: 20 } }], qualifier: 'usually sooner' },
  },
  play: says(
    'We aim to see you within 20 minutes, usually sooner.',
    'Visit us now and we aim to see you within 20 minutes',
  ),
};

/** Attend a repair with a guarantee paid automatically. */
export const AttendWithGuarantee: Story = {
  args: {
    promise: {
      kind: 'attend',
      service: 'repairs',
      targets: [{ within: { hours: 4 } }],
      guarantee: { amount: 50, condition: 'if we miss an appointment', automatic: true },
    },
  },
  play: says('If we miss an appointment, we will pay you £50 automatically.', 'Contact us now and we aim to attend by'),
};

/** A maximum: "within 15 working days (at most 35 working days if we need longer)". */
export const WithMaximum: Story = {
  args: {
    promise: {
      kind: 'reply',
      channel: 'email',
      targets: [{ within: { workingDays: 15 }, atMost: { workingDays: 35 } }],
    },
  },
  play: says('(at most 35 working days if we need longer)', 'at the latest if we need longer'),
};

/** Working days on the organisation's working calendar: the channel publishes no hours. */
export const WorkingCalendarNoHours: Story = {
  args: {
    promise: { kind: 'reply', channel: 'email', targets: [{ within: { workingDays: 5 } }] },
    calendars: { calendars: { week: { days: ['mon', 'tue', 'wed', 'thu', 'fri'] } }, workingCalendar: 'week' },
  },
  play: says(
    'We aim to reply in full to your email within 5 working days.',
    'Email us now and we aim to reply in full by',
  ),
};

/** A notice in force on the email channel, shown with the promise until its end. */
export const WithNotice: Story = {
  args: {
    promise: { kind: 'reply', channel: 'email', targets: [{ within: { workingDays: 5 } }] },
    notices: [
      { id: 'busy', text: 'We are very busy; replies may take longer.', until: '2027-01-08', channels: ['email'] },
    ],
  },
  play: says('Important: We are very busy; replies may take longer. Until Friday 8 January.'),
};
