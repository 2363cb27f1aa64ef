// What the format 2 samples show residents: promises grouped by channel, service and for
// everyone; access offers; complaint tracks as alternatives with maximums, no timescale and
// escalation bodies without a web address; hours that say "no holidays" only when known.
import { expect, html } from '@open-wc/testing';
import '../../src/define/all.js';
import type { ServiceCharter } from '../../src/components/service-charter/service-charter.js';
import type { ServiceHours } from '../../src/components/service-hours/service-hours.js';
import type { CharterSchedule } from '../../src/core/charter-types.js';
import { allInShadow, deepText, inShadow, render, samples, settle } from '../helpers.js';

const charterOf = async (charter: unknown, lang = 'en', now = '2026-12-21T10:00:00Z') => {
  const element = await render<ServiceCharter>(
    html`<service-charter lang=${lang} now=${now} .charter=${charter}></service-charter>`,
  );
  await settle(element, 8);
  return element;
};
const textOf = (element: Element, selector: string) => allInShadow(element, selector).map((node) => deepText(node));

describe('format 2 pages', () => {
  it('groups promises by channel, by service and for everyone, with sites, access and notices', async () => {
    const charter = await charterOf(samples.housingAssociation);
    await expect(charter).to.be.accessible();
    const repairs = inShadow(charter, '[data-service="repairs-emergency"], [part="service"]')!;
    expect(deepText(repairs)).to.contain(
      'We aim to attend within 4 hours, and complete the work within 24 hours of receiving it. We make the home safe first; a full repair may need a second visit.',
    );
    expect(deepText(inShadow(charter, '[part="everyone"]')!)).to.contain(
      'We will give you our name when you contact us.',
    );
    expect(textOf(charter, '[part="sites"] [data-site] strong')).to.deep.equal([
      'Head office',
      'Eastfield community hub',
    ]);
    const email = inShadow(charter, '[data-channel="email"]')!;
    expect(deepText(email.querySelector('[part="notice"]')!)).to.equal(
      'Important: We are very busy with heating repairs; non-urgent replies may take longer. Until Friday 8 January.',
    );
    const access = deepText(inShadow(charter, '[part="access"]')!);
    expect(access).to.contain('Languages: Polish, Romanian, Urdu and British Sign Language.');
    expect(access).to.contain('We can translate our documents for you within 21 days of your request.');
    // After the notice's last day it is gone from the page.
    const later = await charterOf(samples.housingAssociation, 'en', '2027-01-09T10:00:00Z');
    expect(later.shadowRoot!.querySelector('[part="notice"]')).to.equal(null);
  });

  it('shows complaint tracks as alternatives, not a numbered sequence, with maximums and every escalation body', async () => {
    const charter = await charterOf(samples.waterCompany);
    await expect(charter).to.be.accessible();
    const complaints = inShadow(charter, '[part="complaints"]')!;
    expect(deepText(complaints)).to.contain('How we handle your complaint depends on what it is about.');
    const tracks = [...complaints.querySelectorAll('[part="track"]')];
    expect(tracks.map((track) => deepText(track.querySelector('.heading')!))).to.deep.equal([
      'Complaints about payment services (Direct Debit, card payments)',
      'All other complaints',
    ]);
    // Each track numbers only its own stages.
    expect(tracks.map((track) => track.querySelectorAll(':scope > ol > li').length)).to.deep.equal([1, 2]);
    expect(complaints.querySelector(':scope > ol')).to.equal(null);
    expect(deepText(tracks[0])).to.contain(
      'We will respond within 15 working days (at most 35 working days if we need longer).',
    );
    expect(deepText(tracks[1])).to.contain('We will respond within 8 weeks of receiving your complaint.');
    expect(deepText(tracks[1])).to.contain('This stage has no set timescale: we will agree one with you.');
    const bodies = [...complaints.querySelectorAll('[part="escalation"]')];
    expect(bodies).to.have.length(2);
    // A body without a description of its own gets the built-in sentence, its name linked to its site.
    expect(deepText(bodies[0])).to.contain('If you are still unhappy, you can contact the Consumer Council for Water.');
    expect(bodies[0].querySelector('a[href="https://www.ccw.org.uk"]')).to.exist;
    expect(bodies[0].querySelector('a[href="tel:03000342222"]')).to.exist;
    expect(deepText(bodies[0])).to.contain('If you are unhappy with our response.');
    // A body with a description: its own words then whom to contact, never the built-in sentence as well.
    // An ombudsman with a phone number and no web address: named, not linked, with its number.
    expect(bodies[1].querySelector('a[href^="http"]')).to.equal(null);
    expect(deepText(bodies[1])).to.contain(
      'For complaints about payment services only. Contact the Financial Ombudsman Service.',
    );
    expect(deepText(bodies[1])).not.to.contain('If you are still unhappy');
    expect(bodies[1].querySelector('a[href="tel:08000234567"]')).to.exist;
    expect(deepText(bodies[1].querySelector('address')!)).to.equal('Exchange Tower, London E14 9SR');
    expect(deepText(bodies[1])).to.contain(
      'After our final response, or 8 weeks after your complaint if we have not answered; within 6 months of our final response.',
    );
    expect(deepText(inShadow(charter, '[part="extension"]')!)).to.equal(
      'If we need longer, we will write to tell you why and when you can expect our answer.',
    );
  });

  it('says it all in Welsh for a bilingual charter', async () => {
    const charter = await charterOf(samples.bilingualHealthBoard, 'cy');
    const text = deepText(charter.shadowRoot!);
    expect(text).to.contain('Ein nod yw ateb 85% o alwadau o fewn 15 eiliad.');
    expect(text).to.contain('Ein nod yw eich ffonio’n ôl o fewn 1 diwrnod gwaith, fel arfer yn gynt.');
    expect(text).to.contain('Byddwn yn ymateb o fewn 30 diwrnod gwaith o’r adeg y daw eich cwyn i law.');
    expect(text).to.contain('Nid oes amserlen benodol ar gyfer y cam hwn: byddwn yn cytuno ar un gyda chi.');
    expect(text).to.contain('Ieithoedd: Cymraeg a Saesneg.');
    await expect(charter).to.be.accessible();
  });
});

