import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, waitFor } from 'storybook/test';
import type { ServiceFeedback } from '../src/components/service-feedback/service-feedback.js';
import { parseCharter } from '../src/core/parse-charter.js';
import '../src/define/service-feedback.js';
import bilingualHealthBoard from '../src/samples/bilingual-health-board.json';
import { inShadow, props, shownText, whileOffline } from './story-helpers.js';

/** Endpoints that answer without a network: a receipt, and a 2xx without a reference (retried). */
const ANSWERS_WITH_REFERENCE = 'data:application/json,{"reference":"FB-2026-000042"}';
const ANSWERS_WITHOUT_REFERENCE = 'data:application/json,{}';

interface FeedbackArgs {
  endpoint: string;
  'promise-id'?: string;
  channel?: string;
  lang?: string;
  'retry-delay'?: number;
  'max-attempts'?: number;
}

const meta: Meta<FeedbackArgs> = {
  title: 'Elements/service-feedback',
  component: 'service-feedback',
  args: { endpoint: ANSWERS_WITH_REFERENCE, 'promise-id': 'see-you' },
  // Every other control (from custom-elements.json) is applied by props().
  render: ({ endpoint, lang, 'retry-delay': retryDelay, 'max-attempts': maxAttempts, ...rest }) =>
    html`<service-feedback
      ${props(rest)}
      .parsedCharter=${parseCharter(bilingualHealthBoard)}
      endpoint=${endpoint}
      complaint-href="#complaint-form"
      draft-storage="none"
      lang=${lang ?? 'en'}
      retry-delay=${ifDefined(retryDelay)}
      max-attempts=${ifDefined(maxAttempts)}
    ></service-feedback>`,
};
export default meta;

type Story = StoryObj<FeedbackArgs>;

const feedbackIn = (canvasElement: HTMLElement) => canvasElement.querySelector<ServiceFeedback>('service-feedback')!;

/** Chooses an answer and types a comment as a resident would, then sends it unless told not to. */
async function answer(element: ServiceFeedback, value: string, options: { send?: boolean } = {}) {
  await element.updateComplete;
  (await inShadow(element, `#answer-${value}`)).click();
  const comment = (await inShadow(element, '#comment')) as HTMLTextAreaElement;
  comment.value = 'The nurse was kind, but I waited longer than you said.';
  comment.dispatchEvent(new Event('input', { bubbles: true }));
  await element.updateComplete;
  if (options.send !== false) (await inShadow(element, 'button[type="submit"]')).click();
}

/** Beside a promise, before anything is chosen: the question, the promise's words, the comment box. */
export const Empty: Story = {
  play: async ({ canvasElement }) => {
    const legend = await inShadow(feedbackIn(canvasElement), 'legend');
    await expect(legend.textContent).toBe('Did we keep this promise?');
  },
};

/** Sent with nothing chosen: the focused error summary and the question's error. */
export const Errors: Story = {
  play: async ({ canvasElement }) => {
    const element = feedbackIn(canvasElement);
    (await inShadow(element, 'button[type="submit"]')).click();
    const summary = await inShadow(element, '.error-summary');
    await waitFor(() => expect(element.shadowRoot!.activeElement).toBe(summary));
  },
};

/** "No" chosen: the complaint form is offered before anything is sent. */
export const NoOffersComplaint: Story = {
  play: async ({ canvasElement }) => {
    const element = feedbackIn(canvasElement);
    await answer(element, 'no', { send: false });
    await expect(shownText(await inShadow(element, '[part="complaint-offer"]'))).toContain('make a complaint');
  },
};

/**
 * Sending: the endpoint has not answered yet. The story holds `fetch` unanswered just long
 * enough to reach this state, as a slow network would.
 */
export const Sending: Story = {
  play: async ({ canvasElement }) => {
    const element = feedbackIn(canvasElement);
    const fetch = window.fetch;
    window.fetch = () => new Promise(() => undefined);
    try {
      await answer(element, 'partly');
      await waitFor(async () =>
        expect((await inShadow(element, 'button[type="submit"]')).textContent).toContain('Sending'),
      );
    } finally {
      window.fetch = fetch;
    }
  },
};

/** Retrying: the endpoint's answer had no reference, so it is tried again later with the same key. */
export const Retrying: Story = {
  args: { endpoint: ANSWERS_WITHOUT_REFERENCE, 'retry-delay': 3_600_000 },
  play: async ({ canvasElement }) => {
    const element = feedbackIn(canvasElement);
    await answer(element, 'yes');
    await waitFor(async () =>
      expect((await inShadow(element, '[part="notice"]')).textContent).toContain('trying again'),
    );
  },
};

