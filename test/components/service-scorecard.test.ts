import { expect, html } from '@open-wc/testing';
import '../../src/define/all.js';
import type { ServiceScorecard } from '../../src/components/service-scorecard/service-scorecard.js';
import type { CharterPromise } from '../../src/core/charter-types.js';
import { allInShadow, deepText, inShadow, render, samples } from '../helpers.js';

/** The scorecard inside a charter, in `lang`. */
async function scorecardOf(charter: unknown, lang = 'en', attributes = '') {
  const host = await render<HTMLElement>(
    html`<div lang=${lang}>
      <service-charter .charter=${charter}><service-scorecard></service-scorecard></service-charter>
    </div>`,
  );
  const element = host.querySelector('service-scorecard')!;
  if (attributes) element.setAttribute('period', attributes);
  await element.updateComplete;
  return element;
}

const text = (element: Element, selector: string) => allInShadow(element, selector).map((node) => deepText(node));
const rows = (element: Element) =>
  allInShadow(element, 'tbody tr[data-id]').map((row) => [...row.children].map((cell) => deepText(cell)));

const promise = (id: string, periods: CharterPromise['performance']): CharterPromise => ({
  id,
  kind: 'custom',
  text: `Promise ${id}`,
  targets: [],
  performance: periods,
});

describe('<service-scorecard>', () => {
  it('counts the latest period: met, missed and no figure, which is never met', async () => {
    const element = await scorecardOf(samples.housingAssociation);
    await expect(element).to.be.accessible();
    expect(deepText(inShadow(element, 'h2')!)).to.equal('How we did in October 2026');
    expect(text(element, '[part="headline"]')).to.deep.equal(['We met 2 of our 4 promises in October 2026.']);
    expect(text(element, '[part="tally"] li')).to.deep.equal(['Target missed: 1', 'No figure published: 1']);
    expect(text(element, '[part="previous"]')).to.deep.equal(['In September 2026 we met 1 of 4.']);
    const email = inShadow(element, '[part="line"][data-id="reply-email"]')!;
    expect(deepText(email)).to.equal(
      'Emails answered in full within 10 working days No figure published for October 2026.',
    );
    expect(email.querySelector('.met')).to.equal(null);
    const calls = deepText(inShadow(element, '[part="line"][data-id="answer-calls"]')!);
    expect(calls).to.contain('Target met: Achieved 83% against a target of 80% in October 2026');
    expect(calls).to.contain('Improving since September 2026, when it was 78%.');
  });

  it('has a table with the same content, satisfaction named by its own period', async () => {
    const element = await scorecardOf(samples.housingAssociation);
    expect(deepText(inShadow(element, 'caption')!)).to.equal('Our promises in October 2026: achieved against target');
    expect(rows(element)).to.deep.equal([
      [
        'Calls answered within 60 seconds',
        'October 2026',
        '83%',
        '80%',
        'Target met',
        'Improving since September 2026, when it was 78%.',
      ],
      [
        'Emergency repairs completed within 24 hours',
        'October 2026',
        '96.1%',
        '98%',
        'Target missed',
        'Getting worse since September 2026, when it was 98.4%.',
      ],
      [
        'Routine repairs completed within 21 days',
        'October 2026',
        '91.5%',
        '90%',
        'Target met',
        'Improving since September 2026, when it was 87%.',
      ],
      ['Emails answered in full within 10 working days', 'October 2026', 'No figure', '95%', 'No figure', 'No figure'],
      [
        'Tenants satisfied with the overall service from us',
        '2025',
        '74.8%',
        '75%',
        'Target missed',
        'Improving since 2024, when it was 71.3%.',
      ],
      [
        'Tenants satisfied that we listen to their views and act on them',
        '2025',
        '58.2%',
        'No target',
        'Not measured against a target',
        'Improving since 2024, when it was 55%.',
      ],
    ]);
    expect(text(element, '.lines .heading')).to.deep.equal(['Our promises', 'What you think of us']);
    expect(inShadow(element, 'h3')).to.exist;
  });

  it('speaks Welsh, marking English figures names as English, with quarters as published', async () => {
    const welsh = await scorecardOf(samples.bilingualHealthBoard, 'cy');
    await expect(welsh).to.be.accessible();
    expect(text(welsh, '[part="headline"]')).to.deep.equal(['Fe wnaethom gadw 2 o’n 3 addewid yn Ch3 2026.']);
    expect(text(welsh, '[part="previous"]')).to.deep.equal(['Yn Ch2 2026 fe wnaethom gadw 1 o 3.']);
    expect(deepText(inShadow(welsh, '[data-id="see-you"]')!)).to.contain('Targed wedi’i gyrraedd');
    const english = await scorecardOf(samples.housingAssociation, 'cy');
    const name = inShadow(english, '[part="line"] .name span[lang="en"]')!;
    expect(name.textContent).to.equal('Calls answered within 60 seconds');
  });

  it('shows a chosen period as published, and says when nothing was published for it', async () => {
    const element = await scorecardOf(samples.housingAssociation, 'en', '2026-09');
    expect(text(element, '[part="headline"]')).to.deep.equal(['We met 1 of our 4 promises in September 2026.']);
    expect(inShadow(element, '[part="previous"]')).to.equal(null);
    element.period = '2026-Q3';
    await element.updateComplete;
    expect(text(element, '[part="scorecard"] > [part="empty"]')).to.deep.equal([
      'No figures have been published for Q3 2026.',
    ]);
    expect(inShadow(element, '[part="headline"]')).to.equal(null);
    expect(allInShadow(element, 'tr[data-id]').map((row) => row.dataset.id)).to.deep.equal(['overall', 'listens']);
    await expect(element).to.be.accessible();
  });

  it('judges nothing without a target, and says so when no figures are published at all', async () => {
    const element = await render<ServiceScorecard>(
      html`<service-scorecard
        heading-level="4"
        .promises=${[
          promise('a', { unit: 'count', better: 'higher', periods: [{ period: '2026', achieved: 12 }] }),
          promise('b', { unit: 'percent', better: 'higher', periods: [{ period: '2026', achieved: 90, target: 95 }] }),
        ]}
      ></service-scorecard>`,
    );
    expect(text(element, '[part="headline"]')).to.deep.equal(['We met 0 of our 2 promises in 2026.']);
    expect(text(element, '[part="tally"] li')).to.deep.equal(['Target missed: 1', 'No target to judge against: 1']);
    expect(deepText(inShadow(element, '[data-id="a"]')!)).to.equal('Promise a Achieved 12 in 2026 Higher is better.');
    expect(rows(element)[0]).to.deep.equal([
      'Promise a',
      '2026',
      '12',
      'No target',
      'Not measured against a target',
      'No earlier figure',
    ]);
    expect(inShadow(element, 'h4')).to.exist;
    await expect(element).to.be.accessible();
    element.promises = [promise('c', undefined)];
    await element.updateComplete;
    expect(text(element, '[part="empty"]')).to.deep.equal(['No figures published yet']);
    const bare = await render<ServiceScorecard>(html`<service-scorecard></service-scorecard>`);
    expect(bare.shadowRoot!.textContent!.trim()).to.equal('');
  });

  it('opens its table on request and takes string overrides', async () => {
    const element = await scorecardOf(samples.housingAssociation);
    expect(inShadow<HTMLDetailsElement>(element, 'details')!.open).to.equal(false);
    element.tableOpen = true;
    element.strings = { scorecardTitle: 'Our {period} report card' };
    await element.updateComplete;
    expect(inShadow<HTMLDetailsElement>(element, 'details')!.open).to.equal(true);
    expect(deepText(inShadow(element, 'h2')!)).to.equal('Our October 2026 report card');
  });
});
