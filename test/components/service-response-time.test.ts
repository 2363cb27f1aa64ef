import { expect, html } from '@open-wc/testing';
import '../../src/define/all.js';
import type { ServiceCharter } from '../../src/components/service-charter/service-charter.js';
import type { ServiceResponseTime } from '../../src/components/service-response-time/service-response-time.js';
import type { Schedule } from '../../src/core/schedule-types.js';
import { deepText, inShadow, render, samples, settle, until } from '../helpers.js';
import { ManualClock } from '../manual-clock.js';

const office: Schedule = {
  timeZone: 'Europe/London',
  weekly: {
    mon: [['09:00', '17:00']],
    tue: [['09:00', '17:00']],
    wed: [['08:30', '17:00']],
    thu: [['09:00', '17:00']],
    fri: [['09:00', '16:30']],
  },
  holidays: ['2026-12-25', '2026-12-28'],
};

const replyAt = (now: string, target: string, schedule = office) =>
  render<ServiceResponseTime>(
    html`<service-response-time
      now=${now}
      channel="email"
      target=${target}
      .schedule=${schedule}
    ></service-response-time>`,
  );
/** A reply-by element on a manual clock, counting one working day's close. */
const replyOn = (clock: ManualClock, schedule: Schedule = office) =>
  render<ServiceResponseTime>(
    html`<service-response-time
      .clock=${clock}
      channel="email"
      target='{"workingDays": 0}'
      .schedule=${schedule}
    ></service-response-time>`,
  );
const sentence = (element: ServiceResponseTime) => deepText(inShadow(element, '[part="response"], [part="problem"]')!);
const region = (element: ServiceResponseTime) => inShadow(element, '[role="status"]')!.textContent!.trim();