/** Stalled: out of automatic attempts; the answer is kept and the resident can try again. */
export const Stalled: Story = {
  args: { endpoint: ANSWERS_WITHOUT_REFERENCE, 'max-attempts': 1 },
  play: async ({ canvasElement }) => {
    const element = feedbackIn(canvasElement);
    await answer(element, 'yes');
    await inShadow(element, '[part="notice"] button');
  },
};

/** Offline: nothing is sent and the answer waits. The story pretends `navigator.onLine` is false just long enough. */
export const Offline: Story = {
  play: async ({ canvasElement }) => {
    const element = feedbackIn(canvasElement);
    await whileOffline(async () => {
      await answer(element, 'partly');
      await expect((await inShadow(element, '[part="notice"]')).textContent).toContain('offline');
    });
  },
};

/** Has `fetch` answer every request with `response`, as an endpoint would, while `act` runs. */
async function whileAnswering(response: () => Response, act: () => Promise<void>) {
  const fetch = window.fetch;
  window.fetch = async () => response();
  try {
    await act();
  } finally {
    window.fetch = fetch;
  }
}

/** Refused: a 400, which is not retried; the resident is told what to do, and the answer stays. */
export const Refused: Story = {
  play: async ({ canvasElement }) => {
    const element = feedbackIn(canvasElement);
    await whileAnswering(
      () => new Response('{"message":"Not accepted"}', { status: 400 }),
      async () => {
        await answer(element, 'yes');
        const notice = await inShadow(element, '.notice-error');
        await expect(notice.getAttribute('role')).toBe('alert');
        await expect(shownText(notice)).toContain('check it and try again, or contact us another way. “Not accepted”');
      },
    );
  },
};

/** Refused with a problem details body (a 413): its `detail` is shown, in Welsh here. */
export const RefusedProblemDetails: Story = {
  args: { lang: 'cy' },
  play: async ({ canvasElement }) => {
    const element = feedbackIn(canvasElement);
    const problem = { type: 'about:blank', title: 'Payload Too Large', status: 413, detail: 'Mae’r sylw yn rhy hir' };
    await whileAnswering(
      () =>
        new Response(JSON.stringify(problem), { status: 413, headers: { 'Content-Type': 'application/problem+json' } }),
      async () => {
        await answer(element, 'partly');
        const notice = await inShadow(element, '.notice-error');
        await expect(shownText(notice)).toContain('“Mae’r sylw yn rhy hir” (Cod gwall 413)');
      },
    );
  },
};

/** Sent by the page itself: it cancels `service-feedback-submit` and responds with its own reference; nothing is fetched. */
export const SentByPage: Story = {
  args: { endpoint: 'https://endpoint.invalid/never-used' },
  play: async ({ canvasElement }) => {
    const element = feedbackIn(canvasElement);
    element.addEventListener('service-feedback-submit', (event) => {
      event.preventDefault();
      event.respondWith({ reference: 'CRM-7' });
    });
    await answer(element, 'yes');
    await inShadow(element, '[part="receipt"]');
  },
};

/** A channel the charter does not have: the problem, in words, instead of a question about nothing. */
export const UnknownChannel: Story = {
  args: { 'promise-id': '', channel: 'fax' },
  play: async ({ canvasElement }) => {
    const problem = await inShadow(feedbackIn(canvasElement), '[part="problem"]');
    await expect(problem.textContent).toBe('There is no channel "fax" in this charter.');
  },
};

/** Sent after "No": the thanks, what happens to answers, and the complaint form offered again. */
export const Sent: Story = {
  play: async ({ canvasElement }) => {
    const element = feedbackIn(canvasElement);
    await answer(element, 'no');
    await expect(shownText(await inShadow(element, '[part="receipt-panel"]'))).toContain('Your answer: No');
    await inShadow(element, '[part="receipt"] [part="complaint-offer"] a');
  },
};

/** A channel rated on the charter's own 1–5 scale. */
export const Satisfaction: Story = {
  args: { 'promise-id': '', channel: 'phone' },
  play: async ({ canvasElement }) => {
    const legend = await inShadow(feedbackIn(canvasElement), 'legend');
    await expect(legend.textContent).toBe('How satisfied were you with our service?');
  },
};

/** In Welsh: the built-in question and the charter's Welsh scale. */
export const Welsh: Story = {
  args: { 'promise-id': '', channel: 'phone', lang: 'cy' },
  play: async ({ canvasElement }) => {
    const element = feedbackIn(canvasElement);
    await answer(element, '1', { send: false });
    await expect(shownText(await inShadow(element, '[part="complaint-offer"]'))).toContain('gwnewch gŵyn');
  },
};
