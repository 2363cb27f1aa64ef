// What each kind of promise says, for each form of target, in English and Welsh: the
// sentence a charter draws for it (so the channel's type picks the noun), as <service-promise> does.
import { expect, html } from '@open-wc/testing';
import '../../src/define/all.js';
import type { ServiceCharter } from '../../src/components/service-charter/service-charter.js';
import { deepText, inShadow, render } from '../helpers.js';

type Json = Record<string, unknown>;

/** A version 2 charter with a phone line and an email address, and the given promises. */
const charterWith = (promises: Json[]): Json => ({
  version: 2,
  timeZone: 'Europe/London',
  organisation: { name: 'Test Council' },
  title: 'Charter',
  calendars: { office: { weekly: { mon: [['09:00', '17:00']], tue: [['09:00', '17:00']] } } },
  hours: 'office',
  channels: [
    { id: 'phone', type: 'phone', name: 'Phone' },
    { id: 'email', type: 'email', name: 'Email' },
  ],
  promises,
});

/** The sentences of the charter's one promise, in `lang`: its text, its commitment and its guarantee. */
async function says(promise: Json, lang: string): Promise<string> {
  const charter = await render<ServiceCharter>(
    html`<service-charter lang=${lang} .charter=${charterWith([{ id: 'p', ...promise }])}></service-charter>`,
  );
  const element = inShadow(charter, '[part="promise"]')!;
  return ['[part="text"]', '[part="target"]', '[part="guarantee"]']
    .map((selector) => element.querySelector<HTMLElement>(selector))
    .filter((node): node is HTMLElement => !!node)
    .map((node) => deepText(node))
    .join(' | ');
}

const within = (duration: Json, more: Json = {}) => ({ within: duration, ...more });

