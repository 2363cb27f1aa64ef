// The elements inside a React 19 app and a Vue 3 app (test/embed/*-app.ts), loaded from the
// unbundled ES modules the npm build is made of: objects reach the elements as properties,
// strings as attributes, our events reach the framework's handlers, and updates re-render.
// React ships CommonJS only, so the test server bundles it into one ES module (esbuild).
import { expect } from '@open-wc/testing';
import type * as ReactModule from 'react';
import type * as ReactDOMClientModule from 'react-dom/client';
import '../../src/define/all.js';
import type { ServiceCharter } from '../../src/components/service-charter/service-charter.js';
import { charterApp } from '../embed/react-app.js';
import { mountCharterApp } from '../embed/vue-app.js';
import { copy, deepText, samples, until } from '../helpers.js';

const NOW = '2026-11-24T10:00:00Z';
const STRINGS = { promises: 'What we promise you' };

interface ReactBundle {
  React: typeof ReactModule;
  ReactDOMClient: typeof ReactDOMClientModule;
}
const reactUrl = '/test-api/embed/react.js';

/** What every framework must get right, read from the page the framework rendered. */
async function expectEmbedded(container: HTMLElement, charterData: unknown, level: number): Promise<ServiceCharter> {
  await until(() => container.querySelector('service-charter')?.shadowRoot?.querySelector(`h${level}#title`));
  const charter = container.querySelector('service-charter')!;
  expect(charter.charter, 'the object, set as a property').to.equal(charterData);
  expect(charter.hasAttribute('charter'), 'not stringified into an attribute').to.equal(false);
  expect((charter as unknown as { activeClock: { now(): number } }).activeClock.now()).to.equal(Date.parse(NOW));
  expect(deepText(charter.shadowRoot!)).to.contain(STRINGS.promises);
  const promise = container.querySelector('service-promise')!;
  expect(promise.getAttribute('promise-id')).to.equal('answer-email');
  await until(() => deepText(promise).includes('We answer your email in full.'));
  await until(() => container.querySelector('#loaded')!.textContent === '5 promises');
  return charter;
}

describe('embedded in frameworks', () => {
  let container: HTMLElement;
  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
  });
  afterEach(() => container.remove());

  it('React 19: properties, attributes and events', async () => {
    const { React, ReactDOMClient } = (await import(/* @vite-ignore */ reactUrl)) as ReactBundle;
    expect(React.version).to.match(/^19\./);
    const App = charterApp(React);
    const root = ReactDOMClient.createRoot(container);
    const first = copy(samples.districtCouncil);
    root.render(React.createElement(App, { charter: first, headingLevel: 3, strings: STRINGS, now: NOW }));
    const charter = await expectEmbedded(container, first, 3);
    expect(charter.getAttribute('heading-level')).to.equal('3');

    const second = { ...copy(samples.districtCouncil), title: 'Updated by React' };
    root.render(React.createElement(App, { charter: second, headingLevel: 2, strings: STRINGS, now: NOW }));
    await until(() => charter.shadowRoot!.querySelector('h2#title')?.textContent === 'Updated by React');
    expect(container.querySelector('service-charter')).to.equal(charter);
    root.unmount();
    expect(container.querySelector('service-charter')).to.equal(null);
  });

  it('Vue 3: properties, attributes and events', async () => {
    const first = copy(samples.districtCouncil);
    const { app, charter: charterRef, headingLevel } = mountCharterApp(container, { charter: first, now: NOW });
    const charter = await expectEmbedded(container, first, 3);

    charterRef.value = { ...copy(samples.districtCouncil), title: 'Updated by Vue' };
    headingLevel.value = 2;
    await until(() => charter.shadowRoot!.querySelector('h2#title')?.textContent === 'Updated by Vue');
    app.unmount();
    expect(container.querySelector('service-charter')).to.equal(null);
  });
});
