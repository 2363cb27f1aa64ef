// The classes registered under a page's own tag names, children before their parent, with
// customElements.define directly (not the package's define files): every child still reads
// the charter once its parent is registered.
import { expect } from '@open-wc/testing';
import { ServiceCharter, ServiceComplaintForm, ServiceHours, ServicePromise } from '../../src/index.js';
import { copy, deepText, samples, until } from '../helpers.js';

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

  it('a complaint form under its own tag waits for its charter before choosing where drafts go', async () => {
    const charter = copy(samples.districtCouncil) as Record<string, any>;
    charter.complaints.draftStorage = 'local';
    const page = document.createElement('div');
    page.innerHTML = `
      <council-charter-two now="2026-11-24T10:00:00Z">
        <script type="application/json">${JSON.stringify(charter)}</script>
        <council-form id="draft-place" hide-policy></council-form>
      </council-charter-two>`;
    document.body.append(page);
    customElements.define('council-form', ServiceComplaintForm);
    customElements.define('council-charter-two', class extends ServiceCharter {});
    const form = page.querySelector('council-form')!;
    await until(() => form.shadowRoot?.querySelector('#details'));
    const details = form.shadowRoot!.querySelector<HTMLTextAreaElement>('#details')!;
    details.value = 'The bin was not collected.';
    details.dispatchEvent(new Event('input', { bubbles: true }));
    const key = Object.keys(localStorage).find((k) => k.endsWith('#draft-place'));
    expect(key, 'the charter chose local storage').to.be.a('string');
    expect(Object.keys(sessionStorage).filter((k) => k.endsWith('#draft-place'))).to.deep.equal([]);
    localStorage.removeItem(key!);
    page.remove();
  });
});
