// Lit's update cycle stays free of side effects: an element starts no request while it works
// out what to render (willUpdate); it does so once the update is done.
import { expect, html } from '@open-wc/testing';
import '../../src/define/all.js';
import type { ServiceHours } from '../../src/components/service-hours/service-hours.js';
import type { ServiceResponseTime } from '../../src/components/service-response-time/service-response-time.js';
import type { ServiceComplaintForm } from '../../src/components/service-complaint-form/service-complaint-form.js';
import { endpoint, fillValid, planEndpoint, renderForm, resetEndpoint, submit } from '../complaint-helpers.js';
import { render, until } from '../helpers.js';

const weekdays = { mon: [['09:00', '17:00']], tue: [['09:00', '17:00']] } as const;

describe('the update cycle', () => {
  const original = window.fetch;
  afterEach(() => (window.fetch = original));

  for (const tag of ['service-hours', 'service-response-time'] as const) {
    it(`<${tag}> fetches a standalone schedule's bank holidays after its update, not in willUpdate`, async () => {
      const calls: { url: string; updating: boolean }[] = [];
      window.fetch = (input, init) => {
        const element = document.querySelector<ServiceHours | ServiceResponseTime>(tag);
        calls.push({ url: String(input), updating: !!element?.isUpdatePending });
        return original(input, init);
      };
      const url = `${location.origin}/test-api/bank-holidays/feed?id=cycle-${tag}-${Math.random()}`;
      const schedule = {
        timeZone: 'Europe/London',
        weekly: weekdays,
        bankHolidays: { division: 'england-and-wales', url },
      };
      await render(
        tag === 'service-hours'
          ? html`<service-hours now="2026-12-28T10:00:00Z" .schedule=${schedule}></service-hours>`
          : html`<service-response-time
              now="2026-12-28T10:00:00Z"
              target='{"workingDays": 1}'
              .schedule=${schedule}
            ></service-response-time>`,
      );
      await until(() => calls.some((call) => call.url === url));
      expect(calls.filter((call) => call.url === url)).to.deep.equal([{ url, updating: false }]);
    });
  }

  it('<service-complaint-form> reports a stall and resumes a saved submission after its update', async () => {
    await resetEndpoint();
    await planEndpoint(['refuse']);
    const first = await renderForm({ 'max-attempts': '1' });
    await fillValid(first);
    const stalls: boolean[] = [];
    first.addEventListener('service-complaint-failed', (event) => {
      if (event.reason === 'stalled') stalls.push(first.isUpdatePending);
    });
    await submit(first);
    await until(() => stalls.length > 0);
    expect(stalls, 'the stall is reported once the update is done').to.deep.equal([false]);
    first.remove();

    const sends: boolean[] = [];
    window.fetch = (input, init) => {
      if (String(input).includes(endpoint)) {
        sends.push(!!document.querySelector<ServiceComplaintForm>('service-complaint-form')?.isUpdatePending);
      }
      return original(input, init);
    };
    const second = await renderForm();
    await until(() => second.shadowRoot!.querySelector('[part="receipt"]'));
    expect(sends[0], 'the saved submission is sent once the update is done').to.equal(false);
  });
});
