// Controls repeated on one page must not share one accessible name: each "Table of figures"
// disclosure names its measure, each "Pause updates" button its channel.
import { expect, html } from '@open-wc/testing';
import '../../src/define/all.js';
import { allInShadow, copy, render, samples } from '../helpers.js';

/** The accessible name of a control named by aria-label or by its own text. */
const nameOf = (el: Element) => (el.getAttribute('aria-label') ?? el.textContent!).replace(/\s+/g, ' ').trim();

describe('repeated controls have distinct accessible names', () => {
  it('on a page with every measure and two wait times', async () => {
    const feed = {
      updatedAt: '2026-11-24T10:00:00Z',
      channels: { phone: { estimatedWaitSeconds: 240 }, email: { estimatedWaitSeconds: 600 } },
    };
    const charter = await render<HTMLElement>(
      html`<service-charter .charter=${copy(samples.districtCouncil)} now="2026-11-24T10:00:20Z">
        <service-performance></service-performance>
        <service-wait-time channel="phone" .feedData=${feed}></service-wait-time>
        <service-wait-time channel="email" .feedData=${feed}></service-wait-time>
      </service-charter>`,
    );
    const [performance, ...waits] = [...charter.children];
    const summaries = allInShadow(performance, 'summary');
    const buttons = waits.flatMap((wait) => allInShadow(wait, 'button[part="pause-button"]'));
    expect(summaries.length).to.be.greaterThan(1);
    expect(buttons.length).to.equal(2);
    for (const controls of [summaries, buttons]) {
      const names = controls.map(nameOf);
      expect(new Set(names).size, names.join(' | ')).to.equal(names.length);
      // The visible words start each name (WCAG 2.5.3, label in name).
      controls.forEach((control, i) => expect(names[i].startsWith(control.textContent!.trim())).to.equal(true));
    }
    expect(nameOf(buttons[0])).to.equal('Pause updates (Phone)');
    expect(nameOf(summaries[0])).to.match(/^Table of figures \(.+\)$/);
    await expect(charter).to.be.accessible();
  });
});
