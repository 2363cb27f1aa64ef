import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/all.js';
import type { ServiceYouSaidWeDid } from '../../src/components/service-you-said-we-did/service-you-said-we-did.js';
import { allInShadow, deepText, inShadow, render, samples } from '../helpers.js';

async function inCharter(charter: unknown, lang = 'en', child = html``) {
  const host = await render<HTMLElement>(
    html`<div lang=${lang}><service-charter .charter=${charter}>${child}</service-charter></div>`,
  );
  const element = host.querySelector('service-charter')!;
  // Its first update waits for the Welsh strings on a Welsh page, and a long charter draws in batches.
  await element.updateComplete;
  return element;
}

const entries = (element: Element) =>
  allInShadow(element, '[part="improvement"]').map((entry) =>
    [...entry.querySelectorAll('dt, dd')].map((cell) => deepText(cell)),
  );

describe('"You said, we did"', () => {
  it('is a section of the charter, each entry linked to the promise or service it is about', async () => {
    const charter = await inCharter(samples.housingAssociation);
    await expect(charter).to.be.accessible();
    const section = inShadow(charter, '[part="improvements"]')!;
    expect(deepText(section.querySelector('h3')!)).to.equal('You said, we did');
    expect(entries(charter)[0]).to.deep.equal([
      'You said',
      'You could not plan your day because we only said "morning" or "afternoon" for a repair visit.',
      'We did',
      'We now text you the day before with a two-hour slot, and again when the operative is on the way.',
      'When',
      'You told us: February 2026. Changed: June 2026.',
      'About',
      'Repairs',
    ]);
    expect(entries(charter)[1][5]).to.equal('You told us: July 2026. Changed: 5 October 2026.');
    const link = section.querySelector<HTMLAnchorElement>('[data-improvement="monday-calls"] a')!;
    expect(link.textContent).to.equal('Calls answered within 60 seconds');
    link.focus();
    await sendKeys({ press: 'Enter' });
    const target = inShadow(charter, '#promise-answer-calls')!;
    expect(charter.shadowRoot!.activeElement).to.equal(target);
    expect(target.closest('[data-channel="phone"]')).to.exist;
    expect(location.hash).to.equal('');
    section.querySelector<HTMLAnchorElement>('[data-improvement="repair-slots"] a')!.click();
    expect(charter.shadowRoot!.activeElement).to.equal(inShadow(charter, '#service-repairs'));
  });

  it('speaks Welsh around Welsh entries, and marks English ones on a Welsh page', async () => {
    const charter = await inCharter(samples.bilingualHealthBoard, 'cy');
    await expect(charter).to.be.accessible();
    expect(deepText(inShadow(charter, '[part="improvements"] h3')!)).to.equal('Dywedoch chi, gwnaethom ni');
    const [first] = entries(charter);
    expect(first.slice(4)).to.deep.equal([
      'Pryd',
      'Dywedoch wrthym: Mawrth 2026. Newidiwyd: Gorffennaf 2026.',
      'Ynglŷn â',
      'Galwadau a atebwyd o fewn 15 eiliad',
    ]);
    const english = await inCharter(samples.housingAssociation, 'cy');
    const said = inShadow(english, '[part="improvement"] dd span[lang="en"]')!;
    expect(said.textContent).to.equal(
      'You could not plan your day because we only said "morning" or "afternoon" for a repair visit.',
    );
  });

  it('stands on its own in a charter, filtered to one promise or service, with its own heading level', async () => {
    const charter = await inCharter(
      samples.housingAssociation,
      'en',
      html`<service-you-said-we-did heading-level="4" about="repairs"></service-you-said-we-did>`,
    );
    const element = charter.querySelector('service-you-said-we-did')!;
    await element.updateComplete;
    await expect(element).to.be.accessible();
    expect(deepText(element.shadowRoot!.querySelector('h4')!)).to.equal('You said, we did');
    expect(allInShadow(element, '[part="improvement"]').map((e) => e.dataset.improvement)).to.deep.equal([
      'repair-slots',
    ]);
    // Named, not linked: the promise is not in this element's own page.
    expect(inShadow(element, 'a')).to.equal(null);
    element.about = 'rent';
    await element.updateComplete;
    expect(deepText(inShadow(element, '[part="empty"]')!)).to.equal('No changes have been published yet.');
  });

  it('takes its entries as a property without a charter, and shows nothing with neither', async () => {
    const element = await render<ServiceYouSaidWeDid>(
      html`<service-you-said-we-did
        lang="cy"
        .improvements=${[{ id: 'x', youSaid: { cy: 'Rhy hir', en: 'Too long' }, weDid: 'Shorter', doneOn: '2026-05-14' }]}
      ></service-you-said-we-did>`,
    );
    expect(entries(element)).to.deep.equal([
      ['Dywedoch chi', 'Rhy hir', 'Gwnaethom ni', 'Shorter', 'Pryd', 'Newidiwyd: 14 Mai 2026.'],
    ]);
    expect(inShadow(element, 'dd span[lang="en"]')!.textContent).to.equal('Shorter');
    await expect(element).to.be.accessible();
    const bare = await render<ServiceYouSaidWeDid>(html`<service-you-said-we-did></service-you-said-we-did>`);
    expect(bare.shadowRoot!.textContent!.trim()).to.equal('');
  });

  it('leaves the section out of a charter that has no entries, where the element says there are none', async () => {
    const charter = await inCharter(
      samples.waterCompany,
      'en',
      html`<service-you-said-we-did></service-you-said-we-did>`,
    );
    expect(inShadow(charter, '[part="improvements"]')).to.equal(null);
    const element = charter.querySelector('service-you-said-we-did')!;
    await element.updateComplete;
    expect(deepText(inShadow(element, '[part="empty"]')!)).to.equal('No changes have been published yet.');
  });
});
