// Light and dark: every element follows the host page's color-scheme, so its text keeps its
// contrast on a light page and on a dark one, whatever the system setting (emulated where the
// engine's protocol allows; a light page in system dark mode was near-white on white).
import { expect } from '@open-wc/testing';
import '../../src/define/all.js';
import { deepElements, registeredTags, renderedText, untilRendered } from '../embed/frames.js';
import { emulateMediaFeatures } from '../helpers.js';

const hosts = {
  light: 'background: #ffffff',
  dark: 'color-scheme: dark; background: #0b0c0c; color: #f3f2f1',
};

/** Every element inside the district charter, in a host box painted as `scheme` pages are. */
async function renderOn(scheme: keyof typeof hosts): Promise<HTMLElement> {
  const host = document.createElement('div');
  host.style.cssText = `${hosts[scheme]}; padding: 1rem`;
  host.innerHTML = await (await fetch(`/test-api/embed/markup?run=scheme-${scheme}`)).text();
  document.body.append(host);
  await untilRendered({ win: window, doc: document } as never, await registeredTags());
  return host;
}

const channels = (color: string) => color.match(/[\d.]+/g)!.map(Number);

/** WCAG relative luminance of an `rgb()` colour. */
function luminance(color: string): number {
  const [r, g, b] = channels(color).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The first opaque background behind an element, crossing shadow roots. */
function backgroundBehind(element: Element): string {
  for (let el: Element | null = element; el; el = el.parentElement ?? (el.getRootNode() as ShadowRoot).host ?? null) {
    const background = getComputedStyle(el).backgroundColor;
    const alpha = channels(background)[3] ?? 1;
    if (alpha > 0.5) return background;
  }
  return 'rgb(255, 255, 255)';
}

/** Contrast ratio of each element's own text against what is painted behind it, lowest first. */
function textContrasts(host: HTMLElement): { ratio: number; text: string }[] {
  return deepElements(host)
    .filter((el) => [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim()))
    .filter((el) => el.getClientRects().length > 0 && !el.closest('.visually-hidden'))
    .map((el) => {
      const [a, b] = [luminance(getComputedStyle(el).color), luminance(backgroundBehind(el))];
      return { ratio: (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05), text: el.textContent!.trim().slice(0, 40) };
    })
    .sort((x, y) => x.ratio - y.ratio);
}

for (const system of ['light', 'dark'] as const) {
  describe(`colour scheme with the system in ${system} mode`, () => {
    before(async function () {
      if (!(await emulateMediaFeatures({ 'prefers-color-scheme': system })) && system === 'dark') this.skip();
    });
    after(() => emulateMediaFeatures({ 'prefers-color-scheme': '' }));
    afterEach(() => document.querySelectorAll('body > div').forEach((el) => el.remove()));

    for (const scheme of ['light', 'dark'] as const) {
      it(`every element keeps its contrast on a ${scheme} page`, async () => {
        const host = await renderOn(scheme);
        expect(renderedText(host)).to.contain('Northwold District Council');
        const contrasts = textContrasts(host);
        expect(contrasts.length).to.be.greaterThan(20);
        expect(contrasts[0].ratio, `lowest contrast on a ${scheme} page: "${contrasts[0].text}"`).to.be.at.least(4.5);
        await expect(host).to.be.accessible();
      });
    }
  });
}
