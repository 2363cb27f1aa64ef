import { expect, html } from '@open-wc/testing';
import '../../src/define/service-charter.js';
import type { ServiceCharter } from '../../src/components/service-charter/service-charter.js';
import { copy, render, samples, until } from '../helpers.js';

const jsonLdOf = (host: Element) => {
  const scripts = host.querySelectorAll(':scope > script[type="application/ld+json"]');
  expect(scripts).to.have.length.at.most(1);
  return scripts[0] ? JSON.parse(scripts[0].textContent!) : undefined;
};

describe('<service-charter structured-data>', () => {
  it('emits no JSON-LD unless asked to', async () => {
    const element = await render<ServiceCharter>(
      html`<service-charter .charter=${samples.districtCouncil}></service-charter>`,
    );
    expect(jsonLdOf(element)).to.equal(undefined);
  });

  it('emits a GovernmentService into the light DOM, where search engines read it', async () => {
    const element = await render<ServiceCharter>(
      html`<service-charter
        structured-data="government"
        now="2026-11-24T10:00:00Z"
        .charter=${samples.districtCouncil}
      ></service-charter>`,
    );
    const data = jsonLdOf(element);
    expect(data['@context']).to.equal('https://schema.org');
    expect(data['@type']).to.equal('GovernmentService');
    expect(data.provider).to.deep.include({ '@type': 'GovernmentOrganization', name: 'Northwold District Council' });
    expect(data.availableChannel.map((c: { name: string }) => c.name)).to.deep.equal([
      'Phone',
      'Email',
      'Online forms',
      'Customer service centre',
    ]);
    // Holidays before the element's "today" are left out; Christmas Day is there, closed.
    const dated = data.hoursAvailable.filter((spec: { validFrom?: string }) => spec.validFrom);
    expect(dated[0].validFrom).to.equal('2026-12-24');
    expect(dated).to.deep.include({
      '@type': 'OpeningHoursSpecification',
      validFrom: '2026-12-25',
      validThrough: '2026-12-25',
      opens: '00:00',
      closes: '00:00',
    });
  });

  it('is a plain Service when the attribute has no value, and follows the charter and the attribute', async () => {
    const element = await render<ServiceCharter>(
      html`<service-charter structured-data .charter=${samples.onlineBusiness}></service-charter>`,
    );
    expect(jsonLdOf(element)['@type']).to.equal('Service');
    const renamed = copy(samples.onlineBusiness);
    renamed.title = 'A new title';
    element.charter = renamed;
    await until(() => jsonLdOf(element).name === 'A new title');
    element.removeAttribute('structured-data');
    await element.updateComplete;
    expect(jsonLdOf(element)).to.equal(undefined);
  });

  it('writes JSON-LD under enforced Trusted Types through its own policy, with no violation', async () => {
    const frame = await loadFrame('/test-api/structured-data/page');
    const host = frame.document.querySelector('service-charter')!;
    await until(() => jsonLdOf(host));
    expect(jsonLdOf(host)['@type']).to.equal('GovernmentService');
    expect(frame.violations).to.deep.equal([]);
  });

  it('renders the charter, without JSON-LD, when the page does not allow the policy', async () => {
    const frame = await loadFrame('/test-api/structured-data/page?policies=lit-html');
    const host = frame.document.querySelector('service-charter')! as ServiceCharter;
    await until(() => host.shadowRoot?.querySelector('#title'));
    await host.updateComplete;
    expect(jsonLdOf(host)).to.equal(undefined);
    // Violation reports are dispatched asynchronously, after the render that caused them.
    await until(() => frame.violations.length > 0);
    expect(frame.violations.join()).to.contain('trusted-types');
    expect(frame.violations.join()).not.to.contain('require-trusted-types-for');
  });
});

type Frame = Window & { violations: string[]; defined?: boolean };

async function loadFrame(src: string): Promise<Frame> {
  const iframe = document.createElement('iframe');
  iframe.title = 'Trusted Types page';
  document.body.append(iframe);
  await new Promise((resolve) => {
    iframe.addEventListener('load', resolve, { once: true });
    iframe.src = src;
  });
  const frame = iframe.contentWindow as Frame;
  await until(() => frame.defined, 6000);
  return frame;
}
