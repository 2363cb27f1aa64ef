// On a right-to-left page, contact details written left to right keep their order.
import { expect, html } from '@open-wc/testing';
import '../../src/define/all.js';
import { allInShadow, copy, render, samples } from '../helpers.js';

/** The left edge on screen of `word` inside `element`'s text. */
function leftOf(element: Element, word: string): number {
  const node = [...element.childNodes].find((n) => n.textContent!.includes(word))!;
  const range = document.createRange();
  const start = node.textContent!.indexOf(word);
  range.setStart(node, start);
  range.setEnd(node, start + word.length);
  return range.getBoundingClientRect().left;
}

describe('right to left', () => {
  it('a phone number reads in its own order on a right-to-left page', async () => {
    const page = await render<HTMLElement>(
      html`<div dir="rtl" lang="ar">
        <service-charter .charter=${copy(samples.districtCouncil)} now="2026-11-24T10:00:00Z"></service-charter>
      </div>`,
    );
    const charter = page.querySelector('service-charter')!;
    const phone = allInShadow(charter, '[part="promise"], a[href^="tel:"]').find((el) => el.matches('a'))!;
    expect(phone.textContent).to.equal('01632 960000');
    expect(getComputedStyle(phone).direction).to.equal('ltr');
    expect(leftOf(phone, '01632')).to.be.below(leftOf(phone, '960000'));
    const email = allInShadow(charter, 'a[href^="mailto:"]')[0];
    expect(getComputedStyle(email).direction).to.equal('ltr');
  });
});
