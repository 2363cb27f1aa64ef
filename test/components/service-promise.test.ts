import { expect, html } from '@open-wc/testing';
import '../../src/define/all.js';
import type { ServicePromise } from '../../src/components/service-promise/service-promise.js';
import type { ServicePromiseData } from '../../src/core/charter-types.js';
import { deepText, inShadow, render, samples, verdictShape } from '../helpers.js';

const promise = (overrides: Partial<ServicePromiseData> = {}): ServicePromiseData => ({
  id: 'p',
  channel: 'email',
  text: 'We answer your email.',
  target: { workingDays: 5 },
  ...overrides,
});

describe('<service-promise>', () => {
  it('is accessible and shows the promise and its target in words', async () => {
    const element = await render<ServicePromise>(html`<service-promise .promise=${promise()}></service-promise>`);
    await expect(element).to.be.accessible();
    expect(inShadow(element, '[part="text"]')!.textContent).to.equal('We answer your email.');
    expect(deepText(inShadow(element, '[part="target"]')!)).to.equal('Target: within 5 working days');
    expect(inShadow(element, '[part="performance"]')).to.equal(null);
  });

  it('words each kind of target, with plurals', async () => {
    const cases: [ServicePromiseData['target'], string][] = [
      [{ seconds: 20 }, 'within 20 seconds'],
      [{ minutes: 1 }, 'within 1 minute'],
      [{ hours: 4 }, 'within 4 hours'],
      [{ days: 1 }, 'within 1 day'],
      [{ weeks: 2 }, 'within 2 weeks'],
      [{ businessHours: 1.5 }, 'within 1.5 working hours'],
      [{ workingDays: 1 }, 'within 1 working day'],
      [{ workingDays: 0 }, 'by the end of the working day'],
    ];
    for (const [target, words] of cases) {
      const element = await render<ServicePromise>(
        html`<service-promise .promise=${promise({ target })}></service-promise>`,
      );
      expect(inShadow(element, '[part="target"]')!.textContent).to.contain(words);
    }
  });

  it('says in words and by shape whether the latest figure met its target', async () => {
    const met = await render<ServicePromise>(
      html`<service-promise
        .promise=${promise({
          performance: {
            unit: 'percent',
            better: 'higher',
            periods: [
              { period: '2026-09', achieved: 80, target: 85 },
              { period: '2026-10', achieved: 87, target: 85 },
            ],
          },
        })}
      ></service-promise>`,
    );
    const line = inShadow(met, '[part="performance"]')!;
    expect(deepText(line)).to.equal('Target met: Achieved 87% against a target of 85% in October 2026');
    expect(verdictShape(line).shape).to.equal('circle');
    await expect(met).to.be.accessible();

    const missed = await render<ServicePromise>(
      html`<service-promise
        .promise=${promise({
          performance: { unit: 'seconds', better: 'lower', periods: [{ period: '2026-Q3', achieved: 35, target: 30 }] },
        })}
      ></service-promise>`,
    );
    const missedLine = inShadow(missed, '[part="performance"]')!;
    expect(deepText(missedLine)).to.equal(
      'Target missed: Achieved 35 seconds against a target of 30 seconds in Q3 2026',
    );
    expect(verdictShape(missedLine).shape).to.equal('square');
    expect(verdictShape(missedLine).colour).to.not.equal(verdictShape(line).colour);
  });

  it('skips gaps and shows a figure without a target plainly', async () => {
    const element = await render<ServicePromise>(
      html`<service-promise
        .promise=${promise({
          performance: {
            unit: 'percent',
            better: 'higher',
            periods: [
              { period: '2026', achieved: 91 },
              { period: '2027', achieved: null, target: 90 },
            ],
          },
        })}
      ></service-promise>`,
    );
    expect(deepText(inShadow(element, '[part="performance"]')!)).to.equal('Achieved 91% in 2026');
  });

  it('finds its promise by promise-id inside <service-charter>', async () => {
    const wrapper = await render<HTMLElement>(
      html`<service-charter .charter=${samples.districtCouncil}>
        <service-promise promise-id="answer-email"></service-promise>
      </service-charter>`,
    );
    const element = wrapper.querySelector('service-promise')!;
    await element.updateComplete;
    expect(deepText(element)).to.contain('We answer your email in full.');
    expect(deepText(element)).to.contain('Target missed: Achieved 78% against a target of 85% in Q3 2026');
  });

  it('renders nothing for an unknown promise id', async () => {
    const element = await render<ServicePromise>(html`<service-promise promise-id="nope"></service-promise>`);
    expect(deepText(element)).to.equal('');
  });

  it('speaks Welsh', async () => {
    const element = await render<ServicePromise>(
      html`<service-promise lang="cy" .promise=${promise({ target: { workingDays: 2 } })}></service-promise>`,
    );
    expect(deepText(inShadow(element, '[part="target"]')!)).to.equal('Targed: o fewn 2 ddiwrnod gwaith');
  });
});