// [kind, channel, targets, English, Welsh]
const cases: [string, string, Json[], string, string][] = [
  // answer: a time; a share and a time; a share alone
  [
    'answer',
    'phone',
    [within({ seconds: 60 })],
    'We aim to answer your call within 60 seconds.',
    'Ein nod yw ateb eich galwad o fewn 60 eiliad.',
  ],
  [
    'answer',
    'phone',
    [within({ seconds: 60 }, { percent: 80 })],
    'We aim to answer 80% of calls within 60 seconds.',
    'Ein nod yw ateb 80% o alwadau o fewn 60 eiliad.',
  ],
  ['answer', 'phone', [{ percent: 94 }], 'We aim to answer 94% of calls.', 'Ein nod yw ateb 94% o alwadau.'],
  // acknowledge
  [
    'acknowledge',
    'email',
    [within({ workingDays: 2 })],
    'We aim to acknowledge your email within 2 working days.',
    'Ein nod yw cydnabod eich e-bost o fewn 2 ddiwrnod gwaith.',
  ],
  [
    'acknowledge',
    'email',
    [within({ workingDays: 2 }, { percent: 95 })],
    'We aim to acknowledge 95% of emails within 2 working days.',
    'Ein nod yw cydnabod 95% o negeseuon e-bost o fewn 2 ddiwrnod gwaith.',
  ],
  // reply in full: a time, a share, a range, a maximum
  [
    'reply',
    'email',
    [within({ workingDays: 10 })],
    'We aim to reply in full to your email within 10 working days.',
    'Ein nod yw ateb eich e-bost yn llawn o fewn 10 diwrnod gwaith.',
  ],
  [
    'reply',
    'email',
    [within({ workingDays: 10 }, { percent: 90 })],
    'We aim to reply in full to 90% of emails within 10 working days.',
    'Ein nod yw ateb 90% o negeseuon e-bost yn llawn o fewn 10 diwrnod gwaith.',
  ],
  [
    'reply',
    'email',
    [within({ weeks: 8 }, { atLeast: { weeks: 6 } })],
    'We aim to reply in full to your email within 6 to 8 weeks.',
    'Ein nod yw ateb eich e-bost yn llawn o fewn 6 i 8 wythnos.',
  ],
  [
    'reply',
    'email',
    [within({ workingDays: 15 }, { atMost: { workingDays: 35 } })],
    'We aim to reply in full to your email within 15 working days (at most 35 working days if we need longer).',
    'Ein nod yw ateb eich e-bost yn llawn o fewn 15 diwrnod gwaith (hyd at 35 diwrnod gwaith os bydd angen mwy o amser arnom).',
  ],
  // acknowledge, then reply in full: one promise, two deadlines, and where the second counts from
  [
    'reply',
    'email',
    [
      { kind: 'acknowledge', within: { workingDays: 2 } },
      { within: { workingDays: 10 }, countedFrom: 'receipt' },
    ],
    'We aim to acknowledge your email within 2 working days, and reply in full within 10 working days of receiving it.',
    'Ein nod yw cydnabod eich e-bost o fewn 2 ddiwrnod gwaith, ac ateb yn llawn o fewn 10 diwrnod gwaith o’r adeg y daw i law.',
  ],
  [
    'reply',
    'email',
    [
      { kind: 'acknowledge', within: { workingDays: 2 } },
      { within: { workingDays: 10 }, countedFrom: 'previous' },
    ],
    'We aim to acknowledge your email within 2 working days, and reply in full within 10 working days of acknowledging it.',
    'Ein nod yw cydnabod eich e-bost o fewn 2 ddiwrnod gwaith, ac ateb yn llawn o fewn 10 diwrnod gwaith ar ôl ei gydnabod.',
  ],
  // "it" after a feminine noun (a call, "galwad") takes its feminine forms in Welsh
  [
    'answer',
    'phone',
    [
      { kind: 'acknowledge', within: { workingDays: 2 } },
      { within: { workingDays: 10 }, countedFrom: 'previous' },
    ],
    'We aim to acknowledge your call within 2 working days, and answer it within 10 working days of acknowledging it.',
    'Ein nod yw cydnabod eich galwad o fewn 2 ddiwrnod gwaith, a’i hateb o fewn 10 diwrnod gwaith ar ôl ei chydnabod.',
  ],
  // resolve, complete
  [
    'resolve',
    'email',
    [within({ workingDays: 5 })],
    'We aim to resolve your request within 5 working days.',
    'Ein nod yw datrys eich cais o fewn 5 diwrnod gwaith.',
  ],
  ['resolve', 'email', [{ percent: 85 }], 'We aim to resolve 85% of requests.', 'Ein nod yw datrys 85% o geisiadau.'],
  [
    'complete',
    'phone',
    [within({ days: 21 })],
    'We aim to complete the work within 21 days.',
    'Ein nod yw cwblhau’r gwaith o fewn 21 diwrnod.',
  ],
  [
    'complete',
    'phone',
    [within({ days: 21 }, { percent: 90 })],
    'We aim to complete the work within 21 days in 90% of cases.',
    'Ein nod yw cwblhau’r gwaith o fewn 21 diwrnod mewn 90% o achosion.',
  ],
  // call back, see, attend
  [
    'call-back',
    'phone',
    [within({ businessHours: 4 })],
    'We aim to call you back within 4 working hours.',
    'Ein nod yw eich ffonio’n ôl o fewn 4 awr waith.',
  ],
  [
    'call-back',
    'phone',
    [within({ businessHours: 4 }, { percent: 90 })],
    'We aim to call back 90% of callers within 4 working hours.',
    'Ein nod yw ffonio 90% o alwyr yn ôl o fewn 4 awr waith.',
  ],
  [
    'see',
    'phone',
    [within({ minutes: 20 })],
    'We aim to see you within 20 minutes.',
    'Ein nod yw eich gweld o fewn 20 munud.',
  ],
  [
    'see',
    'phone',
    [within({ minutes: 20 }, { percent: 90 })],
    'We aim to see 90% of visitors within 20 minutes.',
    'Ein nod yw gweld 90% o ymwelwyr o fewn 20 munud.',
  ],
  ['attend', 'phone', [within({ hours: 4 })], 'We aim to attend within 4 hours.', 'Ein nod yw dod atoch o fewn 4 awr.'],
  [
    'attend',
    'phone',
    [within({ hours: 4 }, { percent: 95 })],
    'We aim to attend within 4 hours in 95% of cases.',
    'Ein nod yw dod atoch o fewn 4 awr mewn 95% o achosion.',
  ],
  [
    'attend',
    'phone',
    [within({ hours: 4 }), { kind: 'complete', within: { hours: 24 }, countedFrom: 'receipt' }],
    'We aim to attend within 4 hours, and complete the work within 24 hours of receiving it.',
    'Ein nod yw dod atoch o fewn 4 awr, a chwblhau’r gwaith o fewn 24 awr o’r adeg y daw i law.',
  ],
  // a minimum notice is at least, never within
  [
    'notice',
    'phone',
    [{ atLeast: { hours: 24 } }],
    'We aim to give you at least 24 hours’ notice.',
    'Ein nod yw rhoi o leiaf 24 awr o rybudd i chi.',
  ],
  [
    'notice',
    'phone',
    [{ atLeast: { days: 1 } }],
    'We aim to give you at least 1 day’s notice.',
    'Ein nod yw rhoi o leiaf 1 diwrnod o rybudd i chi.',
  ],
  [
    'notice',
    'phone',
    [{ atLeast: { workingDays: 2 } }],
    'We aim to give you at least 2 working days’ notice.',
    'Ein nod yw rhoi o leiaf 2 ddiwrnod gwaith o rybudd i chi.',
  ],
];

