// The elements declare their reactive properties in `static properties`, with plain class
// fields for their types, docs and defaults. A field compiled as a definition of its own
// would hide Lit's accessor, and setting it would re-render nothing: none may. Each element
// observes exactly the attributes custom-elements.json documents for it.
import { expect } from '@open-wc/testing';
import type { ReactiveElement } from 'lit';
import '../../src/define/all.js';
import manifest from '../../custom-elements.json';
import { html } from 'lit';
import { deepText, render } from '../helpers.js';

interface Declaration {
  tagName?: string;
  attributes?: { name: string }[];
}

const documented = new Map(
  manifest.modules
    .flatMap((module) => (module.declarations ?? []) as Declaration[])
    .filter((declaration) => declaration.tagName)
    .map((declaration) => [declaration.tagName!, (declaration.attributes ?? []).map(({ name }) => name).sort()]),
);

describe('reactive properties', () => {
  it('the manifest documents all ten elements', () => {
    expect(documented.size).to.equal(10);
  });

  for (const [tag, attributes] of documented) {
    it(`<${tag}>: no field hides a reactive property, and the attributes are those documented`, () => {
      const element = document.createElement(tag) as ReactiveElement;
      const properties = [...(element.constructor as typeof ReactiveElement).elementProperties.keys()];
      expect(properties).to.include.members(['strings', 'now', 'clock']);
      for (const name of properties) expect(Object.hasOwn(element, name), String(name)).to.equal(false);
      expect([...(element.constructor as typeof ReactiveElement).observedAttributes].sort()).to.deep.equal(attributes);
    });
  }

  it('an attribute and a property set after the first render both render again', async () => {
    const element = await render<ReactiveElement & { headingLevel: number; about: string }>(
      html`<service-you-said-we-did
        now="2026-11-24T10:00:00Z"
        .improvements=${[
          { id: 'a', youSaid: 'Too slow', weDid: 'Faster', doneOn: '2026-05', promise: 'a' },
          { id: 'b', youSaid: 'Too dark', weDid: 'Lights', doneOn: '2026-06', promise: 'b' },
        ]}
      ></service-you-said-we-did>`,
    );
    expect(deepText(element)).to.contain('Too slow').and.to.contain('Too dark');
    element.setAttribute('about', 'b');
    await element.updateComplete;
    expect(deepText(element)).not.to.contain('Too slow');
    element.headingLevel = 4;
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('h4')).to.exist;
  });
});
