// Shadow DOM isolation both ways. In: a host stylesheet that unsets everything, sets huge
// fonts and !important rules on common selectors, class names and parts leaves every box
// inside our shadow roots exactly as on a plain page. Out: host elements with our class
// names, part names and tags look the same whether or not our elements are on the page.
import { expect } from '@open-wc/testing';
import { until } from '../helpers.js';
import {
  deepElements,
  loadHostPage,
  ourElements,
  registeredTags,
  removeHostPages,
  untilRendered,
  type HostFrame,
} from '../embed/frames.js';

const PROPERTIES = [
  'display',
  'position',
  'box-sizing',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'line-height',
  'color',
  'background-color',
  'text-align',
  'margin-top',
  'margin-right',
  'margin-bottom',
  'margin-left',
  'padding-top',
  'padding-right',
  'padding-bottom',
  'padding-left',
  'border-top-width',
  'border-left-width',
];

/** The nearest element, itself included, that is positioned against the page, if any. */
function placedByPage(host: HostFrame, element: Element): Element | undefined {
  for (let el: Element | null = element; el; el = el.parentElement ?? (el.getRootNode() as ShadowRoot).host ?? null) {
    const position = host.win.getComputedStyle(el).position;
    if (position === 'absolute' || position === 'fixed') return el;
  }
  return undefined;
}

/**
 * How an element looks and where its box is, relative to `origin`'s box, or to its nearest
 * ancestor placed against the page (such as an off-screen honeypot). Elements not rendered
 * (display: none or contents, a closed select's options) have no box.
 */
function look(host: HostFrame, element: Element, origin: DOMRect): string {
  const style = host.win.getComputedStyle(element);
  const box = element.getBoundingClientRect();
  const anchor = placedByPage(host, element);
  const from = anchor && anchor !== element ? anchor.getBoundingClientRect() : origin;
  const place = anchor === element ? [] : [box.left - from.left, box.top - from.top];
  const where = element.getClientRects().length ? [...place, box.width, box.height].map(Math.round) : [];
  const classes = element.getAttribute('class') ?? '';
  return `${element.localName}.${classes} ${where.join(',')} ${PROPERTIES.map((p) => style.getPropertyValue(p)).join('|')}`;
}

/** The look of every element inside our shadow roots, relative to the charter's own box. */
function insideLooks(host: HostFrame, tags: string[]): string[] {
  const charterBox = host.doc.querySelector('service-charter')!.shadowRoot!.firstElementChild!;
  const origin = charterBox.getBoundingClientRect();
  return ourElements(host.doc, tags).flatMap((element) =>
    deepElements(element.shadowRoot!).map((inner) => look(host, inner, origin)),
  );
}

/** Widens a frame until the space it gives the charter equals `width`. */
async function giveCharterWidth(host: HostFrame, width: number): Promise<void> {
  const charterBox = () => host.doc.querySelector('service-charter')!.shadowRoot!.firstElementChild!;
  const missing = width - charterBox().getBoundingClientRect().width;
  host.frame.style.width = `${800 + missing}px`;
  await until(() => Math.abs(charterBox().getBoundingClientRect().width - width) < 0.5);
}

describe('shadow DOM isolation', () => {
  let tags: string[];
  before(async () => {
    tags = await registeredTags();
  });
  afterEach(removeHostPages);

  it('a hostile host stylesheet changes nothing inside our elements', async () => {
    const plain = await loadHostPage({ scripts: 'npm' });
    const hostile = await loadHostPage({ scripts: 'npm', hostile: '1' });
    await untilRendered(plain, tags);
    await untilRendered(hostile, tags);
    // The hostile sheet really applies to the host page…
    const bodyStyle = hostile.win.getComputedStyle(hostile.doc.body);
    expect(bodyStyle.fontSize).to.equal('48px');
    expect(bodyStyle.lineHeight).to.equal('192px');
    // …and takes space from the page, so give the charter the same width in both frames.
    const plainWidth = plain.doc
      .querySelector('service-charter')!
      .shadowRoot!.firstElementChild!.getBoundingClientRect().width;
    await giveCharterWidth(hostile, plainWidth);
    const expected = insideLooks(plain, tags);
    expect(expected.length).to.be.greaterThan(50);
    expect(insideLooks(hostile, tags)).to.deep.equal(expected);
  });

  it('our styles never reach host elements with the same class names, parts and tags', async () => {
    const withUs = await loadHostPage({ scripts: 'npm' });
    const without = await loadHostPage({ scripts: 'none' });
    await untilRendered(withUs, tags);
    const inner = ourElements(withUs.doc, tags).flatMap((element) => deepElements(element.shadowRoot!));
    const classes = new Set(inner.flatMap((el) => [...el.classList]));
    const parts = new Set(inner.flatMap((el) => (el.getAttribute('part') ?? '').split(/\s+/).filter(Boolean)));
    const innerTags = new Set(inner.map((el) => el.localName).filter((tag) => !tag.includes('-') && tag !== 'slot'));
    expect(classes).to.include('visually-hidden');
    expect(parts).to.include('charter');

    const probes = (host: HostFrame): Element[] => {
      const box = host.doc.createElement('div');
      const add = (tag: string, attribute?: [string, string]) => {
        const probe = host.doc.createElement(tag);
        if (attribute) probe.setAttribute(...attribute);
        probe.textContent = 'Host content';
        box.append(probe);
      };
      classes.forEach((name) => add('div', ['class', name]));
      parts.forEach((name) => add('div', ['part', name]));
      innerTags.forEach((tag) => add(tag));
      host.doc.body.prepend(box);
      return [...box.children];
    };
    const looks = (host: HostFrame) => {
      const elements = probes(host);
      const origin = elements[0].parentElement!.getBoundingClientRect();
      return elements.map((el) => look(host, el, origin));
    };
    expect(looks(withUs)).to.deep.equal(looks(without));
    expect(withUs.doc.styleSheets.length).to.equal(without.doc.styleSheets.length);
    expect(withUs.doc.adoptedStyleSheets.length).to.equal(0);
  });
});
