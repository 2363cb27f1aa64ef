// Shadow DOM isolation both ways. In: a host stylesheet that unsets everything, sets huge
// fonts and !important rules on common selectors, class names and parts leaves every box
// inside our shadow roots exactly as on a plain page, and so does a page without a doctype
// (quirks mode). Out: host elements with our class
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
  return `${element.localName}.${classes} ${where.join(',')} ${styleOf(style)}`;
}

/** The computed values of PROPERTIES, joined. */
const styleOf = (style: CSSStyleDeclaration) => PROPERTIES.map((p) => style.getPropertyValue(p)).join('|');

/** Whether an element is inside a box placed off the page (a form's honeypot), which nobody sees. */
const offPage = (host: HostFrame, element: Element) =>
  (placedByPage(host, element)?.getBoundingClientRect().right ?? 0) < 0;

/**
 * The look of every element inside our shadow roots, relative to the charter's own box;
 * `seen`: only boxes a reader can see.
 */
function insideLooks(host: HostFrame, tags: string[], seen = false): string[] {
  const charterBox = host.doc.querySelector('service-charter')!.shadowRoot!.firstElementChild!;
  const origin = charterBox.getBoundingClientRect();
  return insideElements(host, tags, seen).map((inner) => look(host, inner, origin));
}

/** Every element inside our shadow roots; `seen`: only those whose box a reader can see. */
const insideElements = (host: HostFrame, tags: string[], seen: boolean) =>
  ourElements(host.doc, tags).flatMap((element) =>
    deepElements(element.shadowRoot!)
      // A line break's own box is drawn by nothing (Firefox gives it a line's height in quirks mode).
      .filter((inner) => !seen || (!offPage(host, inner) && inner.localName !== 'br')),
  );

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

  it('a page in quirks mode (no doctype) lays out our elements as a standards page does', async () => {
    const standards = await loadHostPage({ scripts: 'npm' });
    const quirks = await loadHostPage({ scripts: 'npm', quirks: '1' });
    await untilRendered(standards, tags);
    await untilRendered(quirks, tags);
    expect(quirks.doc.compatMode).to.equal('BackCompat');
    expect(standards.doc.compatMode).to.equal('CSS1Compat');
    // Tables and forms differ in quirks mode by the browser's own stylesheet: ours sets both.
    // The performance chart's table is in a <details>: open, as a reader may.
    for (const host of [standards, quirks])
      for (const element of ourElements(host.doc, tags))
        element.shadowRoot!.querySelectorAll('details').forEach((details) => (details.open = true));
    await new Promise((frameDrawn) => requestAnimationFrame(frameDrawn));
    const expected = insideLooks(standards, tags, true);
    expect(expected.length).to.be.greaterThan(50);
    expect(expected.some((line) => line.startsWith('table.'))).to.equal(true);
    expect(insideLooks(quirks, tags, true)).to.deep.equal(expected);
  });

  it('sizes every box inside our elements by its border, inside an open <details> too', async () => {
    const page = await loadHostPage({ scripts: 'npm' });
    await untilRendered(page, tags);
    const details = ourElements(page.doc, tags).flatMap((element) => [
      ...element.shadowRoot!.querySelectorAll('details'),
    ]);
    expect(details.length).to.be.greaterThan(0);
    details.forEach((box) => (box.open = true));
    const sizing = insideElements(page, tags, false)
      .filter((inner) => inner.localName !== 'style')
      .map((inner) => `${inner.localName}.${inner.className}: ${page.win.getComputedStyle(inner).boxSizing}`);
    expect(sizing.length).to.be.greaterThan(50);
    expect(sizing.filter((line) => !line.endsWith('border-box'))).to.deep.equal([]);
  });

  it('a page with a small root font size (Bootstrap 3: 10px) leaves our text and spacing as they are', async () => {
    const plain = await loadHostPage({ scripts: 'npm' });
    const small = await loadHostPage({ scripts: 'npm', 'small-root': '1' });
    await untilRendered(plain, tags);
    await untilRendered(small, tags);
    expect(small.win.getComputedStyle(small.doc.documentElement).fontSize).to.equal('10px');
    // Sizes, line heights, margins, padding and borders; where boxes are may differ (a logo's
    // largest size and the charter's columns follow the root).
    const styles = (host: HostFrame) =>
      insideElements(host, tags, true).map(
        (inner) => `${inner.localName} ${styleOf(host.win.getComputedStyle(inner))}`,
      );
    const expected = styles(plain);
    expect(expected.length).to.be.greaterThan(50);
    expect(styles(small)).to.deep.equal(expected);
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