describe('<service-hours> with format 2 calendars', () => {
  const week = {
    timeZone: 'Europe/London',
    weekly: { mon: [['09:00', '17:00']], tue: [['09:00', '17:00']] },
  } as CharterSchedule;
  const hoursAt = async (schedule: CharterSchedule, now = '2026-11-02T10:00:00Z') =>
    render<ServiceHours>(html`<service-hours now=${now} .schedule=${schedule}></service-hours>`);

  it('says "no holidays" only when holiday data covers the next 30 days, and says nothing otherwise', async () => {
    const unknown = await hoursAt(week);
    expect(unknown.shadowRoot!.querySelector('[part="upcoming"]')).to.equal(null);
    const known = await hoursAt({ ...week, holidaysUntil: '2026-12-31' });
    expect(deepText(inShadow(known, '[part="upcoming"]')!)).to.contain(
      'No holidays or changes to these hours in the next 30 days.',
    );
    const shortOfIt = await hoursAt({ ...week, holidaysUntil: '2026-11-20' });
    expect(shortOfIt.shadowRoot!.querySelector('[part="upcoming"]')).to.equal(null);
    await expect(known).to.be.accessible();
  });

  it('lists dated periods with their dates, and the week follows them', async () => {
    const winter = {
      ...week,
      periods: [{ from: '2026-11-01', to: '2027-03-31', weekly: { mon: [['10:00', '14:00']] }, name: 'Winter hours' }],
    } as CharterSchedule;
    const element = await hoursAt(winter);
    expect(textOf(element, '[part="upcoming"] li')).to.deep.equal([
      'Winter hours: Sunday 1 November to Wednesday 31 March',
    ]);
    expect(deepText(inShadow(element, '[part="today"]')!)).to.equal('Monday 2 November (today) 10am to 2pm');
    const welsh = await render<ServiceHours>(
      html`<service-hours lang="cy" now="2026-11-02T10:00:00Z" .schedule=${winter}></service-hours>`,
    );
    expect(textOf(welsh, '[part="upcoming"] li')[0]).to.match(/^Winter hours: .* i /);
  });
});
