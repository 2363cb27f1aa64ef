// An element inside a charter whose document needs a chunk to be read (a version 1 document
// through the CDN loader needs the version 1 reader) waits for that chunk with the charter:
// it never speaks before the charter has been read, as if there were no charter.
import { expect } from '@open-wc/testing';
import '../../src/define/service-charter.js';
import '../../src/define/service-wait-time.js';
import { copy, deepText, samples, until } from '../helpers.js';

describe('elements inside a charter that waits for a chunk', () => {
  it('a wait time says what the charter says, never first that it has no figure', async () => {
    const fetched = () => performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(fetched().some((url) => url.includes('/read-charter-v1.'))).to.equal(false);
    const charter = document.createElement('service-charter') as HTMLElement & { charter: unknown };
    charter.setAttribute('now', '2026-11-24T07:30:00Z');
    charter.charter = copy(samples.districtCouncil);
    const wait = document.createElement('service-wait-time') as HTMLElement & { updateComplete: Promise<boolean> };
    wait.setAttribute('channel', 'phone');
    charter.append(wait);
    const said = new Set<string>();
    const record = () => {
      const text = wait.shadowRoot ? deepText(wait.shadowRoot) : '';
      if (text) said.add(text);
    };
    const observer = new MutationObserver(record);
    document.body.append(charter);
    observer.observe(wait.shadowRoot!, { childList: true, subtree: true, characterData: true });
    try {
      await until(() => [...said].some((text) => text.includes('closed')));
      expect(fetched().some((url) => url.includes('/read-charter-v1.'))).to.equal(true);
      expect([...said].filter((text) => text.includes('not available'))).to.deep.equal([]);
    } finally {
      observer.disconnect();
      charter.remove();
    }
  });
});
