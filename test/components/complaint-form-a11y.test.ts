// WCAG details of the complaint form beyond axe: the error summary as an alert at the right
// heading level, the focus indicator on radios and checkboxes, the checkbox label at 320 px,
// the Send button in forced colours, and no character count spoken over the sending status.
import { expect, html } from '@open-wc/testing';
import '../../src/define/all.js';
import type { ServiceComplaintForm } from '../../src/components/service-complaint-form/service-complaint-form.js';
import {
  complaintCharter,
  endpoint,
  field,
  fillValid,
  renderForm,
  resetEndpoint,
  submit,
  type,
} from '../complaint-helpers.js';
import { emulateMediaFeatures, inShadow, render, until } from '../helpers.js';

const FOCUS_YELLOW = 'rgb(255, 221, 0)';
const TEXT_BLACK = 'rgb(11, 12, 12)';
const status = (element: Element) => inShadow(element, '[role="status"]')!.textContent!.trim();

describe('<service-complaint-form> accessibility details', () => {
  beforeEach(async () => {
    sessionStorage.clear();
    await resetEndpoint();
  });
  afterEach(() => emulateMediaFeatures({ 'forced-colors': '' }));

  it('the error summary is an alert whose heading sits one below heading-level', async () => {
    for (const [level, expected] of [
      ['2', 'H3'],
      ['4', 'H5'],
    ]) {
      const element = await render<ServiceComplaintForm>(
        html`<service-complaint-form
          .parsedCharter=${complaintCharter()}
          endpoint=${endpoint}
          now="2026-11-24T10:00:00Z"
          heading-level=${level}
        ></service-complaint-form>`,
      );
      await submit(element);
      const summary = inShadow(element, '[part="error-summary"]')!;
      expect(summary.getAttribute('role')).to.equal('alert');
      const title = inShadow(element, '#error-summary-title')!;
      expect(title.tagName).to.equal(expected);
      expect(summary.getAttribute('aria-labelledby')).to.equal('error-summary-title');
      element.remove();
    }
  });

  it('radios and checkboxes show the yellow-and-black focus indicator', async () => {
    const element = await renderForm();
    for (const id of ['kind-complaint', 'anonymous', 'consent']) {
      const control = field(element, id);
      control.focus();
      const style = getComputedStyle(control);
      expect(style.outlineStyle, id).to.equal('solid');
      expect(style.outlineColor, id).to.equal(FOCUS_YELLOW);
      expect(style.boxShadow, id).to.contain(TEXT_BLACK);
      // The black ring lies outside the 3 px yellow outline, so it shows on any background.
      expect(
        parseFloat(/(\d+(?:\.\d+)?)px\s*$/.exec(style.boxShadow.replace(TEXT_BLACK, '').trim())![1]),
        id,
      ).to.be.greaterThan(parseFloat(style.outlineWidth));
    }
  });

  it('drawn radios and checkboxes show their state, and work by keyboard', async () => {
    const element = await renderForm();
    const mark = (id: string) => getComputedStyle(field(element, id), '::before').visibility;
    expect(mark('kind-complaint')).to.equal('hidden');
    field(element, 'kind-complaint').click();
    field(element, 'consent').click();
    await element.updateComplete;
    expect(mark('kind-complaint')).to.equal('visible');
    expect(mark('consent')).to.equal('visible');
    expect(mark('anonymous')).to.equal('hidden');
    await expect(element).to.be.accessible();
  });

  it('at 320 px each checkbox label stays beside its box', async () => {
    const element = await renderForm();
    element.style.width = '304px'; // a 320 px screen less the page's 8 px margins
    await element.updateComplete;
    for (const id of ['anonymous', 'consent']) {
      const box = field(element, id).getBoundingClientRect();
      const label = inShadow(element, `label[for="${id}"]`)!.getBoundingClientRect();
      expect(label.left, `${id} label starts right of its box`).to.be.at.least(box.right);
      expect(label.top, `${id} label starts level with its box`).to.be.below(box.bottom);
    }
  });

  it('in forced colours the Send button keeps a visible border', async function () {
    if (!(await emulateMediaFeatures({ 'forced-colors': 'active' }))) this.skip();
    const element = await renderForm();
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    const style = getComputedStyle(inShadow(element, 'button[type="submit"]')!);
    expect(style.borderTopStyle).to.equal('solid');
    expect(parseFloat(style.borderTopWidth)).to.be.at.least(1);
  });

  it('a character count still pending when Send is pressed is never announced', async () => {
    const element = await renderForm();
    await fillValid(element);
    type(element, 'details', 'The bin was not collected on Monday or on Tuesday.');
    await submit(element);
    await until(() => inShadow(element, '[part="receipt"]'));
    // The count is said 1 s after typing pauses; wait past that.
    await new Promise((resolve) => setTimeout(resolve, 1300));
    expect(status(element)).to.not.contain('characters remaining');
  });
});
