import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, waitFor } from 'storybook/test';
import type { ServiceComplaintForm } from '../src/components/service-complaint-form/service-complaint-form.js';
import { parseCharter } from '../src/core/parse-charter.js';
import '../src/define/service-complaint-form.js';
import { inShadow, props, whileOffline } from './story-helpers.js';
import type { ComplaintSubmitEvent } from '../src/events/complaint-events.js';
import districtCouncil from '../src/samples/district-council.json';
import welshCouncil from '../src/samples/welsh-council.json';

/** Every story shows this moment, so the receipt's dates are the same on every day. */
const NOW = '2026-11-24T10:30:00Z';
/** Endpoints that answer without a network: a receipt, and a 2xx without a reference (retried). */
const ANSWERS_WITH_REFERENCE = 'data:application/json,{"reference":"NDC-2026-000042"}';
const ANSWERS_WITHOUT_REFERENCE = 'data:application/json,{}';

interface FormArgs {
  endpoint: string;
  lang?: string;
  welsh?: boolean;
  'retry-delay'?: number;
  'max-attempts'?: number;
  onSubmit?: (event: ComplaintSubmitEvent) => void;
}

const meta: Meta<FormArgs> = {
  title: 'Elements/service-complaint-form',
  component: 'service-complaint-form',
  args: { endpoint: ANSWERS_WITH_REFERENCE },
  // Every other control (from custom-elements.json) is applied by props().
  render: ({ welsh, endpoint, lang, 'retry-delay': retryDelay, 'max-attempts': maxAttempts, onSubmit, ...rest }) =>
    html`<service-complaint-form
      ${props(rest)}
      .parsedCharter=${parseCharter(welsh ? welshCouncil : districtCouncil)}
      endpoint=${endpoint}
      now=${NOW}
      draft-storage="none"
      lang=${ifDefined(lang)}
      retry-delay=${ifDefined(retryDelay)}
      max-attempts=${ifDefined(maxAttempts)}
      @service-complaint-submit=${(event: ComplaintSubmitEvent) => onSubmit?.(event)}
    ></service-complaint-form>`,
};
export default meta;

type Story = StoryObj<FormArgs>;

const formIn = (canvasElement: HTMLElement) =>
  canvasElement.querySelector<ServiceComplaintForm>('service-complaint-form')!;

/** Fills the form as a person would (each value followed by an input event), then sends it. */
async function fillAndSend(form: ServiceComplaintForm, kind: string, options: { anonymous?: boolean } = {}) {
  const control = (id: string) => form.shadowRoot!.getElementById(id) as HTMLInputElement;
  const type = (id: string, value: string) => {
    control(id).value = value;
    control(id).dispatchEvent(new Event('input', { bubbles: true }));
  };
  await form.updateComplete;
  control(`kind-${kind}`).click();
  await form.updateComplete;
  type('details', 'The bin on Mill Lane was missed on Monday and again on Thursday.');
  if (kind === 'complaint') type('outcome', 'Collect it this week, please.');
  if (options.anonymous) control('anonymous').click();
  else {
    type('name', 'Sam Jones');
    type('email', 'sam@example.com');
  }
  if (control('consent')) control('consent').click();
  await form.updateComplete;
  (form.shadowRoot!.querySelector('button[type="submit"]') as HTMLButtonElement).click();
}

/** Before anything is typed: the policy up front, then the form. */
export const Empty: Story = {
  play: async ({ canvasElement }) => {
    const policy = await inShadow(formIn(canvasElement), '[part="complaints"]');
    await expect(policy.textContent).toContain('Local Government and Social Care Ombudsman');
  },
};

/** Sent empty: each error by its field and in the focused summary. */
export const Errors: Story = {
  play: async ({ canvasElement }) => {
    const form = formIn(canvasElement);
    (await inShadow(form, 'button[type="submit"]')).click();
    const summary = await inShadow(form, '.error-summary');
    await waitFor(() => expect(form.shadowRoot!.activeElement).toBe(summary));
  },
};

/** Sending: the host page took the submission over and has not answered yet. */
export const Sending: Story = {
  args: {
    onSubmit: (event) => {
      event.preventDefault();
      event.respondWith(new Promise(() => undefined));
    },
  },
  play: async ({ canvasElement }) => {
    const form = formIn(canvasElement);
    await fillAndSend(form, 'complaint');
    await waitFor(async () => expect((await inShadow(form, 'button[type="submit"]')).textContent).toContain('Sending'));
  },
};

/** Retrying: the endpoint's answer had no reference, so it is tried again later with the same key. */
export const Retrying: Story = {
  args: { endpoint: ANSWERS_WITHOUT_REFERENCE, 'retry-delay': 3_600_000 },
  play: async ({ canvasElement }) => {
    const form = formIn(canvasElement);
    await fillAndSend(form, 'complaint');
    await expect((await inShadow(form, '[part="notice"]')).textContent).toContain('trying again');
  },
};

/** Stalled: out of automatic attempts; the text is kept and the person can try again. */
export const Stalled: Story = {
  args: { endpoint: ANSWERS_WITHOUT_REFERENCE, 'max-attempts': 1 },
  play: async ({ canvasElement }) => {
    const form = formIn(canvasElement);
    await fillAndSend(form, 'complaint');
    await inShadow(form, '[part="notice"] button');
  },
};

/**
 * Offline: the browser reports no connection, so nothing is sent and the text waits. The
 * story pretends `navigator.onLine` is false just long enough to reach this state.
 */
export const Offline: Story = {
  play: async ({ canvasElement }) => {
    const form = formIn(canvasElement);
    await whileOffline(async () => {
      await fillAndSend(form, 'complaint');
      await expect((await inShadow(form, '[part="notice"]')).textContent).toContain('offline');
    });
  },
};

/** Received: the reference and the dates to expect, from the moment of submission. */
export const Success: Story = {
  play: async ({ canvasElement }) => {
    const form = formIn(canvasElement);
    await fillAndSend(form, 'complaint');
    await expect((await inShadow(form, '[part="reference"]')).textContent).toBe('NDC-2026-000042');
    await inShadow(form, '[part="deadlines"] time');
  },
};

/** A compliment: no outcome asked for, and no deadlines on the receipt. */
export const Compliment: Story = {
  play: async ({ canvasElement }) => {
    const form = formIn(canvasElement);
    await fillAndSend(form, 'compliment');
    await expect((await inShadow(form, '[part="receipt"]')).textContent).toContain('Compliment received');
  },
};

/** Anonymous, where the policy allows it: no contact details asked for. */
export const Anonymous: Story = {
  play: async ({ canvasElement }) => {
    const form = formIn(canvasElement);
    await fillAndSend(form, 'comment', { anonymous: true });
    await inShadow(form, '[part="receipt"]');
  },
};

/** In Welsh, with the Welsh council's bilingual policy. */
export const Welsh: Story = {
  args: { lang: 'cy', welsh: true },
  play: async ({ canvasElement }) => {
    const legend = await inShadow(formIn(canvasElement), 'legend');
    await expect(legend.textContent).toBe('Beth hoffech chi ei wneud?');
  },
};
