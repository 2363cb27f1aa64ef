// Each element carries only its own English strings (its class's builtInStrings), its `strings`
// property is typed to them, and a language can be added to an element's tables.
import { expect, html } from '@open-wc/testing';
import '../../src/define/all.js';
import {
  ServiceCharter,
  ServiceComplaintForm,
  ServiceHours,
  ServicePerformance,
  ServicePromise,
  ServiceResponseTime,
  ServiceScorecard,
  ServiceWaitTime,
  ServiceYouSaidWeDid,
  en as everyString,
  type ServiceHoursStrings,
} from '../../src/index.js';
import type { StringTables } from '../../src/strings/tables.js';
import { inShadow, render } from '../helpers.js';

const schedule = { timeZone: 'Europe/London', weekly: { tue: [['09:00', '17:00']] } } as const;

class FrenchHours extends ServiceHours {
  static override builtInStrings: StringTables<ServiceHoursStrings> = {
    ...ServiceHours.builtInStrings,
    fr: { ...ServiceHours.builtInStrings.en, openingHours: 'Heures d’ouverture' },
  };
}
customElements.define('test-french-hours', FrenchHours);

describe('strings per element', () => {
  const classes = [
    ServiceCharter,
    ServicePromise,
    ServiceHours,
    ServiceResponseTime,
    ServicePerformance,
    ServiceComplaintForm,
    ServiceWaitTime,
    ServiceScorecard,
    ServiceYouSaidWeDid,
  ];

  it('gives every element its English table, and Welsh for every English string in modules of their own', async () => {
    // Imported when an element first speaks Welsh (strings/languages.ts), never with the element.
    const [{ cy: charterWelsh }, { cy: moreWelsh }] = await Promise.all([
      import('../../src/strings/cy.js'),
      import('../../src/strings/cy-more.js'),
    ]);
    expect(Object.keys({ ...charterWelsh, ...moreWelsh }).sort()).to.deep.equal(Object.keys(everyString).sort());
    for (const element of classes) {
      // An element without `moreStrings` fetches the first part alone: it must hold every string the
      // element speaks. One with `moreStrings` fetches both, and needs to.
      const inFirstPart = Object.keys(element.builtInStrings.en).every((key) => key in charterWelsh);
      expect(inFirstPart, `${element.name}: its strings are all in the first part`).to.equal(!element.moreStrings);
      const { en, ...others } = element.builtInStrings;
      expect(Object.keys(others), element.name).to.deep.equal([]);
      expect(Object.keys(en).length, element.name).to.be.below(Object.keys(everyString).length);
    }
  });

  it('keeps other elements’ strings out of an element’s tables', () => {
    expect(ServiceHours.builtInStrings.en).to.have.property('openingHours');
    expect(ServiceHours.builtInStrings.en).not.to.have.property('promises');
    expect(ServicePromise.builtInStrings.en).to.have.property('met');
    expect(ServicePromise.builtInStrings.en).not.to.have.property('openingHours');
    expect(ServiceWaitTime.builtInStrings.en).not.to.have.property('retry');
  });

  it('speaks a language added to an element’s tables, and English for the rest', async () => {
    const element = await render<FrenchHours>(
      html`<test-french-hours lang="fr-BE" now="2026-11-24T10:00:00Z" .schedule=${schedule}></test-french-hours>`,
    );
    expect(inShadow(element, 'h2')!.textContent).to.equal('Heures d’ouverture');
    expect(inShadow(element, 'table caption')!.textContent!.trim()).to.equal('Opening hours for the next 7 days');
  });

  it('takes overrides typed to the element’s own strings', async () => {
    const element = await render<ServiceHours>(
      html`<service-hours now="2026-11-24T10:00:00Z" .schedule=${schedule}></service-hours>`,
    );
    element.strings = { openingHours: 'When we are open' };
    // @ts-expect-error `promises` is a <service-charter> string, not one of <service-hours>.
    element.strings = { openingHours: 'When we are open', promises: 'Our promises' };
    await element.updateComplete;
    expect(inShadow(element, 'h2')!.textContent).to.equal('When we are open');
  });
});
