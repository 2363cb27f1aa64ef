import { expect, html, oneEvent } from '@open-wc/testing';
import '../../src/define/all.js';
import type { ServiceFeedback } from '../../src/components/service-feedback/service-feedback.js';
import { parseCharter, type Charter } from '../../src/core/index.js';
import {
  FeedbackFailedEvent,
  type FeedbackSentEvent,
  type FeedbackSubmitEvent,
} from '../../src/events/feedback-events.js';
import { SubmitFailedEvent } from '../../src/events/submit-event.js';
import { intake, type } from '../complaint-helpers.js';
import { allInShadow, copy, deepText, inShadow, render, samples, settle, until } from '../helpers.js';
import { ManualClock } from '../manual-clock.js';

const feedback = intake('feedback');
const board = () => parseCharter(copy(samples.bilingualHealthBoard));
/** The promise with its own words (the others are worded from their kind). */
const promiseId = () => 'see-you';

async function renderFeedback(
  attributes: Partial<Record<'promise' | 'channel' | 'service' | 'lang' | 'max-attempts' | 'retry-delay', string>> = {},
  charter: Charter = board(),
): Promise<ServiceFeedback> {
  return render<ServiceFeedback>(
    html`<service-feedback
      .parsedCharter=${charter}
      endpoint=${feedback.endpoint}
      promise-id=${attributes.promise ?? ''}
      channel=${attributes.channel ?? ''}
      service=${attributes.service ?? ''}
      lang=${attributes.lang ?? 'en'}
      timeout="2000"
      retry-delay=${attributes['retry-delay'] ?? '20'}
      max-attempts=${attributes['max-attempts'] ?? '6'}
    ></service-feedback>`,
  );
}

const radio = (element: Element, value: string) => inShadow<HTMLInputElement>(element, `#answer-${value}`)!;
const comment = (element: Element) => inShadow<HTMLTextAreaElement>(element, '#comment')!;
const text = (element: Element, selector: string) =>
  deepText(inShadow(element, selector) ?? document.createElement('p'));
const focused = (element: Element) => element.shadowRoot!.activeElement;

async function answer(element: ServiceFeedback, value: string, words = ''): Promise<void> {
  radio(element, value).click();
  if (words) type(element, 'comment', words);
  await settle(element);
}

async function send(element: ServiceFeedback): Promise<void> {
  inShadow<HTMLButtonElement>(element, 'button[type="submit"]')!.click();
  await settle(element);
}

interface HeardFailure {
  reason: string;
  status?: number;
  body: Record<string, unknown>;
  /** A `FeedbackFailedEvent` (so a `SubmitFailedEvent`) that bubbles, is composed and cannot be cancelled. */
  shaped: boolean;
  /** The element's update was done when it fired, and the notice (if any) was showing. */
  updateDone: boolean;
  notice: string;
}
/** Each `service-feedback-failed` the page heard on the document in this test. */
let failures: HeardFailure[] = [];
function hearFailure(event: FeedbackFailedEvent): void {
  const element = event.target as ServiceFeedback;
  failures.push({
    reason: event.reason,
    status: event.status,
    body: event.feedback as unknown as Record<string, unknown>,
    shaped:
      event instanceof FeedbackFailedEvent &&
      event instanceof SubmitFailedEvent &&
      event.bubbles &&
      event.composed &&
      !event.cancelable,
    updateDone: !element.isUpdatePending,
    notice: deepText(inShadow(element, '[part="notice"]') ?? document.createElement('p')),
  });
}
const reasons = () => failures.map(({ reason, status }) => [reason, status]);