describe('promise sentences by kind, target form and language', () => {
  for (const [kind, channel, targets, english, welsh] of cases) {
    const promise = { kind, channel, targets };
    it(`${kind}: ${JSON.stringify(targets)}`, async () => {
      expect(await says(promise, 'en')).to.equal(english);
      expect(await says(promise, 'cy')).to.equal(welsh);
    });
  }

  it('keeps the author’s own words, in the page’s language, above the commitment', async () => {
    const promise = {
      kind: 'answer',
      channel: 'phone',
      text: {
        en: 'Calls received, including at busy times.',
        cy: 'Galwadau a ddaw i law, gan gynnwys ar adegau prysur.',
      },
      targets: [{ percent: 94 }],
    };
    expect(await says(promise, 'en')).to.equal(
      'Calls received, including at busy times. | We aim to answer 94% of calls.',
    );
    expect(await says(promise, 'cy')).to.equal(
      'Galwadau a ddaw i law, gan gynnwys ar adegau prysur. | Ein nod yw ateb 94% o alwadau.',
    );
  });

  it('keeps a qualifier: a hedge joins the sentence, a sentence of its own follows it', async () => {
    const hedge = {
      kind: 'reply',
      channel: 'email',
      targets: [within({ workingDays: 2 })],
      qualifier: { en: 'usually sooner', cy: 'yn aml yn gynt' },
    };
    expect(await says(hedge, 'en')).to.equal(
      'We aim to reply in full to your email within 2 working days, usually sooner.',
    );
    expect(await says(hedge, 'cy')).to.equal(
      'Ein nod yw ateb eich e-bost yn llawn o fewn 2 ddiwrnod gwaith, yn aml yn gynt.',
    );
    const sentence = { ...hedge, kind: 'attend', qualifier: 'We make the home safe first.' };
    expect(await says(sentence, 'en')).to.equal('We aim to attend within 2 working days. We make the home safe first.');
    const custom = {
      kind: 'custom',
      channel: 'email',
      text: 'We reply.',
      targets: [within({ workingDays: 2 })],
      qualifier: 'ideally',
    };
    expect(await says(custom, 'en')).to.equal('We reply. | Target: within 2 working days, ideally');
  });

  it('shows a guarantee with the promise it backs: paid automatically, or to claim', async () => {
    const automatic = {
      kind: 'attend',
      channel: 'phone',
      targets: [within({ hours: 4 })],
      guarantee: {
        amount: 50,
        condition: { en: 'if we miss an appointment', cy: 'os byddwn yn methu apwyntiad' },
        automatic: true,
      },
    };
    expect(await says(automatic, 'en')).to.equal(
      'We aim to attend within 4 hours. | Our guarantee: If we miss an appointment, we will pay you £50 automatically.',
    );
    expect(await says(automatic, 'cy')).to.equal(
      'Ein nod yw dod atoch o fewn 4 awr. | Ein gwarant: Os byddwn yn methu apwyntiad, byddwn yn talu £50 i chi yn awtomatig.',
    );
    const claim = { ...automatic, guarantee: { amount: 12.5, condition: 'if we are late', currency: 'GBP' } };
    expect(await says(claim, 'en')).to.contain('Our guarantee: If we are late, you can claim £12.50 from us.');
  });

  it('words a format 1 promise exactly as before: its text, then "Target:" and the time', async () => {
    const promise = {
      kind: 'custom',
      channel: 'email',
      text: 'We answer your email.',
      targets: [within({ workingDays: 5 })],
    };
    expect(await says(promise, 'en')).to.equal('We answer your email. | Target: within 5 working days');
    expect(await says(promise, 'cy')).to.equal('We answer your email. | Targed: o fewn 5 diwrnod gwaith');
  });

  it('judges published percentages against the promise’s share when a period names no target', async () => {
    const json = charterWith([
      {
        id: 'p',
        kind: 'answer',
        channel: 'phone',
        targets: [{ percent: 80, within: { seconds: 60 } }],
        performance: { measure: 'Calls answered within 60 seconds', periods: [{ period: '2026-10', achieved: 78 }] },
      },
    ]);
    const charter = await render<ServiceCharter>(
      html`<service-charter .charter=${json}
        ><service-performance promise-id="p"></service-performance
      ></service-charter>`,
    );
    const promise = inShadow(charter, '[part="promise"]')!;
    const figure = 'Target missed: Achieved 78% against a target of 80% in October 2026';
    expect(deepText(promise.querySelector('[part="performance"]')!)).to.equal(
      `${figure} (Calls answered within 60 seconds)`,
    );
    const performance = charter.querySelector('service-performance')!;
    await performance.updateComplete;
    expect(deepText(inShadow(performance, '[part="performance"]')!)).to.equal(figure);
  });
});
