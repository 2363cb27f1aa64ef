import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/all.js';
import type { ServiceComplaintForm } from '../../src/components/service-complaint-form/service-complaint-form.js';
import type {
  ComplaintFailedEvent,
  ComplaintSentEvent,
  ComplaintSubmitEvent,
} from '../../src/events/complaint-events.js';
import {
  complaintCharter,
  endpoint,
  endpointState,
  field,
  fillValid,
  planEndpoint,
  renderForm,
  resetEndpoint,
  submit,
  type,
} from '../complaint-helpers.js';
import { allInShadow, copy, deepText, inShadow, samples, settle, until } from '../helpers.js';
import { ManualClock } from '../manual-clock.js';

const focused = (element: Element) => element.shadowRoot!.activeElement;
const receiptText = (element: Element) =>
  deepText(inShadow(element, '[part="receipt"]') ?? document.createElement('p'));

describe('<service-complaint-form>', () => {
  beforeEach(async () => {
    sessionStorage.clear();
    localStorage.clear();
    await resetEndpoint();
  });

  it('shows the policy up front, stores nothing before typing and leaves the page title alone', async () => {
    document.title = 'Contact us';
    const element = await renderForm();
    await expect(element).to.be.accessible();
    const policy = deepText(inShadow(element, '[part="complaints"]')!);
    expect(policy).to.contain('We will acknowledge your complaint within 3 working days.');
    expect(policy).to.contain('We will respond within 20 working days of acknowledging it.');
    expect(inShadow<HTMLAnchorElement>(element, '[part="complaints"] a')!.href).to.equal('https://www.lgo.org.uk/');
    expect(sessionStorage.length).to.equal(0);
    await submit(element);
    expect(document.title).to.equal('Contact us');
  });

  it('shows every error only on submit, in a focused summary linking to each field', async () => {
    const element = await renderForm();
    type(element, 'details', ' ');
    await settle(element);
    expect(inShadow(element, '.error-summary')).to.equal(null);
    await submit(element);
    const summary = inShadow(element, '.error-summary')!;
    expect(focused(element)).to.equal(summary);
    const links = allInShadow<HTMLAnchorElement>(element, '.error-summary a');
    expect(links.map((link) => link.textContent)).to.deep.equal([
      'Select whether you want to make a complaint, pay a compliment or make a comment',
      'Tell us what happened',
      'Enter your full name',
      'Enter an email address or a phone number, so we can reply',
      'Confirm that you agree to how we use your details',
    ]);
    links[1].click();
    expect(focused(element)).to.equal(field(element, 'details'));
    expect(field(element, 'details').getAttribute('aria-describedby')).to.contain('details-error');
    expect(deepText(inShadow(element, '#details-error')!)).to.equal('Error: Tell us what happened');
    expect(inShadow(element, '#details-error .visually-hidden')!.textContent).to.equal('Error:');
    links[3].click();
    expect(focused(element)).to.equal(field(element, 'email'));
    await expect(element).to.be.accessible();
  });

  it('checks each field by its rules', async () => {
    const element = await renderForm();
    await fillValid(element);
    const wrong = {
      details: 'x'.repeat(5001),
      outcome: '',
      when: '2026-11-25',
      email: 'sam@example',
      phone: 'call me',
    };
    for (const [id, value] of Object.entries(wrong)) type(element, id, value);
    field(element, 'consent').click();
    await submit(element);
    expect(allInShadow(element, '.error-summary a').map((link) => link.getAttribute('href'))).to.deep.equal([
      '#details',
      '#outcome',
      '#when',
      '#email',
      '#phone',
      '#consent',
    ]);
    expect(deepText(inShadow(element, '#when-error')!)).to.contain('today or in the past');
    expect(deepText(inShadow(element, '#details-error')!)).to.contain('5,000 characters or fewer');
    expect(deepText(element.shadowRoot!.querySelector('#details ~ .count')!)).to.equal('You have 1 character too many');
  });

  it('does not let a half-typed date pass as no date', async () => {
    const element = await renderForm();
    await fillValid(element);
    field(element, 'when').focus();
    await sendKeys({ type: '12' });
    await submit(element);
    expect(deepText(inShadow(element, '#when-error')!)).to.equal('Error: Enter a real date, for example 27 March 2026');
  });

  it('announces the character count once typing pauses for a second of its clock, not on every keystroke', async () => {
    const element = await renderForm();
    const clock = new ManualClock(Date.parse('2026-11-24T10:00:00Z'));
    element.clock = clock;
    const status = inShadow(element, '[role="status"]')!;
    type(element, 'details', 'Hel');
    clock.advance(900);
    type(element, 'details', 'Hello');
    clock.advance(999);
    await settle(element);
    expect(status.textContent).to.equal('');
    clock.advance(1);
    await settle(element);
    expect(status.textContent).to.equal('You have 4,995 characters remaining');
  });

  it('asks only for what each kind needs, and allows anonymous messages where the policy does', async () => {
    const element = await renderForm();
    field(element, 'kind-compliment').click();
    await settle(element);
    expect(inShadow(element, '#outcome')).to.equal(null);
    expect(inShadow(element, 'label[for="details"]')!.textContent).to.equal('What would you like to tell us?');
    field(element, 'anonymous').click();
    await settle(element);
    expect(inShadow(element, '#email')).to.equal(null);
    type(element, 'details', 'The new library is lovely.');
    field(element, 'consent').click();
    await submit(element);
    await until(() => inShadow(element, '[part="receipt"]'));
    const [{ body }] = (await endpointState()).stored;
    expect(body).to.include({ kind: 'compliment', anonymous: true, details: 'The new library is lovely.' });
    expect(body.contact).to.equal(undefined);
    await expect(element).to.be.accessible();
  });

  it('goes from first field to receipt by keyboard alone', async () => {
    const element = await renderForm();
    field(element, 'kind-complaint').focus();
    await sendKeys({ press: ' ' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'My bin was missed.' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Collect it.' });
    // Past the optional service, date (one stop per date part) and anonymous choice.
    for (let stops = 0; focused(element) !== field(element, 'name') && stops < 8; stops++) {
      await sendKeys({ press: 'Tab' });
      expect(focused(element)?.matches('select, input')).to.equal(true);
    }
    expect(focused(element)).to.equal(field(element, 'name'));
    await sendKeys({ type: 'Sam Jones' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'sam@example.com' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: ' ' });
    await sendKeys({ press: 'Tab' });
    expect(focused(element)).to.equal(inShadow(element, 'button[type="submit"]'));
    await sendKeys({ press: 'Enter' });
    await until(() => inShadow(element, '[part="receipt"]'));
    await settle(element);
    expect(focused(element)).to.equal(inShadow(element, '[part="receipt"]'));
    expect(receiptText(element)).to.contain('Your reference number is TEST-1');
  });

  it('shows at most the start of a huge reference and hands the whole of it to the host', async () => {
    await planEndpoint(['huge']);
    const element = await renderForm();
    await fillValid(element);
    const sent = oneEvent(element, 'service-complaint-sent');
    await submit(element);
    await until(() => inShadow(element, '[part="receipt"]'), 5000);
    const reference = ((await sent) as unknown as ComplaintSentEvent).reference!;
    expect(reference.length).to.equal(10_000_006);
    const shown = deepText(inShadow(element, '[part="reference"]')!);
    expect(shown.startsWith('TEST-1XXX')).to.equal(true);
    expect(shown.length).to.be.at.most(81);
    expect(shown.endsWith('…')).to.equal(true);
    expect(inShadow(element, '[part="receipt"]')!.textContent!.length).to.be.below(2000);
  });

  it('shows the reference and the chained deadlines from the moment of submission, in <time>', async () => {
    const element = await renderForm();
    await fillValid(element);
    await submit(element);
    await until(() => inShadow(element, '[part="receipt"]'));
    const times = allInShadow<HTMLTimeElement>(element, '[part="deadlines"] time');
    expect(deepText(inShadow(element, '[part="deadlines"]')!)).to.equal(
      'We will acknowledge your complaint by Friday 27 November at 5pm, and reply in full by Monday 28 December at 5pm.',
    );
    expect(times.map((time) => time.dateTime)).to.deep.equal(['2026-11-27T17:00:00.000Z', '2026-12-28T17:00:00.000Z']);
    expect(inShadow(element, '[part="complaints"]')).to.equal(null);
    await expect(element).to.be.accessible();
  });

  it('restores a draft after reload, and clears it after success', async () => {
    const first = await renderForm();
    field(first, 'kind-complaint').click();
    type(first, 'details', 'Half a sentence');
    first.remove();
    const second = await renderForm();
    expect(field(second, 'details').value).to.equal('Half a sentence');
    expect(field(second, 'kind-complaint').checked).to.equal(true);
    expect(deepText(second.shadowRoot!)).to.contain('We have restored what you typed earlier.');
    await fillValid(second);
    await submit(second);
    await until(() => inShadow(second, '[part="receipt"]'));
    expect(sessionStorage.length).to.equal(0);
  });

  it('keeps drafts on the device only when asked, and forgets them after the expiry', async () => {
    const element = await renderForm({ 'draft-storage': 'local' });
    type(element, 'details', 'Kept');
    expect(localStorage.length).to.equal(1);
    expect(sessionStorage.length).to.equal(0);
    const key = localStorage.key(0)!;
    const stored = JSON.parse(localStorage.getItem(key)!);
    localStorage.setItem(key, JSON.stringify({ ...stored, savedAt: Date.now() - 21 * 3_600_000 }));
    element.remove();
    const again = await renderForm({ 'draft-storage': 'local' });
    expect(field(again, 'details').value).to.equal('');
  });

  it('gets through a 503 and a timeout: stored exactly once, one key on every attempt', async () => {
    await planEndpoint(['503', 'hang', 'ok']);
    const element = await renderForm({ timeout: '400', 'retry-delay': '100' });
    await fillValid(element);
    await submit(element);
    await until(() => inShadow(element, '[part="notice"]'));
    expect(deepText(inShadow(element, '[part="notice"]')!)).to.contain('trying again');
    expect(inShadow(element, 'button[type="submit"]')!.getAttribute('aria-disabled')).to.equal('true');
    await expect(element).to.be.accessible();
    await until(() => inShadow(element, '[part="receipt"]'), 5000);
    const { attempts, stored } = await endpointState();
    expect(attempts.map((a) => a.step)).to.deep.equal(['503', 'hang', 'ok']);
    expect(new Set(attempts.map((a) => a.key)).size).to.equal(1);
    expect(attempts[0].contentType).to.equal('application/json');
    expect(stored).to.have.length(1);
    expect(receiptText(element)).to.contain('TEST-1');
  });

  it('reads an answer that never ends no further than 10 MB, and sends again: stored once', async () => {
    await planEndpoint(['endless', 'ok']);
    const element = await renderForm({ timeout: '30000', 'retry-delay': '20' });
    await fillValid(element);
    await submit(element);
    await until(() => inShadow(element, '[part="receipt"]'), 6000);
    const { attempts, stored } = await endpointState();
    expect(attempts.map((a) => a.step)).to.deep.equal(['endless', 'ok']);
    // The browser let go a little past the bound: not the hundreds of MB it reads otherwise.
    expect(attempts[0].bytes).to.be.below(16 * 2 ** 20);
    expect(stored).to.have.length(1);
    expect(receiptText(element)).to.contain('TEST-1');
  });

  it('honours Retry-After on 429, on its clock', async () => {
    await planEndpoint(['429', 'ok']);
    const element = await renderForm();
    const clock = new ManualClock(Date.parse('2026-11-24T10:00:00Z'));
    element.clock = clock;
    await fillValid(element);
    clock.advance(1000); // the character count's announcement
    await submit(element);
    // The 429 asked for 1 s: a retry waits for it (the attempt's timeout is the other timer).
    await until(() => clock.pending === 1 && clock.nextDue === clock.now() + 1000);
    clock.advance(999);
    await settle(element);
    expect((await endpointState()).attempts).to.have.length(1);
    clock.advance(1);
    await until(() => inShadow(element, '[part="receipt"]'));
    expect((await endpointState()).attempts.map((a) => a.step)).to.deep.equal(['429', 'ok']);
  });

  it('waits while offline, keeping the text, and sends when back online', async () => {
    const online = Object.getOwnPropertyDescriptor(Navigator.prototype, 'onLine')!;
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    try {
      const element = await renderForm();
      await fillValid(element);
      dispatchEvent(new Event('offline'));
      await submit(element);
      expect(deepText(inShadow(element, '[part="notice"]')!)).to.contain('You are offline');
      expect(inShadow(element, '[role="status"]')!.textContent).to.contain('You are offline');
      expect(field(element, 'details').value).to.equal('The bin was not collected on Monday.');
      await expect(element).to.be.accessible();
      expect((await endpointState()).attempts).to.have.length(0);
      Object.defineProperty(navigator, 'onLine', online);
      delete (navigator as { onLine?: boolean }).onLine;
      dispatchEvent(new Event('online'));
      await until(() => inShadow(element, '[part="receipt"]'));
      expect((await endpointState()).stored).to.have.length(1);
    } finally {
      delete (navigator as { onLine?: boolean }).onLine;
    }
  });

  it('counts only requests as attempts: a wait offline uses none, so the first send is not a retry', async () => {
    await planEndpoint(['503', 'ok']);
    const online = Object.getOwnPropertyDescriptor(Navigator.prototype, 'onLine')!;
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    try {
      const element = await renderForm({ 'max-attempts': '2' });
      const clock = new ManualClock(Date.parse('2026-11-24T10:00:00Z'));
      element.clock = clock;
      await fillValid(element);
      clock.advance(1000); // the character count's announcement
      await submit(element);
      await until(() => deepText(inShadow(element, '[part="notice"]')!).includes('You are offline'));
      // Woken while still offline (the resident's "online" spell ended before the loop looked).
      dispatchEvent(new Event('online'));
      await settle(element);
      Object.defineProperty(navigator, 'onLine', online);
      delete (navigator as { onLine?: boolean }).onLine;
      dispatchEvent(new Event('online'));
      // The first request meets a 503: one of two attempts used, so it waits to retry rather than stalling.
      await until(async () => (await endpointState()).attempts.length === 1 && clock.pending > 0);
      await settle(element);
      expect(inShadow(element, '[part="notice"] button'), 'stalled').to.equal(null);
      clock.advance(60_000);
      await until(() => inShadow(element, '[part="receipt"]'));
      expect((await endpointState()).attempts.map((a) => a.step)).to.deep.equal(['503', 'ok']);
    } finally {
      delete (navigator as { onLine?: boolean }).onLine;
    }
  });

  it('retries a dropped connection, and resumes an unsent submission on the next visit with the same key', async () => {
    await planEndpoint(['refuse', 'refuse', 'refuse', 'refuse']);
    const first = await renderForm({ 'max-attempts': '2' });
    await fillValid(first);
    const submitted = oneEvent(first, 'service-complaint-submit');
    await submit(first);
    const { idempotencyKey } = (await submitted) as unknown as ComplaintSubmitEvent;
    await until(() => inShadow(first, '[part="notice"] button'));
    expect(deepText(inShadow(first, '[part="notice"]')!)).to.contain('could not send');
    await expect(first).to.be.accessible();
    inShadow<HTMLButtonElement>(first, '[part="notice"] button')!.click();
    // The button stays while the retry starts: wait for both new attempts to arrive and stall again.
    await until(async () => (await endpointState()).attempts.length >= 4 && inShadow(first, '[part="notice"] button'));
    expect((await endpointState()).attempts).to.have.length(4);
    first.remove();
    const second = await renderForm();
    await until(() => inShadow(second, '[part="receipt"]'));
    const { attempts, stored } = await endpointState();
    expect(attempts.every((attempt) => attempt.key === idempotencyKey)).to.equal(true);
    expect(stored).to.have.length(1);
  });

  it('sends once however often it is submitted, and survives being moved', async () => {
    await planEndpoint(['hang', 'hang']);
    const element = await renderForm({ timeout: '6000' });
    await fillValid(element);
    const form = inShadow<HTMLFormElement>(element, 'form')!;
    const button = inShadow<HTMLButtonElement>(element, 'button[type="submit"]')!;
    button.click();
    button.click();
    form.requestSubmit();
    await settle(element);
    button.click();
    // Moving the element mid-flight abandons the request and resends it with the same key.
    element.parentElement!.append(element);
    expect(button.textContent!.trim()).to.equal('Sending…');
    expect(field(element, 'details').disabled).to.equal(true);
    await expect(element).to.be.accessible();
    await until(() => inShadow(element, '[part="receipt"]'), 4000);
    const { attempts, stored } = await endpointState();
    expect(attempts.map((attempt) => attempt.key)).to.deep.equal([attempts[0].key, attempts[0].key]);
    expect(stored).to.have.length(1);
  });

  it('puts 422 field errors on their fields, and shows other 4xx without retrying', async () => {
    await planEndpoint(['422', '400']);
    const element = await renderForm();
    await fillValid(element);
    await submit(element);
    await until(() => inShadow(element, '.error-summary'));
    await settle(element);
    expect(focused(element)).to.equal(inShadow(element, '.error-summary'));
    expect(deepText(inShadow(element, '#email-error')!)).to.equal('Error: We cannot send email to this address');
    expect(deepText(inShadow(element, '#details-error')!)).to.equal('Error: Tell us a little more');
    await submit(element);
    await until(() => inShadow(element, '.notice-error'));
    expect(deepText(inShadow(element, '.notice-error')!)).to.contain('(Error code 400)');
    // Said as it appears, in words that say what to do.
    expect(inShadow(element, '.notice-error')!.getAttribute('role')).to.equal('alert');
    expect(deepText(inShadow(element, '.notice-error')!)).to.contain(
      'check it and try again, or contact us another way',
    );
    // The endpoint's own `message`, as documented, shown as text.
    expect(deepText(inShadow(element, '.notice-error')!)).to.contain('not accepted');
    expect(field(element, 'details').value).to.equal('The bin was not collected on Monday.');
    const { attempts } = await endpointState();
    expect(attempts).to.have.length(2);
    expect(attempts[0].key).not.to.equal(attempts[1].key);
  });

  it('lets the host send the complaint itself through the cancelable event', async () => {
    const element = await renderForm();
    await fillValid(element);
    element.addEventListener('service-complaint-submit', (event: ComplaintSubmitEvent) => {
      event.preventDefault();
      expect(event.complaint).to.include({ kind: 'complaint', submittedAt: '2026-11-24T10:00:00.000Z' });
      event.respondWith(Promise.resolve({ reference: 'HOST-7' }));
    });
    const sent = oneEvent(element, 'service-complaint-sent');
    await submit(element);
    expect(((await sent) as unknown as ComplaintSentEvent).reference).to.equal('HOST-7');
    await until(() => inShadow(element, '[part="receipt"]'));
    expect(receiptText(element)).to.contain('HOST-7');
    expect((await endpointState()).attempts).to.have.length(0);
  });

  it('shows a host failure without an error code, keeping the text', async () => {
    const element = await renderForm();
    await fillValid(element);
    element.addEventListener('service-complaint-submit', (event: ComplaintSubmitEvent) => {
      event.preventDefault();
      event.respondWith(Promise.reject(new Error('CRM down')));
    });
    const failed = oneEvent(element, 'service-complaint-failed');
    await submit(element);
    expect(((await failed) as unknown as ComplaintFailedEvent).reason).to.equal('rejected');
    await until(() => inShadow(element, '.notice-error'));
    expect(deepText(inShadow(element, '.notice-error')!)).not.to.contain('Error code');
    expect(field(element, 'details').disabled).to.equal(false);
    expect(JSON.parse(sessionStorage.getItem(sessionStorage.key(0)!)!).fields.details).to.contain('bin');
  });

  it('reports the honeypot and the fill time to the endpoint instead of discarding', async () => {
    let now = Date.parse('2026-11-24T10:00:00Z');
    const element = await fixture<ServiceComplaintForm>(
      html`<service-complaint-form
        .parsedCharter=${complaintCharter()}
        .clock=${{ now: () => now, setTimer: () => () => undefined }}
        endpoint="/test-api/complaints/submit"
      ></service-complaint-form>`,
    );
    await fillValid(element);
    now += 2000;
    expect(inShadow(element, '.trap')!.getAttribute('aria-hidden')).to.equal('true');
    expect(field(element, 'website').tabIndex).to.equal(-1);
    field(element, 'website').value = 'http://spam.example';
    await submit(element);
    await until(() => inShadow(element, '[part="receipt"]'));
    const [{ body }] = (await endpointState()).stored;
    expect(body.spam).to.deep.equal({
      honeypot: 'http://spam.example',
      fillSeconds: 2,
      tooFast: true,
      suspected: true,
    });
  });

  it('sends the CSRF header from a meta tag', async () => {
    const meta = Object.assign(document.createElement('meta'), { name: 'csrf-token', content: 'abc123' });
    document.head.append(meta);
    try {
      const element = await renderForm();
      await fillValid(element);
      await submit(element);
      await until(() => inShadow(element, '[part="receipt"]'));
      expect((await endpointState()).attempts[0].csrf).to.equal('abc123');
    } finally {
      meta.remove();
    }
  });

  it('reads the policy, services and endpoint from an enclosing <service-charter>', async () => {
    const json = {
      ...copy(samples.districtCouncil),
      complaints: { ...copy(samples.districtCouncil).complaints, endpoint },
    };
    const charter = await fixture(
      html`<service-charter .charter=${json} now="2026-11-24T10:00:00Z"
        ><service-complaint-form hide-policy></service-complaint-form
      ></service-charter>`,
    );
    const element = charter.querySelector('service-complaint-form')!;
    await until(() => inShadow(element, '#service option[value="bins"]'));
    expect(inShadow(element, '[part="complaints"]')).to.equal(null);
    await fillValid(element);
    await submit(element);
    await until(() => inShadow(element, '[part="receipt"]'));
    expect(receiptText(element)).to.contain('TEST-1');
  });

  it('speaks Welsh', async () => {
    const element = await renderForm({ lang: 'cy' });
    expect(inShadow(element, 'legend')!.textContent).to.equal('Beth hoffech chi ei wneud?');
    await submit(element);
    expect(inShadow(element, '#error-summary-title')!.textContent).to.equal('Mae problem wedi codi');
    expect(deepText(inShadow(element, '#kind-error')!)).to.match(/^Gwall: Dewiswch/);
    await expect(element).to.be.accessible();
    await fillValid(element);
    await submit(element);
    await until(() => inShadow(element, '[part="receipt"]'));
    expect(receiptText(element)).to.contain('Cwyn wedi dod i law');
    expect(receiptText(element)).to.contain(
      'Byddwn yn cydnabod eich cwyn erbyn Dydd Gwener 27 Tachwedd am 17:00, ac ateb yn llawn erbyn Dydd Llun 28 Rhagfyr am 17:00.',
    );
  });
});
