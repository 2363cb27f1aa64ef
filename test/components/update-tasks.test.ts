// A page with several elements never draws them all in one long task: each element in the page's
// own DOM draws its first render, and a charter that has just arrived, in a task of its own.
// Timers of the same delay run in the order they were set, so a timer the test sets before the
// elements set theirs runs between the charter's update and theirs.
import { expect, html } from '@open-wc/testing';
import '../../src/define/all.js';
import type { ServiceCharter } from '../../src/components/service-charter/service-charter.js';
import { copy, deepText, render, samples, settle } from '../helpers.js';

const now = '2026-11-24T10:00:00Z';
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

/** The district charter with its phone and office channels renamed. */
function renamed() {
  const charter = copy(samples.districtCouncil);
  for (const channel of charter.channels) channel.name = `${channel.name} (new)`;
  return charter;
}

describe('elements draw in tasks of their own', () => {
  afterEach(() => document.querySelectorAll('.task-page').forEach((node) => node.remove()));

  it('draws each element of the page for the first time in a task of its own', async () => {
    const page = Object.assign(document.createElement('div'), { className: 'task-page' });
    const schedule = { timeZone: 'Europe/London', weekly: { tue: [['09:00', '17:00']] } };
    page.innerHTML = `<service-hours now="${now}"></service-hours><service-hours now="${now}"></service-hours>`;
    const [first, second] = page.querySelectorAll('service-hours');
    Object.assign(first, { schedule });
    Object.assign(second, { schedule });
    document.body.append(page);
    const drawnAtFirst: string[] = [];
    new MutationObserver((_, observer) => {
      observer.disconnect();
      drawnAtFirst.push(deepText(first), deepText(second));
    }).observe(first.shadowRoot!, { childList: true, subtree: true });
    await nextTask();
    expect(deepText(first), 'nothing drawn in the task that added them').to.equal('');
    await settle(page);
    expect(drawnAtFirst[0]).to.contain('Open now');
    expect(drawnAtFirst[1], 'the second, when the first is drawn').to.equal('');
    expect(deepText(second)).to.contain('Open now');
  });

  it('draws a charter that has just arrived in the charter first, then in each element inside it in a task of its own', async () => {
    const charter = await render<ServiceCharter>(
      html`<service-charter class="task-page" now=${now} .charter=${samples.districtCouncil}>
        <service-hours channel="phone"></service-hours>
        <service-hours channel="office"></service-hours>
      </service-charter>`,
    );
    const [phone, office] = charter.querySelectorAll('service-hours');
    expect(deepText(phone)).to.contain('Phone').and.not.contain('(new)');
    let officeWhenPhoneDrawn = '';
    new MutationObserver((_, observer) => {
      observer.disconnect();
      officeWhenPhoneDrawn = deepText(office);
    }).observe(phone.shadowRoot!, { childList: true, subtree: true, characterData: true });
    charter.charter = renamed();
    await nextTask();
    expect(deepText(charter.shadowRoot!.querySelector('[part~="charter"]')!), 'the charter itself').to.contain(
      'Phone (new)',
    );
    expect(deepText(phone), 'the hours inside, in the same task').not.to.contain('(new)');
    await settle(charter);
    expect(deepText(phone)).to.contain('Phone (new)');
    expect(officeWhenPhoneDrawn, 'the office hours, when the phone hours are drawn').not.to.contain('(new)');
    expect(deepText(office)).to.contain('Customer service centre (new)');
  });
});
