// A `lang` changed after the first render, on <html> or on the element, re-renders every
// element in the new language: each then shows exactly what a fresh render in it shows.
import { expect } from '@open-wc/testing';
import '../../src/define/all.js';
import { deepElements, registeredTags, renderedText, untilRendered } from '../embed/frames.js';
import { settle, until } from '../helpers.js';

/** Every element inside the district charter, in a box with `lang`; their text, tag by tag. */
async function renderIn(lang: string): Promise<HTMLElement> {
  const box = document.createElement('div');
  box.className = 'lang-box';
  box.lang = lang;
  box.innerHTML = await (await fetch(`/test-api/embed/markup?run=lang-${lang}`)).text();
  document.body.append(box);
  await untilRendered({ win: window, doc: document } as never, await registeredTags());
  return box;
}

const tagsOf = (box: Element) => deepElements(box).filter((el) => el.localName.startsWith('service-'));
const texts = (box: Element) => tagsOf(box).map((el) => `${el.localName}: ${renderedText(el.shadowRoot!).trim()}`);

async function settled(box: Element): Promise<void> {
  for (const el of tagsOf(box)) await settle(el, 2);
}

describe('changing lang after the first render', () => {
  let welsh: string[];
  before(async () => {
    const fresh = await renderIn('cy');
    await settled(fresh);
    welsh = texts(fresh);
    fresh.remove();
  });
  afterEach(() => {
    document.documentElement.lang = 'en';
    document.querySelectorAll('.lang-box').forEach((el) => el.remove());
  });

  it('reads a locale written with an underscore (cy_GB), as some content systems write it', async () => {
    const box = await renderIn('cy_GB');
    await settled(box);
    expect(texts(box)).to.deep.equal(welsh);
  });

  it('re-renders every element when <html lang> changes', async () => {
    const box = await renderIn('');
    box.removeAttribute('lang');
    document.documentElement.lang = 'en';
    await settled(box);
    const english = texts(box);
    expect(english).to.not.deep.equal(welsh);
    document.documentElement.lang = 'cy';
    await until(() => texts(box).join() !== english.join());
    await settled(box);
    expect(texts(box)).to.deep.equal(welsh);
  });

  it('re-renders every element, nested ones too, when the charter’s own lang changes', async () => {
    const box = await renderIn('en');
    box.removeAttribute('lang');
    const charter = box.querySelector('service-charter')!;
    charter.setAttribute('lang', 'en');
    await settled(box);
    const english = texts(box);
    charter.setAttribute('lang', 'cy');
    await until(() => texts(box).join() !== english.join());
    await settled(box);
    expect(texts(box)).to.deep.equal(welsh);
  });
});
