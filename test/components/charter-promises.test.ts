// A charter draws its promises in its own shadow root: styled through the charter's parts,
// each with the notices that name it, and the same words as a <service-promise> of its own.
import { expect, html } from '@open-wc/testing';
import '../../src/define/all.js';
import type { ServiceCharter } from '../../src/components/service-charter/service-charter.js';
import type { ServicePromise } from '../../src/components/service-promise/service-promise.js';
import { copy, deepText, inShadow, render, samples } from '../helpers.js';

const NOW = '2026-12-21T10:00:00Z';
const PROMISE_PARTS = ['promise', 'text', 'target', 'guarantee', 'notice', 'performance'];

/** The housing association's charter: promises with guarantees, figures and a notice in force on `NOW`. */
const housingCharter = () =>
  render<ServiceCharter>(
    html`<service-charter now=${NOW} .charter=${copy(samples.housingAssociation)}></service-charter>`,
  );

describe("<service-charter>'s promises", () => {
  it('are styled through the charter’s parts, as the page writes service-charter::part(…)', async () => {
    const style = document.createElement('style');
    style.textContent = PROMISE_PARTS.map(
      (part, i) => `service-charter::part(${part}) { outline: ${i + 1}px dotted rgb(1, 2, 3); }`,
    ).join('\n');
    document.head.append(style);
    try {
      const charter = await housingCharter();
      expect(charter.shadowRoot!.querySelector('service-promise'), 'no nested element').to.equal(null);
      for (const [i, part] of PROMISE_PARTS.entries()) {
        const nodes = [...charter.shadowRoot!.querySelectorAll(`[part="${part}"]`)];
        expect(nodes.length, `::part(${part}) drawn`).to.be.greaterThan(0);
        for (const node of nodes) expect(getComputedStyle(node).outlineWidth, `::part(${part})`).to.equal(`${i + 1}px`);
      }
    } finally {
      style.remove();
    }
  });

  it('each show the notices that name them, and leave those of their channel to the channel', async () => {
    const charter = await housingCharter();
    const notice = 'We are very busy with heating repairs';
    const promise = (id: string) => inShadow(charter, `#promise-${id}`)!;
    // The notice names the email channel and the routine repairs promise.
    expect(deepText(promise('routine-repairs'))).to.contain(notice);
    expect(deepText(promise('reply-email'))).to.not.contain(notice);
    const email = inShadow(charter, '[data-channel="email"]')!;
    expect(email.querySelectorAll('[part="notice"]')).to.have.length(1);
  });

  it('say what a <service-promise> of their own says, in English and in Welsh', async () => {
    for (const lang of ['en', 'cy']) {
      const page = await render<HTMLElement>(
        html`<div lang=${lang}>
          <service-charter now=${NOW} .charter=${copy(samples.housingAssociation)}>
            <service-promise promise-id="routine-repairs" own-notices-only></service-promise>
          </service-charter>
        </div>`,
      );
      const charter = page.querySelector('service-charter')!;
      const alone = charter.querySelector<ServicePromise>('service-promise')!;
      const drawn = inShadow(charter, '#promise-routine-repairs [part="promise"]')!;
      expect(deepText(drawn).length).to.be.greaterThan(100);
      expect(deepText(drawn), lang).to.equal(deepText(inShadow(alone, '[part="promise"]')!));
    }
  });
});
