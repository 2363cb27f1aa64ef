// Language of parts (WCAG 3.1.2): an English charter on a Welsh page. Each piece of charter
// text is marked as English where it is shown, the built-in strings around it stay Welsh, and
// the chart's name keeps to one language.
import { expect, html } from '@open-wc/testing';
import '../../src/define/all.js';
import { registeredTags, untilRendered } from '../embed/frames.js';
import { parseCharter } from '../../src/core/index.js';
import { allInShadow, deepText, inShadow, render, samples, until } from '../helpers.js';
import { fillValid, renderForm, resetEndpoint, submit } from '../complaint-helpers.js';

/** Every string in a JSON value. */
const stringsIn = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : value && typeof value === 'object'
      ? Object.values(value).flatMap(stringsIn)
      : [];

/** The nearest lang of a node, crossing shadow roots. */
function languageOf(node: Node): string {
  for (
    let el: Element | null = node.parentElement;
    el;
    el = el.parentElement ?? (el.getRootNode() as ShadowRoot).host ?? null
  ) {
    if (el.hasAttribute('lang')) return el.getAttribute('lang')!;
  }
  return document.documentElement.lang;
}

/** Every text node below a node, through shadow roots. */
function textNodes(root: Node): Text[] {
  const found: Text[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE && node.textContent!.trim()) found.push(node as Text);
    if (node.nodeName === 'STYLE' || node.nodeName === 'SCRIPT') return;
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    node.childNodes.forEach(walk);
  };
  walk(root);
  return found;
}

describe('language of parts', () => {
  it('an English charter on a Welsh page marks its English text, and only that', async () => {
    const box = document.createElement('div');
    box.lang = 'cy';
    box.innerHTML = await (await fetch('/test-api/embed/markup?run=parts')).text();
    document.body.append(box);
    await untilRendered({ win: window, doc: document } as never, await registeredTags());

    // Whole charter strings of more than one word (single words may also be Welsh words, and
    // a phone number has no language).
    const charterText = new Set(stringsIn(samples.districtCouncil).filter((s) => /[a-z]+\s+[a-z]+/i.test(s)));
    const nodes = textNodes(box);
    const fromCharter = nodes.filter((node) => charterText.has(node.textContent!.trim()));
    expect(fromCharter.length, 'charter texts found').to.be.greaterThan(10);
    const asWelsh = fromCharter.filter((node) => languageOf(node) !== 'en').map((node) => node.textContent!.trim());
    expect(asWelsh, 'English charter text exposed as Welsh').to.deep.equal([]);

    // Built-in strings stay in the page's language.
    const builtIn = nodes.filter((node) => ['Ein gwerthoedd', 'Ein haddewidion'].includes(node.textContent!.trim()));
    // The charter's two headings, and the scorecard's "Our promises" heading and table rows.
    expect(builtIn.length).to.equal(4);
    builtIn.forEach((node) => expect(languageOf(node)).to.equal('cy'));

    // The chart's name is one language: Welsh words, no English measure inside.
    const performance = box.querySelector('service-performance')!;
    const chartName = performance.shadowRoot!.querySelector('svg.chart')!.getAttribute('aria-label')!;
    expect(chartName).to.match(/^Siart o /);
    for (const text of charterText) expect(chartName).to.not.contain(text);
    box.remove();
  });
});

describe('language of parts inside sentences', () => {
  /** The text nodes below `root` that contain `words`. */
  const nodesWith = (root: Node, words: string) => textNodes(root).filter((node) => node.textContent!.includes(words));

  it('charter words built into a Welsh sentence are marked English: qualifiers, guarantees, custom access offers', async () => {
    const charter = structuredClone(samples.housingAssociation) as typeof samples.housingAssociation & {
      access: unknown[];
    };
    charter.access.push({ id: 'home-visits', offer: 'custom', text: 'We can visit you at home.' });
    const box = document.createElement('div');
    box.lang = 'cy';
    document.body.append(box);
    const element = Object.assign(document.createElement('service-charter'), { charter });
    element.setAttribute('now', '2026-12-21T10:00:00Z');
    box.append(element);
    await until(() => nodesWith(box, 'byddwn yn talu').length > 0);
    // Access offers follow the promises, which are drawn in batches: wait for the last.
    await element.updateComplete;

    const english = [
      'ideally', // a hedge inside the sentence: "…, ideally."
      'We make the home safe first; a full repair may need a second visit.', // a qualifier of its own
      'If we miss a repair appointment', // a guarantee's condition, capitalised
      'We can visit you at home', // a custom access offer, before its own full stop
    ];
    for (const words of english) {
      const found = nodesWith(box, words);
      expect(found.length, `"${words}" shown`).to.be.greaterThan(0);
      for (const node of found) {
        expect(languageOf(node), `"${words}"`).to.equal('en');
        // Only the charter's words are marked: the Welsh around them stays Welsh.
        expect(node.textContent!.trim(), `"${words}" alone in its node`).to.match(
          new RegExp(`^${words.replace(/[.;]/g, '\\$&')}\\.?$`),
        );
      }
    }
    const welshAround = nodesWith(box, 'byddwn yn talu');
    expect(welshAround.length).to.be.greaterThan(0);
    welshAround.forEach((node) => expect(languageOf(node)).to.equal('cy'));
    box.remove();
  });
});

