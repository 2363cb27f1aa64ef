// The elements speak the community context protocol with code of their own, and the docs say
// `<service-charter>` provides its charter as @lit/context does: an app's @lit/context
// consumer inside a charter follows it, an app's @lit/context provider gives our elements a
// charter, and a charter nested in another takes over the elements inside it.
import { expect } from '@open-wc/testing';
import { ContextConsumer, ContextProvider } from '@lit/context';
import { LitElement } from 'lit';
import '../../src/define/all.js';
import { charterContext, parseCharter, ServiceCharter } from '../../src/index.js';
import type { CharterContextValue } from '../../src/context/charter-context.js';
import { clockContext, fixedClock, type Clock } from '../../src/context/clock.js';
import { copy, deepText, samples, until } from '../helpers.js';

class AppReader extends LitElement {
  charter = new ContextConsumer(this, { context: charterContext, subscribe: true });
  once = new ContextConsumer(this, { context: clockContext });
}
customElements.define('app-reader', AppReader);

class AppProvider extends LitElement {
  charter = new ContextProvider(this, { context: charterContext });
  clock = new ContextProvider(this, {
    context: clockContext,
    initialValue: fixedClock(Date.parse('2026-11-24T10:00:00Z')),
  });
}
customElements.define('app-provider', AppProvider);

/** The name of the organisation whose charter the reader holds, or '' before one arrives. */
const heldName = (reader: AppReader): string =>
  JSON.stringify((reader.charter.value as CharterContextValue | undefined)?.charter.organisation.name ?? '');

const inlineCharter = (json: unknown, inner = ''): string =>
  `<service-charter now="2026-11-24T10:00:00Z"><script type="application/json">${JSON.stringify(json)}</script>${inner}</service-charter>`;

describe('context protocol interop', () => {
  let page: HTMLElement;
  beforeEach(() => document.body.append((page = document.createElement('div'))));
  afterEach(() => page.remove());

  it("an app's @lit/context consumer inside a charter follows its charter, and reads its clock once", async () => {
    page.innerHTML = inlineCharter(samples.districtCouncil, '<app-reader></app-reader>');
    const charter = page.querySelector<ServiceCharter>('service-charter')!;
    const reader = page.querySelector<AppReader>('app-reader')!;
    await until(() => heldName(reader).includes('Northwold'));
    const late = charter.appendChild(document.createElement('app-reader') as AppReader);
    expect(late.once.value?.now(), 'a one-off request').to.equal(Date.parse('2026-11-24T10:00:00Z'));

    const renamed = copy(samples.districtCouncil) as { organisation: { name: string } };
    renamed.organisation.name = 'Southwold District Council';
    charter.charter = renamed;
    await until(() => heldName(reader).includes('Southwold'));
  });

  it("our elements read the charter and clock of an app's @lit/context provider", async () => {
    page.innerHTML = '<app-provider><service-promise promise-id="answer-email"></service-promise></app-provider>';
    const provider = page.querySelector<AppProvider>('app-provider')!;
    const promise = page.querySelector('service-promise')!;
    provider.charter.setValue({ charter: parseCharter(samples.districtCouncil) });
    await until(() => deepText(promise).includes('We answer your email in full.'));
    const { activeClock } = promise as unknown as { activeClock: Clock };
    expect(activeClock.now()).to.equal(Date.parse('2026-11-24T10:00:00Z'));
  });

  it('a charter that upgrades inside another takes over the elements inside it', async () => {
    const inner = copy(samples.districtCouncil) as { organisation: { name: string } };
    inner.organisation.name = 'Inner Parish Council';
    page.innerHTML = inlineCharter(
      samples.districtCouncil,
      `<late-charter><script type="application/json">${JSON.stringify(inner)}</script><app-reader></app-reader></late-charter>`,
    );
    const reader = page.querySelector<AppReader>('app-reader')!;
    await until(() => heldName(reader).includes('Northwold'));

    // The inner charter's provider connects above a subscribed reader that stays where it is.
    customElements.define('late-charter', class extends ServiceCharter {});
    await until(() => heldName(reader).includes('Inner'));
  });
});
