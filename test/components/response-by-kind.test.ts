// <service-response-time> for format 2 promises: the verb and deadlines by kind, the
// working calendar when a channel has no hours, notices that come and go, and a complaint
// receipt that words its deadlines as the page does.
import { expect, html } from '@open-wc/testing';
import '../../src/define/all.js';
import type { ServiceCharter } from '../../src/components/service-charter/service-charter.js';
import { parseCharter } from '../../src/core/index.js';
import { allInShadow, deepText, inShadow, render, settle, until } from '../helpers.js';
import { fillValid, renderForm, resetEndpoint, submit } from '../complaint-helpers.js';
import { ManualClock } from '../manual-clock.js';

type Json = Record<string, unknown>;
const weekdays = { mon: [['09:00', '17:00']], tue: [['09:00', '17:00']], wed: [['09:00', '17:00']] };
const office = { weekly: { ...weekdays, thu: [['09:00', '17:00']], fri: [['09:00', '17:00']] } };

const charterWith = (promises: Json[], more: Json = {}): Json => ({
  version: 2,
  timeZone: 'Europe/London',
  organisation: { name: 'Test Council' },
  title: 'Charter',
  calendars: { office },
  hours: 'office',
  channels: [
    { id: 'phone', type: 'phone', name: 'Phone' },
    { id: 'email', type: 'email', name: 'Email' },
    { id: 'desk', type: 'in-person', name: 'Front desk' },
    { id: 'whatsapp', type: 'custom', typeName: 'WhatsApp', name: 'WhatsApp' },
  ],
  services: [{ id: 'repairs', name: 'Repairs' }],
  promises: promises.map((promise, index) => ({ id: `p${index}`, ...promise })),
  ...more,
});

/** What `<service-response-time promise-id="p0">` says at `now` (Tuesday 24 November, 10am), in `lang`. */
async function replySays(promise: Json, lang = 'en', more: Json = {}, now = '2026-11-24T10:00:00Z') {
  const charter = await render<ServiceCharter>(
    html`<service-charter lang=${lang} now=${now} .charter=${charterWith([promise], more)}>
      <service-response-time promise-id="p0"></service-response-time>
    </service-charter>`,
  );
  const element = charter.querySelector('service-response-time')!;
  await settle(element);
  return deepText(inShadow(element, '[part="response"]') ?? element.shadowRoot!);
}

const ackThenReply = (countedFrom: string) => ({
  kind: 'reply',
  channel: 'email',
  targets: [
    { kind: 'acknowledge', within: { workingDays: 2 } },
    { within: { workingDays: 10 }, countedFrom },
  ],
});