describe('<service-response-time>', () => {
  it('is accessible and gives the reply-by date of a promise in the charter, in <time>', async () => {
    const charter = await render<ServiceCharter>(
      html`<service-charter now="2026-11-24T10:00:00Z" .charter=${samples.districtCouncil}>
        <service-response-time promise-id="answer-email"></service-response-time>
      </service-charter>`,
    );
    const element = charter.querySelector('service-response-time')!;
    await settle(element);
    expect(sentence(element)).to.equal('Email us now and we aim to reply by Tuesday 1 December at 5pm');
    const time = inShadow(element, 'time')!;
    expect(time.getAttribute('datetime')).to.equal('2026-12-01T17:00:00.000Z');
    expect(time.textContent).to.equal('Tuesday 1 December at 5pm');
    expect(region(element)).to.equal('');
    await expect(element).to.be.accessible();
  });

  it('says "today" and "tomorrow" when the deadline is near', async () => {
    const today = await replyAt('2026-11-24T10:00:00Z', '{"workingDays": 0}');
    expect(sentence(today)).to.equal('Email us now and we aim to reply by 5pm today');
    await expect(today).to.be.accessible();
    const tomorrow = await replyAt('2026-11-24T18:00:00Z', '{"businessHours": 1}');
    expect(sentence(tomorrow)).to.equal('Email us now and we aim to reply by tomorrow at 9:30am');
    const bankHoliday = await replyAt('2026-12-24T18:00:00Z', '{"workingDays": 0}');
    expect(sentence(bankHoliday)).to.equal('Email us now and we aim to reply by Tuesday 29 December at 5pm');
    const nextYear = await replyAt('2026-12-31T12:00:00Z', '{"weeks": 1}');
    expect(sentence(nextYear)).to.equal('Email us now and we aim to reply by Thursday 7 January 2027 at 12pm');
  });

  it('words each channel, and a target given as a property', async () => {
    const element = await render<ServiceResponseTime>(
      html`<service-response-time
        now="2026-11-24T10:00:00Z"
        channel="phone"
        .target=${{ hours: 2 }}
        .schedule=${office}
      ></service-response-time>`,
    );
    expect(sentence(element)).to.equal('Call us now and we aim to reply by 12pm today');
    element.channel = 'pigeon';
    await settle(element);
    expect(sentence(element)).to.equal('Contact us now and we aim to reply by 12pm today');
  });

  it('needs no opening hours for elapsed time', async () => {
    const element = await render<ServiceResponseTime>(
      html`<service-response-time
        now="2026-11-24T10:00:00Z"
        channel="chat"
        target='{"minutes": 30}'
      ></service-response-time>`,
    );
    expect(inShadow(element, 'time')!.getAttribute('datetime')).to.equal('2026-11-24T10:30:00.000Z');
    expect(sentence(element)).to.match(/^Chat with us now and we aim to reply by .+ today$/);
  });

  it('speaks Welsh', async () => {
    const charter = await render<ServiceCharter>(
      html`<service-charter now="2026-11-24T10:00:00Z" .charter=${samples.welshCouncil}>
        <service-response-time promise-id="reply-email"></service-response-time>
      </service-charter>`,
    );
    const element = charter.querySelector('service-response-time')!;
    await settle(element);
    expect(sentence(element)).to.equal('E-bostiwch ni nawr a’n nod yw ateb erbyn Dydd Mawrth 1 Rhagfyr am 17:00');
    await expect(element).to.be.accessible();
  });

  it('explains bad input instead of guessing', async () => {
    const notJson = await replyAt('2026-11-24T10:00:00Z', '{workingDays: 5}');
    expect(deepText(inShadow(notJson, '[part="problem"]')!)).to.equal(
      'The target is not valid: target must be an object',
    );
    await expect(notJson).to.be.accessible();
    const negative = await replyAt('2026-11-24T10:00:00Z', '{"workingDays": -1}');
    expect(sentence(negative)).to.equal('The target is not valid: target.workingDays must be a whole number ≥ 0');
    const noHours = await render<ServiceResponseTime>(
      html`<service-response-time now="2026-11-24T10:00:00Z" target='{"workingDays": 1}'></service-response-time>`,
    );
    expect(sentence(noHours)).to.equal('Opening hours are not available.');
    const neverOpen = await replyAt('2026-11-24T10:00:00Z', '{"workingDays": 1}', {
      timeZone: 'Europe/London',
      weekly: {},
    });
    expect(sentence(neverOpen)).to.equal('We cannot work out a reply date for this promise.');
    const charter = await render<ServiceCharter>(
      html`<service-charter .charter=${samples.districtCouncil}>
        <service-response-time promise-id="nope"></service-response-time>
      </service-charter>`,
    );
    const unknown = charter.querySelector('service-response-time')!;
    await settle(unknown);
    expect(sentence(unknown)).to.equal('There is no promise "nope" in this charter.');
  });

  it('warns that the date may be wrong when the bank holidays could not be loaded', async () => {
    const url = `${location.origin}/test-api/bank-holidays/feed?id=reply-${Math.random()}&fail=1`;
    const schedule = { ...office, holidays: [], bankHolidays: { division: 'england-and-wales', url } };
    const element = await replyAt('2026-12-24T18:00:00Z', '{"workingDays": 0}', schedule);
    await until(() => inShadow(element, '[part="problem"]'));
    expect(sentence(element)).to.equal('Email us now and we aim to reply by tomorrow at 4:30pm');
    expect(deepText(inShadow(element, '[part="problem"]')!)).to.equal(
      'Bank holidays could not be loaded, so the hours shown may not include them.',
    );
    await expect(element).to.be.accessible();
  });

  describe('while the bank holidays are on their way', () => {
    const feed = (id: string) => `${location.origin}/test-api/bank-holidays/feed?id=reply-${id}-${Math.random()}`;
    const withFeed = (url: string) => ({
      ...office,
      holidays: [],
      bankHolidays: { division: 'england-and-wales', url },
    });
    const response = (element: ServiceResponseTime) => inShadow(element, '[part="response"]')!;
    const held = (element: ServiceResponseTime) =>
      response(element).getAttribute('aria-busy') === 'true' &&
      getComputedStyle(response(element)).visibility === 'hidden';

    it('shows no date, keeping its room, until they are in (Christmas Eve evening: not "tomorrow")', async () => {
      const clock = new ManualClock(Date.parse('2026-12-24T18:00:00Z'));
      const element = await replyOn(clock, withFeed(`${feed('hang')}&hang=1`));
      expect(held(element)).to.equal(true);
      expect(response(element).getBoundingClientRect().height).to.be.greaterThan(0);
      await expect(element).to.be.accessible();
      clock.advance(30_000);
      await until(() => inShadow(element, '[part="problem"]'));
      expect(held(element)).to.equal(false);
      expect(sentence(element)).to.equal('Email us now and we aim to reply by tomorrow at 4:30pm');
      expect(region(element)).to.equal('');
    });

    it('then shows the date they move it to, without announcing it as a change', async () => {
      const clock = new ManualClock(Date.parse('2026-12-24T18:00:00Z'));
      const element = await replyOn(clock, withFeed(feed('in')));
      await until(() => !held(element));
      expect(sentence(element)).to.equal('Email us now and we aim to reply by Tuesday 29 December at 5pm');
      expect(region(element)).to.equal('');
    });
  });

  it('moves on exactly when the answer changes, with one timer, announcing a new day', async () => {
    const clock = new ManualClock(Date.parse('2026-11-24T16:58:00Z'));
    const element = await replyOn(clock);
    expect(sentence(element)).to.equal('Email us now and we aim to reply by 5pm today');
    expect(clock.pending).to.equal(1);
    expect(clock.nextDue).to.equal(Date.parse('2026-11-24T17:00:00Z'));
    clock.advance(60_000);
    await settle(element);
    expect(sentence(element)).to.equal('Email us now and we aim to reply by 5pm today');
    clock.advance(60_000);
    await settle(element);
    expect(deepText(inShadow(element, '[part="response"]')!)).to.equal(
      'Email us now and we aim to reply by tomorrow at 5pm',
    );
    expect(region(element)).to.equal('Email us now and we aim to reply by tomorrow at 5pm');
    expect(clock.pending).to.equal(1);
    await expect(element).to.be.accessible();
  });

  it('follows elapsed-time targets minute by minute, not second by second', async () => {
    const clock = new ManualClock(Date.parse('2026-11-24T10:00:30Z'));
    const element = await render<ServiceResponseTime>(
      html`<service-response-time
        .clock=${clock}
        channel="email"
        target='{"hours": 2}'
        .schedule=${office}
      ></service-response-time>`,
    );
    expect(inShadow(element, 'time')!.textContent).to.equal('12pm today');
    expect(clock.nextDue).to.equal(Date.parse('2026-11-24T10:01:00Z'));
    clock.advance(30_000);
    await settle(element);
    expect(inShadow(element, 'time')!.textContent).to.equal('12:01pm today');
    expect(region(element)).to.equal('');
    expect(clock.pending).to.equal(1);
  });

  it('rechecks when the page is shown again after the machine slept', async () => {
    const clock = new ManualClock(Date.parse('2026-11-24T10:00:00Z'));
    const element = await render<ServiceResponseTime>(
      html`<service-response-time
        .clock=${clock}
        channel="email"
        target='{"workingDays": 0}'
        .schedule=${office}
      ></service-response-time>`,
    );
    clock.jumpTo(Date.parse('2026-11-25T19:00:00Z'));
    await settle(element);
    expect(sentence(element)).to.equal('Email us now and we aim to reply by 5pm today');
    document.dispatchEvent(new Event('visibilitychange'));
    await settle(element);
    expect(sentence(element)).to.equal('Email us now and we aim to reply by tomorrow at 5pm');
    expect(clock.pending).to.equal(1);
  });
});
