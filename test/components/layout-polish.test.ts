// Spacing and wrapping a reader sees: measured in the browser, not read from the CSS.
import { expect, html } from '@open-wc/testing';
import '../../src/define/all.js';
import type { ServiceComplaintForm } from '../../src/components/service-complaint-form/service-complaint-form.js';
import { complaintCharter, endpoint, fillValid, resetEndpoint, submit } from '../complaint-helpers.js';
import { inShadow, render, samples, until } from '../helpers.js';

const box = (element: Element) => element.getBoundingClientRect();
const feed = { updatedAt: '2026-11-24T10:02:00Z', channels: { phone: { estimatedWaitSeconds: 240 } } };

describe('layout polish', () => {
  it('keeps the receipt text off the receipt’s left edge', async () => {
    await resetEndpoint();
    const form = await render<ServiceComplaintForm>(
      html`<service-complaint-form
        .parsedCharter=${complaintCharter()}
        endpoint=${endpoint}
        now="2026-11-24T10:00:00Z"
        draft-storage="none"
      ></service-complaint-form>`,
    );
    await fillValid(form);
    await submit(form);
    await until(() => inShadow(form, '[part="receipt"]'));
    const receipt = inShadow(form, '[part="receipt"]')!;
    const thanks = receipt.querySelector(':scope > p:last-child')!;
    expect(box(thanks).left - box(receipt).left).to.be.at.least(8);
  });

  it('leaves space between a table and the form heading after it', async () => {
    const page = await render<HTMLElement>(
      html`<div>
        <service-performance .promise=${samples.districtCouncil.promises[0]} table-open></service-performance>
        <service-complaint-form
          .parsedCharter=${complaintCharter()}
          hide-policy
          draft-storage="none"
        ></service-complaint-form>
      </div>`,
    );
    await until(() => inShadow(page.querySelector('service-performance')!, 'table'));
    const tables = page.querySelector('service-performance')!.shadowRoot!.querySelectorAll('table');
    const heading = inShadow(page.querySelector('service-complaint-form')!, 'h2')!;
    expect(box(heading).top - box(tables[tables.length - 1]).bottom).to.be.at.least(12);
  });

  it('leaves space under the "Pause updates" button', async () => {
    const page = await render<HTMLElement>(
      html`<div>
        <service-wait-time .feedData=${feed} now="2026-11-24T10:02:20Z"></service-wait-time>
        <p>Next</p>
      </div>`,
    );
    const button = inShadow(page.querySelector('service-wait-time')!, '[part="pause-button"]')!;
    expect(box(page.querySelector('p')!).top - box(button).bottom).to.be.at.least(12);
  });

  it('wraps a long email address within a narrow column, and ordinary words whole', async () => {
    const charter = structuredClone(samples.districtCouncil) as Record<string, any>;
    charter.channels[1].contact = {
      email: 'customer.services.and.complaints@northwold.example.gov.uk',
    };
    const element = await render<HTMLElement>(
      html`<service-charter style="width: 14rem" .charter=${charter} now="2026-11-24T10:00:00Z"></service-charter>`,
    );
    await until(() => element.shadowRoot!.querySelector('a[href^="mailto:"]'));
    const link = element.shadowRoot!.querySelector<HTMLElement>('a[href^="mailto:"]')!;
    expect(box(link).right).to.be.at.most(box(element).right + 0.5);
    expect(link.textContent).to.equal('customer.services.and.complaints@northwold.example.gov.uk');
    // It wraps between its parts (after @, before each dot): no part is split across lines.
    const parts = [...link.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE && node.textContent);
    expect(parts.length).to.be.greaterThan(4);
    const linesOf = (node: Node) => {
      const range = document.createRange();
      range.selectNodeContents(node);
      return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
    };
    expect(parts.map(linesOf)).to.deep.equal(parts.map(() => 1));
    expect(link.getClientRects().length, 'the address wraps in the narrow card').to.be.greaterThan(1);
    expect(getComputedStyle(element).overflowWrap).to.equal('break-word');
  });
});