describe('language of parts in names and deadlines', () => {
  /** An English charter: a phone line, a channel of its own type and two complaint tracks. */
  const englishCharter = () => {
    const weekday = [['09:00', '17:00']];
    const targets = [{ kind: 'acknowledge', within: { workingDays: 2 } }];
    return {
      version: 2,
      language: 'en',
      timeZone: 'Europe/London',
      organisation: { name: 'Test Council' },
      title: 'Charter',
      calendars: { office: { weekly: { mon: weekday, tue: weekday, wed: weekday, thu: weekday, fri: weekday } } },
      hours: 'office',
      channels: [
        { id: 'phone', type: 'phone', name: 'Phone line' },
        { id: 'app', type: 'custom', typeName: 'Messaging app', name: 'Our app' },
      ],
      promises: [{ id: 'p0', kind: 'reply', channel: 'app', targets }],
      complaints: {
        tracks: [
          { id: 'payments', name: 'Payment complaints', stages: [{ name: 'Response', targets }] },
          { id: 'other', name: 'All other complaints', stages: [{ name: 'Response', targets }] },
        ],
        consent: 'We use your details only to look into your complaint.',
      },
    };
  };

  /** Each text node below `root` that holds exactly `words`, with its language. */
  const languagesOf = (root: Node, words: string) =>
    textNodes(root)
      .filter((node) => node.textContent!.trim() === words)
      .map(languageOf);

  it('a channel type in a Welsh response sentence and a channel in a Welsh button name are English', async () => {
    const feedData = { updatedAt: '2026-11-24T10:00:00Z', channels: { phone: { estimatedWaitSeconds: 240 } } };
    const charter = await render(
      html`<service-charter lang="cy" now="2026-11-24T10:00:00Z" .charter=${englishCharter()}>
        <service-response-time promise-id="p0"></service-response-time>
        <service-wait-time channel="phone" .feedData=${feedData}></service-wait-time>
      </service-charter>`,
    );
    const [response, wait] = [...charter.children];
    await until(() => inShadow(response, '[part="response"]') && inShadow(wait, 'button'));
    const sentence = inShadow(response, '[part="response"]')!;
    expect(deepText(sentence)).to.match(/^Cysylltwch â ni drwy Messaging app nawr/);
    expect(languagesOf(sentence, 'Messaging app')).to.deep.equal(['en']);
    expect(languageOf(textNodes(sentence)[0])).to.equal('cy');
    const button = inShadow(wait, 'button[part="pause-button"]')!;
    expect(deepText(button).replace(/\s+/g, ' ').trim()).to.equal('Oedi’r diweddariadau (Phone line)');
    expect(languagesOf(button, 'Phone line')).to.deep.equal(['en']);
    expect(languageOf(textNodes(button)[0])).to.equal('cy');
  });

  it('track names on a Welsh complaint receipt are English', async () => {
    await resetEndpoint();
    sessionStorage.clear();
    const form = await renderForm({ lang: 'cy' }, parseCharter(englishCharter()));
    await fillValid(form);
    await submit(form);
    await until(() => inShadow(form, '[part="receipt"]'));
    const lines = allInShadow(form, '[part="deadlines"]');
    expect(lines.length).to.equal(2);
    expect(languagesOf(lines[0], 'Payment complaints')).to.deep.equal(['en']);
    expect(languagesOf(lines[1], 'All other complaints')).to.deep.equal(['en']);
    expect(languageOf(textNodes(lines[0]).at(-1)!)).to.equal('cy');
  });
});

describe('built-in strings on a page in a third language', () => {
  it('an English charter on a French page: every word on it is marked English, charter text and built-in strings alike', async () => {
    const box = document.createElement('div');
    box.lang = 'fr';
    box.innerHTML = await (await fetch('/test-api/embed/markup?run=third-language')).text();
    document.body.append(box);
    await untilRendered({ win: window, doc: document } as never, await registeredTags());

    const worded = textNodes(box).filter((node) => /\p{L}{2}/u.test(node.textContent!));
    expect(worded.length, 'text found').to.be.greaterThan(100);
    const asFrench = worded.filter((node) => languageOf(node) !== 'en').map((node) => node.textContent!.trim());
    expect(asFrench, 'English text exposed as French').to.deep.equal([]);
    box.remove();
  });

  it('a French charter text inside the English built-in strings is marked French', async () => {
    const charter = structuredClone(samples.districtCouncil) as unknown as { organisation: { name: unknown } };
    charter.organisation.name = { en: 'Northwold District Council', fr: 'Conseil de district de Northwold' };
    const el = await render(html`<service-charter lang="fr" .charter=${charter}></service-charter>`);
    const [name] = nodesWithText(el.shadowRoot!, 'Conseil de district de Northwold');
    expect(languageOf(name)).to.equal('fr');
    const [heading] = nodesWithText(el.shadowRoot!, 'Our promises');
    expect(languageOf(heading)).to.equal('en');
  });
});

/** The text nodes below `root` that contain `words`. */
function nodesWithText(root: Node, words: string): Text[] {
  return textNodes(root).filter((node) => node.textContent!.includes(words));
}