describe('<service-response-time> by kind', () => {
  it('gives an acknowledgement and a full reply as one promise with two deadlines, counted as the charter says', async () => {
    expect(await replySays(ackThenReply('receipt'))).to.equal(
      'Email us now and we aim to acknowledge it by Thursday 26 November at 5pm, and reply in full by Tuesday 8 December at 5pm',
    );
    expect(await replySays(ackThenReply('receipt'), 'cy')).to.equal(
      'E-bostiwch ni nawr a’n nod yw ei gydnabod erbyn Dydd Iau 26 Tachwedd am 17:00, ac ateb yn llawn erbyn Dydd Mawrth 8 Rhagfyr am 17:00',
    );
    // From the acknowledgement: the ten working days start after Thursday 5pm.
    expect(await replySays(ackThenReply('previous'))).to.equal(
      'Email us now and we aim to acknowledge it by Thursday 26 November at 5pm, and reply in full by Friday 11 December at 5pm',
    );
  });

  it('uses the verb of each kind', async () => {
    const cases: [Json, string, string][] = [
      [
        { kind: 'answer', channel: 'phone', targets: [{ within: { seconds: 60 } }] },
        'Call us now and we aim to answer within 60 seconds',
        'Ffoniwch ni nawr a’n nod yw ateb o fewn 60 eiliad',
      ],
      [
        { kind: 'call-back', channel: 'phone', targets: [{ within: { businessHours: 4 } }] },
        'Call us now and we aim to call you back by 2pm today',
        'Ffoniwch ni nawr a’n nod yw eich ffonio’n ôl erbyn 14:00 heddiw',
      ],
      [
        { kind: 'see', channel: 'desk', targets: [{ within: { minutes: 20 } }] },
        'Visit us now and we aim to see you within 20 minutes',
        'Dewch i’n gweld nawr a’n nod yw eich gweld o fewn 20 munud',
      ],
      [
        { kind: 'resolve', channel: 'email', targets: [{ within: { workingDays: 1 } }] },
        'Email us now and we aim to resolve it by tomorrow at 5pm',
        'E-bostiwch ni nawr a’n nod yw ei ddatrys erbyn yfory am 17:00',
      ],
      [
        { kind: 'attend', service: 'repairs', targets: [{ within: { hours: 4 } }] },
        'Contact us now and we aim to attend by 2pm today',
        'Cysylltwch â ni nawr a’n nod yw dod atoch erbyn 14:00 heddiw',
      ],
      [
        { kind: 'complete', service: 'repairs', targets: [{ within: { days: 3 } }] },
        'Contact us now and we aim to complete the work by Friday 27 November at 10am',
        'Cysylltwch â ni nawr a’n nod yw cwblhau’r gwaith erbyn Dydd Gwener 27 Tachwedd am 10:00',
      ],
      [
        { kind: 'reply', channel: 'whatsapp', targets: [{ within: { hours: 2 } }] },
        'Contact us by WhatsApp now and we aim to reply in full by 12pm today',
        'Cysylltwch â ni drwy WhatsApp nawr a’n nod yw ateb yn llawn erbyn 12:00 heddiw',
      ],
    ];
    for (const [promise, english, welsh] of cases) {
      expect(await replySays(promise)).to.equal(english);
      expect(await replySays(promise, 'cy')).to.equal(welsh);
    }
  });

  it('names how to get in touch for every channel type, and reaches the largest amounts allowed', async () => {
    const actions: [string, string, string][] = [
      ['sms', 'Text us', 'Anfonwch neges destun atom'],
      ['social', 'Message us on social media', 'Anfonwch neges atom ar y cyfryngau cymdeithasol'],
      ['textphone', 'Contact us by textphone or Relay UK', 'Cysylltwch â ni drwy ffôn testun neu Relay UK'],
      ['video-relay', 'Contact us through BSL video relay', 'Cysylltwch â ni drwy gyfnewid fideo BSL'],
      ['chat', 'Chat with us', 'Sgwrsiwch â ni'],
      ['online-account', 'Send us a message from your online account', 'Anfonwch neges atom o’ch cyfrif ar-lein'],
      ['appointment', 'Book an appointment', 'Trefnwch apwyntiad'],
      ['home-visit', 'Ask for a home visit', 'Gofynnwch am ymweliad cartref'],
      ['fax', 'Fax us', 'Anfonwch ffacs atom'],
      ['post', 'Write to us', 'Ysgrifennwch atom'],
    ];
    for (const [type, english, welsh] of actions) {
      const more = { channels: [{ id: 'c', type, name: 'Channel' }] };
      const promise = { kind: 'reply', channel: 'c', targets: [{ within: { hours: 2 } }] };
      expect(await replySays(promise, 'en', more)).to.equal(`${english} now and we aim to reply in full by 12pm today`);
      expect(await replySays(promise, 'cy', more)).to.equal(
        `${welsh} nawr a’n nod yw ateb yn llawn erbyn 12:00 heddiw`,
      );
    }
    const longest = { kind: 'reply', channel: 'email', targets: [{ within: { workingDays: 520 } }] };
    expect(await replySays(longest)).to.equal(
      'Email us now and we aim to reply in full by Tuesday 21 November 2028 at 5pm',
    );
  });

  it('says a share of cases as a share, never as a personal deadline', async () => {
    const share = { kind: 'answer', channel: 'phone', targets: [{ percent: 80, within: { seconds: 60 } }] };
    expect(await replySays(share)).to.equal('Call us now: we aim to answer 80% of calls within 60 seconds');
    expect(await replySays(share, 'cy')).to.equal('Ffoniwch ni nawr: ein nod yw ateb 80% o alwadau o fewn 60 eiliad');
    const shareOnly = { kind: 'answer', channel: 'phone', targets: [{ percent: 94 }] };
    expect(await replySays(shareOnly)).to.equal('We aim to answer 94% of calls.');
  });

  it('says a minimum notice as a minimum, with no deadline', async () => {
    const notice = { kind: 'notice', service: 'repairs', targets: [{ atLeast: { hours: 24 } }] };
    expect(await replySays(notice)).to.equal('We aim to give you at least 24 hours’ notice.');
    expect(await replySays(notice, 'cy')).to.equal('Ein nod yw rhoi o leiaf 24 awr o rybudd i chi.');
  });

  it('gives the latest date a deadline may be extended to', async () => {
    const extendable = {
      kind: 'reply',
      channel: 'email',
      targets: [{ within: { workingDays: 15 }, atMost: { workingDays: 35 } }],
    };
    expect(await replySays(extendable)).to.equal(
      'Email us now and we aim to reply in full by Tuesday 15 December at 5pm (or by Tuesday 12 January 2027 at 5pm at the latest if we need longer)',
    );
  });

  it('counts working days on the working calendar when no channel publishes hours, and says nothing alarming', async () => {
    const noHours = {
      calendars: { week: { days: ['mon', 'tue', 'wed', 'thu', 'fri'] } },
      hours: undefined,
      workingCalendar: 'week',
    };
    const reply = { kind: 'reply', channel: 'email', targets: [{ within: { workingDays: 5 } }] };
    expect(await replySays(reply, 'en', noHours)).to.equal(
      'Email us now and we aim to reply in full by Tuesday 1 December at midnight',
    );
    const charter = await render<ServiceCharter>(
      html`<service-charter now="2026-11-24T10:00:00Z" .charter=${charterWith([reply], noHours)}>
        <service-hours channel="email"></service-hours>
        <service-hours channel="phone"></service-hours>
      </service-charter>`,
    );
    const [email, phone] = [...charter.querySelectorAll('service-hours')];
    await settle(phone);
    expect(email.shadowRoot!.querySelector('[part="problem"], [part="note"]')).to.equal(null);
    expect(deepText(inShadow(phone, '[part="note"]')!)).to.equal('Opening hours are not available.');
    expect(phone.shadowRoot!.querySelector('[part="problem"]')).to.equal(null);
  });

  it('shows a notice on what it affects while it is in force, and drops it when it ends', async () => {
    const clock = new ManualClock(Date.parse('2026-11-24T10:00:00Z'));
    const notices = {
      notices: [{ id: 'busy', text: 'We are very busy.', until: '2026-11-25', channels: ['email'] }],
    };
    const charter = await render<ServiceCharter>(
      html`<service-charter .clock=${clock} .charter=${charterWith([ackThenReply('receipt')], notices)}>
        <service-response-time promise-id="p0"></service-response-time>
        <service-hours channel="email"></service-hours>
      </service-charter>`,
    );
    const element = charter.querySelector('service-response-time')!;
    const hours = charter.querySelector('service-hours')!;
    await settle(element);
    expect(deepText(inShadow(hours, '[part="notice"]')!)).to.equal(
      'Important: We are very busy. Until Wednesday 25 November.',
    );
    expect(deepText(inShadow(element, '[part="notice"]')!)).to.equal(
      'Important: We are very busy. Until Wednesday 25 November.',
    );
    const onChannel = allInShadow(charter, '[data-channel="email"] [part="notice"]');
    expect(onChannel.map((notice) => deepText(notice))).to.deep.equal([
      'Important: We are very busy. Until Wednesday 25 November.',
    ]);
    expect(allInShadow(charter, '[data-channel="phone"] [part="notice"]')).to.have.length(0);
    await expect(charter).to.be.accessible();
    // Midnight at the end of 25 November (UK time), and not a moment later.
    clock.advance(Date.parse('2026-11-26T00:00:00Z') - clock.now());
    await settle(element);
    await settle(charter);
    await settle(hours);
    expect(element.shadowRoot!.querySelector('[part="notice"]')).to.equal(null);
    expect(charter.shadowRoot!.querySelector('[part="notice"]')).to.equal(null);
    expect(hours.shadowRoot!.querySelector('[part="notice"]')).to.equal(null);
  });

  it('gives the complaint receipt the same deadlines, in the same words, as the page, per track', async () => {
    await resetEndpoint();
    sessionStorage.clear();
    const payments = [{ within: { workingDays: 15 }, atMost: { workingDays: 35 } }];
    const others = [
      { kind: 'acknowledge', within: { workingDays: 2 } },
      { within: { weeks: 8 }, countedFrom: 'receipt' },
    ];
    const json = charterWith([{ kind: 'reply', channel: 'email', targets: others }], {
      complaints: {
        tracks: [
          {
            id: 'payments',
            name: 'Complaints about payment services',
            stages: [{ name: 'Final response', targets: payments }],
          },
          { id: 'other', name: 'All other complaints', stages: [{ name: 'Our response', targets: others }] },
        ],
        escalation: [{ name: 'Financial Ombudsman Service', phone: '0800 023 4567' }],
        consent: 'We use your details only to look into your complaint.',
      },
    });
    const form = await renderForm({}, parseCharter(json));
    await fillValid(form);
    await submit(form);
    await until(() => inShadow(form, '[part="receipt"]'));
    const lines = allInShadow(form, '[part="deadlines"]');
    expect(lines.map((line) => deepText(line))).to.deep.equal([
      'Complaints about payment services: We will reply in full by Tuesday 15 December at 5pm (or by Tuesday 12 January 2027 at 5pm at the latest if we need longer).',
      'All other complaints: We will acknowledge your complaint by Thursday 26 November at 5pm, and reply in full by Tuesday 19 January 2027 at 10am.',
    ]);
    const receiptTimes = [...lines[1].querySelectorAll('time')].map((time) => time.dateTime);
    // The same targets as a promise on the page give the same instants.
    const charter = await render<ServiceCharter>(
      html`<service-charter now="2026-11-24T10:00:00Z" .charter=${json}>
        <service-response-time promise-id="p0"></service-response-time>
      </service-charter>`,
    );
    const reply = charter.querySelector('service-response-time')!;
    await settle(reply);
    expect(allInShadow<HTMLTimeElement>(reply, 'time').map((time) => time.dateTime)).to.deep.equal(receiptTimes);
  });
});
