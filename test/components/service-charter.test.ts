import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/all.js';
import type { ServiceCharter } from '../../src/components/service-charter/service-charter.js';
import type { CharterLoadEvent } from '../../src/events/charter-load.js';
import { allInShadow, copy, deepText, drawnPromiseIds, inShadow, render, samples, until } from '../helpers.js';
import { ManualClock } from '../manual-clock.js';

const loaded = async (element: ServiceCharter) => {
  await until(() => !inShadow(element, '.loading'));
  await element.updateComplete;
  return element;
};

describe('<service-charter>', () => {
  it('is accessible with the sample council charter', async () => {
    const element = await render<ServiceCharter>(
      html`<service-charter .charter=${samples.districtCouncil}></service-charter>`,
    );
    await expect(element).to.be.accessible();
  });

  it('renders organisation, title, vision, values and promises grouped by channel', async () => {
    const element = await render<ServiceCharter>(
      html`<service-charter .charter=${samples.districtCouncil}></service-charter>`,
    );
    const text = deepText(element);
    expect(inShadow(element, 'h2#title[part="title"]')!.textContent).to.equal('Our customer service charter');
    expect(text).to.contain('Northwold District Council');
    expect(text).to.contain('Helpful, fair and easy to reach');
    expect(allInShadow(element, '[part="values"] li')).to.have.length(3);
    const channels = allInShadow(element, '[part="channel"]');
    expect(channels.map((c) => c.dataset.channel)).to.deep.equal(['phone', 'email', 'web', 'office']);
    expect(drawnPromiseIds(channels[1])).to.deep.equal(['acknowledge-email', 'answer-email']);
    expect(deepText(channels[0])).to.contain('within 20 seconds');
  });

  it('links contact details only as tel:, mailto: and https:', async () => {
    const element = await render<ServiceCharter>(
      html`<service-charter .charter=${samples.districtCouncil}></service-charter>`,
    );
    const hrefs = allInShadow<HTMLAnchorElement>(element, '[part="contact"] a').map((a) => a.getAttribute('href'));
    expect(hrefs).to.deep.equal([
      'tel:01632960000',
      'mailto:customer.services@northwold.example.gov.uk',
      'https://www.northwold.example.gov.uk/contact',
    ]);
  });

  it('loads from an inline JSON script child', async () => {
    const element = await render<ServiceCharter>(
      html`<service-charter>
        <script type="application/json">
          ${JSON.stringify(samples.onlineBusiness)}
        </script>
      </service-charter>`,
    );
    expect(inShadow(element, '#title')!.textContent).to.equal('Our promise to you');
  });

  it('reads its inline document again when the page changes it, and only then', async () => {
    const element = await render<ServiceCharter>(
      html`<service-charter
        ><script type="application/json">
          ${JSON.stringify(samples.onlineBusiness)}
        </script></service-charter
      >`,
    );
    const loads: CharterLoadEvent[] = [];
    element.addEventListener('service-charter-load', (event) => loads.push(event as CharterLoadEvent));
    const script = element.querySelector('script')!;
    const title = () => inShadow(element, '#title')?.textContent;
    const edited = copy(samples.onlineBusiness) as { title: string };
    edited.title = 'Our promise to you, edited';
    script.textContent = JSON.stringify(edited);
    await until(() => title() === 'Our promise to you, edited');
    script.textContent = '{ "title": ';
    await until(() => inShadow(element, '[role="alert"]')?.textContent?.includes('not valid JSON') ?? false);
    expect(title()).to.equal(undefined);
    script.firstChild!.replaceWith(JSON.stringify(samples.onlineBusiness));
    await until(() => title() === 'Our promise to you');
    await element.updateComplete;
    const seen = loads.length;
    // Other changes inside the charter, and the same text written again, do not read it again.
    element.append(document.createElement('p'));
    script.textContent = JSON.stringify(samples.onlineBusiness);
    await new Promise(requestAnimationFrame);
    await element.updateComplete;
    expect(loads.length).to.equal(seen);
    expect(seen).to.be.at.least(2);
  });

  it('loads from a URL, showing a loading state first', async () => {
    const element = document.createElement('service-charter');
    element.src = '/test-api/charter/sample?delay=150';
    document.body.append(element);
    await element.updateComplete;
    expect(inShadow(element, '[part="loading"] [role="status"]')!.textContent).to.contain('Loading');
    await loaded(element);
    expect(inShadow(element, '#title')!.textContent).to.equal('Our customer service charter');
    element.remove();
  });

  it('gives up on a server that never answers after 30 seconds on its clock, and says so', async () => {
    const clock = new ManualClock(Date.parse('2026-11-30T10:00:00Z'));
    const element = document.createElement('service-charter');
    element.clock = clock;
    element.src = `/test-api/charter/sample?hang=${Math.random()}`;
    document.body.append(element);
    await until(() => clock.pending > 0);
    clock.advance(29_999);
    await element.updateComplete;
    expect(inShadow(element, '[part="loading"]')).to.exist;
    expect(inShadow(element, '[role="alert"]')).to.equal(null);
    clock.advance(1);
    await until(() => inShadow(element, '[role="alert"]'));
    expect(inShadow(element, '[role="alert"]')!.textContent).to.contain('could not be loaded');
    expect(inShadow(element, '[part="problem"] button')).to.exist;
    element.remove();
  });

  it('stops reading an answer that never ends at 10 MB, and says the charter could not be loaded', async () => {
    const errors: string[] = [];
    const originalError = console.error;
    console.error = (message: string) => errors.push(message);
    const element = document.createElement('service-charter');
    try {
      element.src = `/test-api/charter/sample?huge=${Math.random()}`;
      document.body.append(element);
      await until(() => inShadow(element, '[role="alert"]'), 6000);
    } finally {
      console.error = originalError;
    }
    expect(inShadow(element, '[role="alert"]')!.textContent).to.contain('could not be loaded');
    expect(errors).to.deep.equal([`service-charter: ${element.src} is larger than 10 MB`]);
    element.remove();
  });

  it('reports a network failure accessibly and retries on request', async () => {
    const element = await render<ServiceCharter>(
      html`<service-charter src="/test-api/charter/server-error"></service-charter>`,
    );
    await loaded(element);
    const alert = inShadow(element, '[role="alert"]')!;
    expect(alert.textContent).to.contain('could not be loaded');
    await expect(element).to.be.accessible();
    element.src = '/test-api/charter/sample';
    await until(() => inShadow(element, '#title'));
    expect(inShadow(element, '[role="alert"]')).to.equal(null);
  });

  it('offers a keyboard-reachable retry after a network failure', async () => {
    const element = await render<ServiceCharter>(
      html`<service-charter src="/test-api/charter/server-error"></service-charter>`,
    );
    await loaded(element);
    const button = inShadow<HTMLButtonElement>(element, 'button')!;
    button.focus();
    expect(element.shadowRoot!.activeElement).to.equal(button);
    await sendKeys({ press: 'Enter' });
    // The load runs again: the failed state is drawn afresh, with a new button.
    await until(() => inShadow(element, 'button') && inShadow(element, 'button') !== button);
  });

  it('says so when the document is not JSON', async () => {
    const element = await render<ServiceCharter>(
      html`<service-charter src="/test-api/charter/broken-json"></service-charter>`,
    );
    await loaded(element);
    expect(inShadow(element, '[role="alert"]')!.textContent).to.contain('not valid JSON');
    expect(inShadow(element, 'button')).to.equal(null);
  });

  it('shows a wholly invalid charter as an accessible error with each problem', async () => {
    const element = await render<ServiceCharter>(html`<service-charter .charter=${{ version: 3 }}></service-charter>`);
    const alert = inShadow(element, '[role="alert"]')!;
    expect(alert.textContent).to.contain('could not be shown');
    expect(alert.textContent).to.contain('version: must be 1');
    await expect(element).to.be.accessible();
  });

  it('shows the valid parts of a partly invalid charter and lists the rest', async () => {
    const charter = copy(samples.districtCouncil) as Record<string, any>;
    charter.promises[1].target = { workingDays: -2 };
    const element = await render<ServiceCharter>(html`<service-charter .charter=${charter}></service-charter>`);
    const problems = inShadow(element, '[part="problem"]')!;
    expect(problems.textContent).to.contain('promises[1].target.workingDays: must be a whole number ≥ 0');
    expect(drawnPromiseIds(element.shadowRoot!)).to.deep.equal(['answer-calls', 'answer-email', 'web-forms', 'visit']);
    await expect(element).to.be.accessible();
  });

  it('fires service-charter-load with the charter and its problems, each time one is read', async () => {
    const element = document.createElement('service-charter');
    const events: CharterLoadEvent[] = [];
    element.addEventListener('service-charter-load', (event) => events.push(event));
    const partlyInvalid = copy(samples.districtCouncil) as Record<string, any>;
    partlyInvalid.promises[1].target = { workingDays: -2 };
    element.charter = partlyInvalid;
    document.body.append(element);
    await until(() => events.length === 1);
    expect(events[0].bubbles).to.equal(true);
    expect(events[0].composed, 'composed, like the complaint events').to.equal(true);
    expect(events[0].charter.promises.map((p) => p.id)).to.not.include('acknowledge-email');
    expect(events[0].problems.map((p) => p.path)).to.deep.equal(['promises[1].target.workingDays']);
    element.charter = samples.onlineBusiness;
    await until(() => events.length === 2);
    expect(events[1].problems).to.deep.equal([]);
    element.remove();
  });

  it('never shows an empty heading or link when the title and organisation name are invalid', async () => {
    const charter = copy(samples.districtCouncil) as Record<string, any>;
    charter.title = 42;
    charter.organisation.name = '';
    const element = await render<ServiceCharter>(html`<service-charter .charter=${charter}></service-charter>`);
    expect(inShadow(element, '#title')!.textContent).to.equal('Service charter');
    expect(inShadow(element, '.organisation')).to.equal(null);
    expect(inShadow(element, '[part="problem"]')!.textContent).to.contain('title');
    await expect(element).to.be.accessible();
  });

  it('fits the page outline with heading-level', async () => {
    const element = await render<ServiceCharter>(
      html`<service-charter heading-level="3" .charter=${samples.districtCouncil}></service-charter>`,
    );
    expect(inShadow(element, '#title')!.localName).to.equal('h3');
    expect(inShadow(element, '[part="vision"] .heading')!.localName).to.equal('h4');
    expect(inShadow(element, '[part="channel"] .heading')!.localName).to.equal('h5');
    element.headingLevel = 9;
    await element.updateComplete;
    expect(inShadow(element, '#title')!.localName).to.equal('h6');
  });

  it('speaks Welsh on a Welsh page and English on an English page of a bilingual charter', async () => {
    const welsh = await render<ServiceCharter>(
      html`<div lang="cy">
        <service-charter .charter=${samples.welshCouncil}></service-charter>
      </div>`,
    );
    const cy = welsh.querySelector('service-charter')!;
    await until(() => inShadow(cy, '#title'));
    expect(inShadow(cy, '#title')!.textContent).to.equal('Ein siarter gwasanaeth cwsmeriaid');
    expect(deepText(cy)).to.contain('Ein haddewidion');
    expect(deepText(cy)).to.contain('o fewn 30 eiliad');
    await expect(cy).to.be.accessible();
    const english = await render<ServiceCharter>(
      html`<service-charter lang="en" .charter=${samples.welshCouncil}></service-charter>`,
    );
    expect(inShadow(english, '#title')!.textContent).to.equal('Our customer service charter');
    expect(deepText(english)).to.contain('Our promises');
  });

  it('lets every fixed string be overridden', async () => {
    const element = await render<ServiceCharter>(
      html`<service-charter
        .strings=${{ promises: 'What we promise' }}
        .charter=${samples.districtCouncil}
      ></service-charter>`,
    );
    expect(inShadow(element, '[part="promises"] .heading')!.textContent).to.equal('What we promise');
  });

  it('states the complaints policy with each stage and the ombudsman', async () => {
    const element = await render<ServiceCharter>(
      html`<service-charter .charter=${samples.scottishCouncil}></service-charter>`,
    );
    const complaints = deepText(inShadow(element, '[part="complaints"]')!);
    expect(complaints).to.contain('Stage 1: frontline response');
    expect(complaints).to.contain('We will respond within 5 working days.');
    expect(complaints).to.contain('We will acknowledge your complaint within 3 working days.');
    expect(inShadow<HTMLAnchorElement>(element, '[part="complaints"] a')!.href).to.equal('https://www.spso.org.uk/');
    const chained = await render<ServiceCharter>(
      html`<service-charter .charter=${samples.onlineBusiness}></service-charter>`,
    );
    expect(deepText(inShadow(chained, '[part="complaints"]')!)).to.contain('within 5 working days of acknowledging it');
  });

  it('reaches every link by keyboard, in order', async () => {
    const element = await render<ServiceCharter>(
      html`<service-charter .charter=${samples.districtCouncil}></service-charter>`,
    );
    const links = allInShadow<HTMLAnchorElement>(element, 'a');
    document.body.focus();
    const reached: Element[] = [];
    for (let i = 0; i < links.length; i++) {
      await sendKeys({ press: 'Tab' });
      reached.push(element.shadowRoot!.activeElement!);
    }
    expect(reached).to.deep.equal(links);
  });
});