describe('<service-feedback>', () => {
  before(() => document.addEventListener('service-feedback-failed', hearFailure));
  after(() => document.removeEventListener('service-feedback-failed', hearFailure));

  beforeEach(async () => {
    failures = [];
    sessionStorage.clear();
    localStorage.clear();
    await feedback.reset();
  });

  it('asks "Did we keep this promise?" with the promise as its hint, storing nothing until the resident acts', async () => {
    const element = await renderFeedback({ promise: promiseId() });
    await expect(element).to.be.accessible();
    const fieldset = inShadow(element, 'fieldset')!;
    expect(deepText(fieldset.querySelector('legend')!)).to.equal('Did we keep this promise?');
    expect(text(element, '#answer-hint')).to.equal('A nurse will assess your injury.');
    expect(fieldset.getAttribute('aria-describedby')).to.equal('answer-hint');
    expect(allInShadow(element, 'fieldset label').map((l) => l.textContent)).to.deep.equal(['Yes', 'Partly', 'No']);
    expect(text(element, '[part="about"]')).to.contain('We read every answer and publish each quarter');
    expect(inShadow<HTMLAnchorElement>(element, '[part="about"] a')!.href).to.equal(
      'https://www.brodyffryn.example.cymru/preifatrwydd',
    );
    expect(sessionStorage.length + localStorage.length).to.equal(0);
    expect(document.cookie).to.equal('');
    radio(element, 'yes').click();
    expect(sessionStorage.length).to.equal(1);
  });

  it('says so, instead of asking about nothing, when the promise, channel or service is not in the charter', async () => {
    const warnings: string[] = [];
    const originalWarn = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      const promise = await renderFeedback({ promise: 'no-such-promise' });
      expect(text(promise, '[part="problem"]')).to.equal('There is no promise "no-such-promise" in this charter.');
      expect(inShadow(promise, 'form')).to.equal(null);
      await expect(promise).to.be.accessible();
      const channel = await renderFeedback({ channel: 'fax', lang: 'cy' });
      expect(text(channel, '[part="problem"]')).to.equal('Nid oes sianel "fax" yn y siarter hwn.');
      expect(inShadow(channel, 'fieldset')).to.equal(null);
      const service = await renderFeedback({ service: 'parking' });
      expect(text(service, '[part="problem"]')).to.equal('There is no service "parking" in this charter.');
      await expect(service).to.be.accessible();
      // Each is told once, naming the id and the ids the charter has, however often it renders.
      channel.lang = 'en';
      await settle(channel);
      expect(text(channel, '[part="problem"]')).to.equal('There is no channel "fax" in this charter.');
      expect(warnings).to.deep.equal([
        '<service-feedback>: the charter has no promise "no-such-promise" to ask about (its promise ids: "answer-calls", "call-back", "see-you", "social-reply", "resolve-stage-1")',
        '<service-feedback>: the charter has no channel "fax" to ask about (its channel ids: "phone", "video-relay", "social", "whatsapp", "minor-injuries")',
        '<service-feedback>: the charter has no service "parking" to ask about (its service ids: none)',
      ]);
      // A channel the charter has: the question, with the channel's name as its hint.
      channel.channel = 'phone';
      await settle(channel);
      expect(inShadow(channel, '[part="problem"]')).to.equal(null);
      expect(inShadow(channel, 'fieldset')).not.to.equal(null);
    } finally {
      console.warn = originalWarn;
    }
  });

  it('shows a focused error summary when nothing is chosen, and a comment over the limit', async () => {
    const element = await renderFeedback({ promise: promiseId() });
    type(element, 'comment', 'x'.repeat(1201));
    await send(element);
    const summary = inShadow(element, '.error-summary')!;
    expect(summary.getAttribute('role')).to.equal('alert');
    expect(focused(element)).to.equal(summary);
    const links = allInShadow<HTMLAnchorElement>(element, '.error-summary a');
    expect(links.map((l) => l.textContent)).to.deep.equal([
      'Select yes, partly or no',
      'Your comment must be 1,200 characters or fewer',
    ]);
    links[0].click();
    expect(focused(element)).to.equal(radio(element, 'yes'));
    expect(inShadow(element, 'fieldset')!.getAttribute('aria-describedby')).to.equal('answer-hint answer-error');
    expect(comment(element).getAttribute('aria-invalid')).to.equal('true');
    expect(text(element, '.count')).to.equal('You have 1 character too many');
    await expect(element).to.be.accessible();
    expect((await feedback.state()).attempts).to.have.length(0);
  });

  it('announces the comment’s character count once typing pauses for a second of its clock', async () => {
    const element = await renderFeedback({ promise: promiseId() });
    const clock = new ManualClock(Date.parse('2026-11-24T10:00:00Z'));
    element.clock = clock;
    type(element, 'comment', 'Slow');
    await settle(element);
    const status = inShadow(element, '[role="status"]')!;
    expect(status.textContent).to.equal('');
    expect(text(element, '.count')).to.equal('You have 1,196 characters remaining');
    clock.advance(999);
    await settle(element);
    expect(status.textContent).to.equal('');
    clock.advance(1);
    await settle(element);
    expect(status.textContent).to.equal('You have 1,196 characters remaining');
  });

  it('sends the answer once with an Idempotency-Key, thanks the resident, says what happens and clears the draft', async () => {
    const element = await renderFeedback({ promise: promiseId() });
    await answer(element, 'partly', '  The reply came a day late.  ');
    const sent = oneEvent(element, 'service-feedback-sent');
    await send(element);
    const event = (await sent) as unknown as FeedbackSentEvent;
    expect(event.reference).to.equal('TEST-1');
    await until(() => focused(element) === inShadow(element, '[part="receipt"]'));
    expect(text(element, '[part="receipt-panel"]')).to.equal('Thank you for your feedback Your answer: Partly');
    expect(text(element, '[part="receipt"] [part="about"]')).to.contain('We read every answer');
    expect(inShadow(element, '[part="complaint-offer"]')).to.equal(null);
    const { attempts, stored } = await feedback.state();
    expect(attempts).to.have.length(1);
    expect(attempts[0].contentType).to.equal('application/json');
    expect(stored[0].body).to.deep.include({
      kind: 'feedback',
      subject: { promise: promiseId() },
      answer: 'partly',
      comment: 'The reply came a day late.',
      language: 'en',
    });
    expect(sessionStorage.length).to.equal(0);
    expect(failures).to.deep.equal([]);
    await expect(element).to.be.accessible();
  });

  it('offers the page’s complaint form after "no", in the form and on the receipt', async () => {
    const complaintForm = document.createElement('service-complaint-form');
    complaintForm.id = 'complaint-form';
    document.body.append(complaintForm);
    try {
      const element = await renderFeedback({ promise: promiseId() });
      await answer(element, 'yes');
      expect(inShadow(element, '[part="complaint-offer"]')).to.equal(null);
      await answer(element, 'no');
      const offer = inShadow(element, 'form [part="complaint-offer"]')!;
      expect(deepText(offer)).to.equal('If you want us to put things right or reply to you, make a complaint.');
      expect(offer.querySelector('a')!.getAttribute('href')).to.equal(`${location.href.split('#')[0]}#complaint-form`);
      await expect(element).to.be.accessible();
      await send(element);
      await until(() => inShadow(element, '[part="receipt"] [part="complaint-offer"] a'));
      expect(text(element, '[part="receipt-panel"]')).to.contain('Your answer: No');
    } finally {
      complaintForm.remove();
    }
  });

  it('says it is sending, locks the answer and cannot be sent twice', async () => {
    await feedback.plan(['hang']);
    const element = await renderFeedback({ promise: promiseId() });
    await answer(element, 'yes', 'Quick');
    await send(element);
    await send(element);
    const button = inShadow(element, 'button[type="submit"]')!;
    expect(button.textContent!.trim()).to.equal('Sending…');
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    expect(inShadow(element, '[role="status"]')!.textContent).to.equal('Sending your answer…');
    expect(comment(element).disabled).to.equal(true);
    await expect(element).to.be.accessible();
    await until(() => inShadow(element, '[part="receipt"]'));
    expect((await feedback.state()).attempts).to.have.length(1);
  });

  it('shows it is retrying on its clock after a 503, then sends with the same key', async () => {
    await feedback.plan(['503', 'ok']);
    const element = await renderFeedback({ promise: promiseId(), 'retry-delay': '1000' });
    const clock = new ManualClock(Date.parse('2026-11-24T10:00:00Z'));
    element.clock = clock;
    await answer(element, 'yes');
    await send(element);
    expect(inShadow(element, 'button[type="submit"]')!.getAttribute('aria-disabled')).to.equal('true');
    await until(() => inShadow(element, '[part="notice"]'));
    expect(text(element, '[part="notice"]')).to.contain('Your answer is not sent yet');
    expect(inShadow(element, '[role="status"]')!.textContent).to.contain('Your answer is not sent yet');
    expect(radio(element, 'yes').disabled).to.equal(true);
    await expect(element).to.be.accessible();
    await until(() => clock.pending === 1);
    clock.advance(1000);
    await until(() => inShadow(element, '[part="receipt"]'));
    const { attempts, stored } = await feedback.state();
    expect(attempts.map((a) => a.step)).to.deep.equal(['503', 'ok']);
    expect(new Set(attempts.map((a) => a.key)).size).to.equal(1);
    expect(stored).to.have.length(1);
  });

  it('keeps every character when the endpoint refuses, and maps 422 errors onto the comment', async () => {
    await feedback.plan(['400', '422']);
    const element = await renderFeedback({ promise: promiseId() });
    const words = 'Ffôn: 01632 960 001 — “quotes”, émojis 👍 and\nnew lines';
    await answer(element, 'no', words);
    await send(element);
    await until(() => inShadow(element, '.notice-error'));
    expect(text(element, '.notice-error')).to.equal(
      'We could not accept your answer. It is saved: check it and try again, or contact us another way. “not accepted” (Error code 400)',
    );
    expect(inShadow(element, '.notice-error')!.getAttribute('role')).to.equal('alert');
    expect(comment(element).value).to.equal(words);
    expect(radio(element, 'no').checked).to.equal(true);
    expect(JSON.parse(sessionStorage.getItem(sessionStorage.key(0)!)!).fields.comment).to.equal(words);
    await send(element);
    await until(() => inShadow(element, '.error-summary'));
    expect(text(element, '#comment-error')).to.equal('Error: Please leave out the phone number');
    expect(comment(element).value).to.equal(words);
    await expect(element).to.be.accessible();
  });

  it('tells the page the endpoint refused the answer (400) or found it invalid (422), with the body and status', async () => {
    await feedback.plan(['400', '422']);
    const element = await renderFeedback({ promise: promiseId() });
    await answer(element, 'no', 'Call me on 01632 960 001');
    await send(element);
    await until(() => inShadow(element, '.notice-error'));
    expect(reasons()).to.deep.equal([['rejected', 400]]);
    await send(element);
    await until(() => inShadow(element, '.error-summary'));
    expect(reasons()).to.deep.equal([
      ['rejected', 400],
      ['invalid', 422],
    ]);
    expect(failures.every((failure) => failure.shaped)).to.equal(true);
    expect(failures[1].body).to.deep.include({ kind: 'feedback', answer: 'no', comment: 'Call me on 01632 960 001' });
    expect((await feedback.state()).attempts.map((a) => a.step)).to.deep.equal(['400', '422']);
    expect(comment(element).value).to.equal('Call me on 01632 960 001');
    type(element, 'comment', 'Please call me back');
    await send(element);
    await until(() => inShadow(element, '[part="receipt"]'));
    expect(failures, 'nothing more once it is received').to.have.length(2);
  });

  it('tells the page when sending stalls after max-attempts, once the stall shows, each time; the answer is kept', async () => {
    await feedback.plan(['refuse', 'refuse', 'refuse', 'refuse']);
    const element = await renderFeedback({ promise: promiseId(), 'max-attempts': '2' });
    await answer(element, 'partly', 'Stuck');
    await send(element);
    await until(() => failures.length === 1);
    const stalledWords = 'We could not send your answer. It is saved on this device. Try again now';
    expect(failures[0]).to.deep.include({ reason: 'stalled', status: undefined, shaped: true, updateDone: true });
    expect(failures[0].notice, 'reported once the stall is shown').to.equal(stalledWords);
    expect(failures[0].body).to.deep.include({ answer: 'partly', comment: 'Stuck' });
    expect((await feedback.state()).attempts.map((a) => a.step)).to.deep.equal(['refuse', 'refuse']);
    await settle(element);
    expect(failures, 'once per stall').to.have.length(1);
    expect(comment(element).value).to.equal('Stuck');
    expect(JSON.parse(sessionStorage.getItem(sessionStorage.key(0)!)!).pending.body.comment).to.equal('Stuck');
    // "Try again now" starts a new run of attempts with the same key: it stalls again after two, then is sent.
    inShadow<HTMLButtonElement>(element, '[part="notice"] button')!.click();
    await until(() => failures.length === 2);
    expect(failures[1]).to.deep.include({ reason: 'stalled', updateDone: true, notice: stalledWords });
    inShadow<HTMLButtonElement>(element, '[part="notice"] button')!.click();
    await until(() => inShadow(element, '[part="receipt"]'));
    const { attempts, stored } = await feedback.state();
    expect(attempts.map((a) => a.step)).to.deep.equal(['refuse', 'refuse', 'refuse', 'refuse', 'ok']);
    expect(new Set(attempts.map((a) => a.key)).size).to.equal(1);
    expect(stored).to.have.length(1);
    expect(failures).to.have.length(2);
  });

  it('waits while offline, keeping the answer, and sends when back online', async () => {
    const online = Object.getOwnPropertyDescriptor(Navigator.prototype, 'onLine')!;
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    try {
      const element = await renderFeedback({ promise: promiseId() });
      await answer(element, 'partly', 'Offline words');
      await send(element);
      expect(text(element, '[part="notice"]')).to.contain('You are offline');
      expect(inShadow(element, '[role="status"]')!.textContent).to.contain('You are offline');
      expect(comment(element).value).to.equal('Offline words');
      expect((await feedback.state()).attempts).to.have.length(0);
      Object.defineProperty(navigator, 'onLine', online);
      delete (navigator as { onLine?: boolean }).onLine;
      dispatchEvent(new Event('online'));
      await until(() => inShadow(element, '[part="receipt"]'));
      expect((await feedback.state()).stored).to.have.length(1);
    } finally {
      delete (navigator as { onLine?: boolean }).onLine;
    }
  });

  it('restores a draft after reload, and resumes an unsent answer with the same key', async () => {
    const first = await renderFeedback({ promise: promiseId() });
    await answer(first, 'no', 'Half a thought');
    first.remove();
    const second = await renderFeedback({ promise: promiseId() });
    expect(comment(second).value).to.equal('Half a thought');
    expect(radio(second, 'no').checked).to.equal(true);
    expect(deepText(second.shadowRoot!)).to.contain('We have restored what you typed earlier.');
    await feedback.plan(['refuse', 'refuse']);
    await send(second);
    await until(async () => (await feedback.state()).attempts.length >= 1);
    second.remove();
    const third = await renderFeedback({ promise: promiseId() });
    await until(() => inShadow(third, '[part="receipt"]'));
    const { attempts, stored } = await feedback.state();
    expect(new Set(attempts.map((a) => a.key)).size).to.equal(1);
    expect(stored).to.have.length(1);
    expect(stored[0].body.comment).to.equal('Half a thought');
  });

  it('reports the honeypot and a too-fast answer to the endpoint instead of discarding', async () => {
    const element = await renderFeedback({ promise: promiseId() });
    await answer(element, 'yes');
    inShadow<HTMLInputElement>(element, '#website')!.value = 'http://spam.example';
    expect(inShadow(element, '.trap')!.getAttribute('aria-hidden')).to.equal('true');
    await send(element);
    await until(() => inShadow(element, '[part="receipt"]'));
    const { spam } = (await feedback.state()).stored[0].body;
    expect(spam).to.deep.include({ honeypot: 'http://spam.example', suspected: true, tooFast: true });
  });

  it('asks the charter’s scale in Welsh, and offers the complaint form at its threshold', async () => {
    const element = await renderFeedback({ channel: 'phone', lang: 'cy' });
    await expect(element).to.be.accessible();
    expect(deepText(inShadow(element, 'legend')!)).to.equal('Pa mor fodlon oeddech chi â’n gwasanaeth?');
    expect(allInShadow(element, 'fieldset label').map((l) => l.textContent)).to.deep.equal([
      'Anfodlon iawn',
      'Anfodlon',
      'Ddim yn fodlon nac yn anfodlon',
      'Bodlon',
      'Bodlon iawn',
    ]);
    expect(text(element, 'label[for="comment"]')).to.equal('Dywedwch fwy wrthym (dewisol)');
    await send(element);
    expect(text(element, '.error-summary a')).to.equal('Dewiswch pa mor fodlon oeddech chi');
    element.complaintHref = '/cwynion';
    await answer(element, '3');
    expect(inShadow(element, '[part="complaint-offer"]')).to.equal(null);
    await answer(element, '2');
    expect(text(element, '[part="complaint-offer"]')).to.equal(
      'Os hoffech i ni unioni pethau neu ateb i chi, gwnewch gŵyn.',
    );
    await send(element);
    await until(() => inShadow(element, '[part="receipt"]'));
    expect(text(element, '[part="receipt-panel"]')).to.equal('Diolch am eich adborth Eich ateb: Anfodlon');
    const { body } = (await feedback.state()).stored[0];
    expect(body).to.deep.include({
      answer: 2,
      scale: { min: 1, max: 5 },
      subject: { channel: 'phone' },
      language: 'cy',
    });
  });

  it('marks charter words in another language, and uses the built-in scale when the charter has none', async () => {
    const json = copy(samples.bilingualHealthBoard) as Record<string, unknown> & { feedback: { scale: unknown } };
    json.feedback.scale = [
      { value: 1, label: { cy: 'Gwael' } },
      { value: 2, label: { cy: 'Da' } },
    ];
    const marked = await renderFeedback({ channel: 'phone', lang: 'en' }, parseCharter(json));
    expect(inShadow(marked, 'label[for="answer-1"] span[lang="cy"]')!.textContent).to.equal('Gwael');
    expect(deepText(inShadow(marked, 'legend')!)).to.equal('How satisfied were you with our service?');
    await expect(marked).to.be.accessible();
    delete (json.feedback as Record<string, unknown>).scale;
    const plain = await renderFeedback({ lang: 'en' }, parseCharter(json));
    expect(allInShadow(plain, 'fieldset label').map((l) => l.textContent)).to.deep.equal([
      'Very dissatisfied',
      'Dissatisfied',
      'Neither satisfied nor dissatisfied',
      'Satisfied',
      'Very satisfied',
    ]);
  });

  for (const [step, said] of [
    ['problem:413', '“Refused with 413” (Error code 413)'],
    ['problem:422', '“Refused with 422” (Error code 422)'],
    ['plain:400', '(Error code 400)'],
  ]) {
    it(`tells the resident in words that a ${step.replace(':', ' ')} refused their answer, keeps it, and does not retry`, async () => {
      await feedback.plan([step]);
      const element = await renderFeedback({ channel: 'phone' });
      const words = 'The wait was long.';
      await answer(element, '1', words);
      await send(element);
      await until(() => inShadow(element, '.notice-error'));
      const notice = inShadow(element, '.notice-error')!;
      expect(deepText(notice)).to.equal(
        `We could not accept your answer. It is saved: check it and try again, or contact us another way. ${said}`,
      );
      expect(notice.getAttribute('role')).to.equal('alert');
      expect(inShadow(element, '.error-summary')).to.equal(null);
      expect(radio(element, '1').checked).to.equal(true);
      expect(radio(element, '1').disabled).to.equal(false);
      expect(comment(element).value).to.equal(words);
      expect(JSON.parse(sessionStorage.getItem(sessionStorage.key(0)!)!).fields).to.deep.equal({
        answer: '1',
        comment: words,
      });
      await expect(element).to.be.accessible();
      const first = (await feedback.state()).attempts;
      expect(first.map((a) => a.step)).to.deep.equal([step]);
      expect(reasons(), 'the page hears the refusal and its status').to.deep.equal([
        ['rejected', Number(step.split(':')[1])],
      ]);
      // Sending again is a new rating with a new key, and the refusal goes once it is accepted.
      await send(element);
      await until(() => inShadow(element, '[part="receipt"]'));
      const { attempts, stored } = await feedback.state();
      expect(attempts).to.have.length(2);
      expect(attempts[1].key).not.to.equal(attempts[0].key);
      expect(stored[0].body).to.deep.include({ answer: 1, comment: words });
    });
  }

  it('refuses in Welsh, with the endpoint’s own words', async () => {
    await feedback.plan(['problem:413']);
    const element = await renderFeedback({ promise: promiseId(), lang: 'cy' });
    await answer(element, 'partly');
    await send(element);
    await until(() => inShadow(element, '.notice-error'));
    expect(text(element, '.notice-error')).to.equal(
      'Nid oeddem yn gallu derbyn eich ateb. Mae wedi’i gadw: gwiriwch ef a rhowch gynnig arall arni, neu cysylltwch â ni mewn ffordd arall. “Refused with 413” (Cod gwall 413)',
    );
  });

  it('lets the page send the rating itself through the cancelable submit event', async () => {
    const element = await renderFeedback({ promise: promiseId() });
    await answer(element, 'no', 'By the page');
    let request: FeedbackSubmitEvent | undefined;
    element.addEventListener('service-feedback-submit', (event: FeedbackSubmitEvent) => {
      request = event;
      event.preventDefault();
      event.respondWith(Promise.resolve({ reference: 'HOST-3' }));
    });
    const sent = oneEvent(element, 'service-feedback-sent');
    await send(element);
    expect(((await sent) as unknown as FeedbackSentEvent).reference).to.equal('HOST-3');
    expect(request!.cancelable && request!.bubbles && request!.composed).to.equal(true);
    expect(request!.feedback).to.deep.include({ kind: 'feedback', answer: 'no', comment: 'By the page' });
    expect(request!.idempotencyKey).to.match(/^[0-9a-f-]{36}$/);
    await until(() => inShadow(element, '[part="receipt"]'));
    expect(text(element, '[part="receipt-panel"]')).to.contain('Your answer: No');
    expect(sessionStorage.length).to.equal(0);
    expect((await feedback.state()).attempts).to.have.length(0);
  });

  it('shows the page’s failure without an error code, keeping the answer; uncancelled, it posts with the event’s key', async () => {
    const element = await renderFeedback({ promise: promiseId() });
    await answer(element, 'partly', 'Kept');
    const refuse = (event: FeedbackSubmitEvent) => {
      event.preventDefault();
      event.respondWith(Promise.reject(new Error('CRM down')));
    };
    element.addEventListener('service-feedback-submit', refuse);
    await send(element);
    await until(() => inShadow(element, '.notice-error'));
    expect(text(element, '.notice-error')).to.equal(
      'We could not accept your answer. It is saved: check it and try again, or contact us another way.',
    );
    expect(comment(element).value).to.equal('Kept');
    expect(radio(element, 'partly').checked).to.equal(true);
    expect(reasons(), 'a refusal without a status').to.deep.equal([['rejected', 0]]);
    expect(failures[0].body).to.deep.include({ answer: 'partly', comment: 'Kept' });
    element.removeEventListener('service-feedback-submit', refuse);
    const offered = oneEvent(element, 'service-feedback-submit');
    await send(element);
    const key = ((await offered) as unknown as FeedbackSubmitEvent).idempotencyKey;
    await until(() => inShadow(element, '[part="receipt"]'));
    expect((await feedback.state()).attempts.map((a) => a.key)).to.deep.equal([key]);
  });
});
