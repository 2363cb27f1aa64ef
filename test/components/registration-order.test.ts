// The classes registered under a page's own tag names, children before their parent, with
// customElements.define directly (not the package's define files): every child still reads
// the charter once its parent is registered.
import { expect } from '@open-wc/testing';
import { ServiceCharter, ServiceHours, ServicePromise } from '../../src/index.js';
import { deepText, samples, until } from '../helpers.js';

describe('registration under any tag names, in any order', () => {
  it('children registered before their <service-charter> render its charter', async () => {
    const page = document.createElement('div');
    page.innerHTML = `
      <council-charter now="2026-11-24T10:00:00Z">
        <script type="application/json">${JSON.stringify(samples.districtCouncil)}</script>
        <council-hours channel="phone" now="2026-11-24T10:00:00Z"></council-hours>
        <council-promise promise-id="answer-email" now="2026-11-24T10:00:00Z"></council-promise>
      </council-charter>`;
    document.body.append(page);
    const hours = page.querySelector('council-hours')!;
    const promise = page.querySelector('council-promise')!;

    customElements.define('council-hours', ServiceHours);
    customElements.define('council-promise', ServicePromise);
    await (hours as ServiceHours).updateComplete;
    await (promise as ServicePromise).updateComplete;
    expect(deepText(promise), 'no charter yet').not.to.contain('We answer your email in full.');

    customElements.define('council-charter', class extends ServiceCharter {});
    await until(() => deepText(promise).includes('We answer your email in full.'));
    await until(() => deepText(hours).includes('Opening hours'));
    expect(deepText(page.querySelector('council-charter')!)).to.contain('Northwold');
    page.remove();
  });
});
