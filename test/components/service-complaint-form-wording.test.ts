// The form's wording follows the kind of message, and its consent wording can link to the
// organisation's privacy notice (http(s) only).
import { expect, html } from '@open-wc/testing';
import '../../src/define/all.js';
import type { ServiceComplaintForm } from '../../src/components/service-complaint-form/service-complaint-form.js';
import { complaintCharter, field } from '../complaint-helpers.js';
import { inShadow, render, samples, settle } from '../helpers.js';

const CONSENT = 'We use your details only to deal with your message and to reply to you.';

const renderForm = (privacyNotice?: string, lang = 'en') =>
  render<ServiceComplaintForm>(
    html`<service-complaint-form
      .parsedCharter=${complaintCharter({ consent: CONSENT })}
      endpoint="/test-api/complaints/submit"
      now="2026-11-24T10:00:00Z"
      draft-storage="none"
      lang=${lang}
      privacy-notice=${privacyNotice ?? ''}
    ></service-complaint-form>`,
  );

const hint = (element: ServiceComplaintForm, id: string) => inShadow(element, `#${id}-hint`)!.textContent!.trim();

describe('<service-complaint-form> wording', () => {
  it('gives each kind of message its own hint, none of them about a complaint for a compliment', async () => {
    const element = await renderForm();
    field(element, 'kind-complaint').click();
    await settle(element);
    expect(hint(element, 'details')).to.match(/^Tell us what happened/);
    field(element, 'kind-compliment').click();
    await settle(element);
    expect(hint(element, 'details')).to.match(/^Tell us who helped you/);
    expect(hint(element, 'consent')).not.to.match(/complaint/i);
    field(element, 'kind-comment').click();
    await settle(element);
    expect(hint(element, 'details')).to.match(/^Tell us what we could do better/);
  });

  it('links the consent wording to the privacy notice, resolved against the page', async () => {
    const element = await renderForm('/privacy');
    const link = inShadow<HTMLAnchorElement>(element, '#consent-hint a')!;
    expect(link.href).to.equal(new URL('/privacy', document.baseURI).href);
    expect(link.textContent).to.equal('Read our privacy notice');
    expect(hint(element, 'consent')).to.equal(`${CONSENT} Read our privacy notice`);
    expect(field(element, 'consent').getAttribute('aria-describedby')).to.equal('consent-hint');
    await expect(element).to.be.accessible();
  });

  it('links no other scheme than http(s)', async () => {
    for (const unsafe of ['javascript:alert(1)', 'data:text/html,hi', 'mailto:x@example.com']) {
      const element = await renderForm(unsafe);
      expect(inShadow(element, '#consent-hint a'), unsafe).to.equal(null);
      expect(hint(element, 'consent')).to.equal(CONSENT);
    }
  });

  it('names the privacy notice in Welsh', async () => {
    const element = await renderForm('https://example.gov.uk/preifatrwydd', 'cy');
    expect(inShadow(element, '#consent-hint a')!.textContent).to.equal('Darllenwch ein hysbysiad preifatrwydd');
  });
});

describe('the ombudsman, in the complaints policy', () => {
  const policyText = async (escalation: Record<string, string>, lang = 'en') => {
    const element = await render<ServiceComplaintForm>(
      html`<service-complaint-form
        lang=${lang}
        .parsedCharter=${complaintCharter({ escalation })}
        endpoint="/test-api/complaints/submit"
        draft-storage="none"
      ></service-complaint-form>`,
    );
    return inShadow(element, '[part="complaints"]')!.textContent!.replace(/\s+/g, ' ');
  };
  const ombudsman = { name: 'Local Government and Social Care Ombudsman', url: 'https://www.lgo.org.uk/' };

  it('is introduced once: by the charter when it says when, else by the built-in sentence', async () => {
    const own = await policyText({
      ...ombudsman,
      description: 'If you are still unhappy after stage 2, the Ombudsman can help.',
    });
    expect(own.match(/still unhappy/g)).to.have.length(1);
    expect(own).to.contain('can help. Contact the Local Government and Social Care Ombudsman.');
    const builtIn = await policyText(ombudsman);
    expect(builtIn).to.contain(
      'If you are still unhappy, you can contact the Local Government and Social Care Ombudsman.',
    );
  });

  it('in Welsh is joined to its name by "ag" before a vowel and "â" before a consonant', async () => {
    const ombwdsmon = await policyText(
      { name: 'Ombwdsmon Gwasanaethau Cyhoeddus Cymru', url: 'https://www.ombudsman.wales/' },
      'cy',
    );
    expect(ombwdsmon).to.contain('gallwch gysylltu ag Ombwdsmon Gwasanaethau Cyhoeddus Cymru.');
    const panel = await policyText({ name: 'Panel Cwynion Annibynnol', url: 'https://example.org/panel' }, 'cy');
    expect(panel).to.contain('gallwch gysylltu â Panel Cwynion Annibynnol.');
    const own = await policyText(
      { ...{ name: 'Panel Cwynion Annibynnol', url: 'https://example.org/panel' }, description: 'Gall y panel helpu.' },
      'cy',
    );
    expect(own).to.contain('Gall y panel helpu. Cysylltwch â Panel Cwynion Annibynnol.');
  });
});

describe('a charter given the wrong way', () => {
  it('tells the page author in the console when the raw document is set as `charter`', async () => {
    const warnings: string[] = [];
    const originalWarn = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      await render(html`<service-complaint-form .charter=${samples.districtCouncil}></service-complaint-form>`);
      await render(html`<service-complaint-form .parsedCharter=${complaintCharter()}></service-complaint-form>`);
    } finally {
      console.warn = originalWarn;
    }
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('parsedCharter');
  });
});
