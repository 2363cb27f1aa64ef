import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/all.js';
import type { ServicePerformance } from '../../src/components/service-performance/service-performance.js';
import type { ServicePromiseData } from '../../src/core/charter-types.js';
import { allInShadow, copy, deepText, inShadow, render, samples, until } from '../helpers.js';
import { ManualClock } from '../manual-clock.js';

const api = '/test-api/performance';

/** A measure's table as rows of cell texts, keyed by the period heading. */
const tableRows = (section: Element) =>
  [...section.querySelectorAll('tbody tr')].map((row) => [...row.children].map((cell) => deepText(cell)));

const section = (element: Element, title: string) =>
  allInShadow(element, '[part="measure"]').find((s) => s.querySelector('.heading')!.textContent === title)!;

const loaded = async (element: ServicePerformance) => {
  await until(() => !inShadow(element, '[part="loading"]'));
  await element.updateComplete;
};

/** The element for "answer calls" inside the district council's charter, its newer figures from `src`. */
async function answerCallsIn(src: string, clock?: ManualClock): Promise<ServicePerformance> {
  const charter = await render<HTMLElement>(
    html`<service-charter .clock=${clock} .charter=${samples.districtCouncil}>
      <service-performance promise-id="answer-calls" src=${src}></service-performance>
    </service-charter>`,
  );
  return charter.querySelector('service-performance')!;
}

/** The figures file was not loaded: the element says so and shows the charter's 12 periods instead. */
function expectCharterFiguresKept(element: ServicePerformance): void {
  expect(deepText(inShadow(element, '[part="problem"]')!)).to.contain(
    'The latest performance figures could not be loaded.',
  );
  expect(tableRows(inShadow(element, '[part="measure"]')!)).to.have.length(12);
}

const promise = (overrides: Partial<ServicePromiseData> = {}): ServicePromiseData => ({
  id: 'wait',
  channel: 'phone',
  text: 'We answer quickly.',
  target: { seconds: 30 },
  ...overrides,
});

describe('<service-performance>', () => {
  it('shows every promise with figures in the charter, accessibly', async () => {
    const charter = await render<HTMLElement>(
      html`<service-charter .charter=${samples.districtCouncil}
        ><service-performance></service-performance
      ></service-charter>`,
    );
    const element = charter.querySelector('service-performance')!;
    await element.updateComplete;
    const titles = allInShadow(element, '[part="measure"] .heading').map((h) => h.textContent);
    expect(titles).to.deep.equal([
      'Calls answered within 20 seconds',
      'Emails acknowledged within 2 working days',
      'Emails answered within 5 working days',
    ]);
    expect(inShadow(element, 'h3')).to.exist;
    await expect(element).to.be.accessible();
  });

  it('shows the same latest figure as <service-promise>', async () => {
    const charter = await render<HTMLElement>(
      html`<service-charter .charter=${samples.districtCouncil}>
        <service-promise promise-id="answer-calls"></service-promise>
        <service-performance promise-id="answer-calls"></service-performance>
      </service-charter>`,
    );
    const promiseLine = deepText(
      charter.querySelector('service-promise')!.shadowRoot!.querySelector('[part="performance"]')!,
    );
    const element = charter.querySelector('service-performance')!;
    await element.updateComplete;
    const performanceLine = deepText(inShadow(element, '[part="performance"]')!);
    expect(performanceLine).to.equal('Target met: Achieved 87% against a target of 85% in October 2026');
    expect(promiseLine).to.equal(`${performanceLine} (Calls answered within 20 seconds)`);
    const lastRow = tableRows(inShadow(element, '[part="measure"]')!).at(-1);
    expect(lastRow).to.deep.equal(['October 2026', '87%', '85%', 'Target met']);
  });

  it('reads JSON figures from src, which replace the charter’s and add measures of their own', async () => {
    const charter = await render<HTMLElement>(
      html`<service-charter .charter=${samples.districtCouncil}>
        <service-performance src="${api}/figures.json"></service-performance>
      </service-charter>`,
    );
    const element = charter.querySelector('service-performance')!;
    await loaded(element);
    const calls = section(element, 'Calls answered within 20 seconds');
    expect(tableRows(calls).map((r) => r[0])).to.deep.equal(['September 2026', 'October 2026', 'November 2026']);
    expect(deepText(calls.querySelector('[part="performance"]')!)).to.contain('Achieved 90% against a target of 88%');
    expect(section(element, 'Average wait to answer a call')).to.exist;
    expect(section(element, 'Emails answered within 5 working days')).to.exist;
    expect(inShadow(element, '[role="status"]')!.textContent).to.equal('Performance figures loaded.');
    await expect(element).to.be.accessible();
  });

  for (const [how, url] of [
    ['content type', `${api}/figures`],
    ['.csv extension', `${api}/figures.csv`],
  ]) {
    it(`reads CSV by its ${how}, naming the line of a malformed row and keeping the others`, async () => {
      const element = await render<ServicePerformance>(html`<service-performance src=${url}></service-performance>`);
      await loaded(element);
      const problem = deepText(inShadow(element, '[part="problem"]')!);
      expect(problem).to.contain('Some figures could not be read and are not shown:');
      expect(problem).to.contain('line 3: achieved "eighty" must be a number, a percentage or blank');
      const calls = section(element, 'Calls answered within 20 seconds');
      expect(tableRows(calls)).to.deep.equal([
        ['September 2026', '89%', '85%', 'Target met'],
        ['November 2026', '90%', '88%', 'Target met'],
      ]);
      expect(section(element, 'Average wait, in seconds')).to.exist;
      await expect(element).to.be.accessible();
    });
  }

  it('shows gaps as gaps: in the table, as a break in the line, and as a marked slot', async () => {
    const element = await render<ServicePerformance>(
      html`<service-performance src="${api}/figures.json"></service-performance>`,
    );
    await loaded(element);
    const wait = section(element, 'Average wait to answer a call');
    expect(tableRows(wait)[1]).to.deep.equal(['Q3 2026', 'No figure', '30 seconds', 'No figure']);
    expect(wait.querySelector('path.achieved')!.getAttribute('d')!.match(/M/g)).to.have.length(2);
    expect(wait.querySelector('rect.gap title')!.textContent).to.equal('Q3 2026: No figure (Target 30 seconds)');
    expect(deepText(wait.querySelector('.legend')!)).to.contain('No figure');
  });

  it('judges lower-is-better measures the right way round, with the trend', async () => {
    const element = await render<ServicePerformance>(
      html`<service-performance src="${api}/figures.json"></service-performance>`,
    );
    await loaded(element);
    const wait = section(element, 'Average wait to answer a call');
    expect(tableRows(wait)[0]).to.deep.equal(['Q2 2026', '41 seconds', '30 seconds', 'Target missed']);
    expect(tableRows(wait)[2]).to.deep.equal(['Q4 2026', '28 seconds', '30 seconds', 'Target met']);
    expect(deepText(wait.querySelector('[part="trend"]')!)).to.equal(
      'Improving since Q2 2026, when it was 41 seconds. Lower is better.',
    );
    expect(wait.querySelector('[part="trend"] svg path')!.getAttribute('d')).to.match(/^M10 17/);
    expect(wait.querySelector('.point rect.missed')).to.exist;
    expect(wait.querySelector('.point circle.met')).to.exist;
  });

  it('draws a target that changed over time as steps, and tabulates each period’s target', async () => {
    const element = await render<ServicePerformance>(
      html`<service-performance src="${api}/figures.json"></service-performance>`,
    );
    await loaded(element);
    const calls = section(element, 'Calls answered within 20 seconds');
    expect(tableRows(calls).map((r) => r[2])).to.deep.equal(['85%', '85%', '88%']);
    const levels = new Set(
      calls
        .querySelector('path.target')!
        .getAttribute('d')!
        .match(/ [\d.]+/g),
    );
    expect(levels.size).to.equal(2);
    expect(deepText(calls.querySelector('[part="trend"]')!)).to.equal(
      'Improving since October 2026, when it was 83%. Higher is better.',
    );
  });

  it('puts every figure of the chart in the table', async () => {
    const element = await render<ServicePerformance>(
      html`<service-performance src="${api}/figures.json"></service-performance>`,
    );
    await loaded(element);
    for (const measure of allInShadow(element, '[part="measure"]')) {
      const rows = tableRows(measure);
      const titles = [...measure.querySelectorAll('svg.chart title')].map((t) => t.textContent!);
      expect(titles).to.have.length(rows.length);
      for (const title of titles) {
        const [, period, achieved, target] = title.match(/^(.+): (.+) \((?:Target (.+)|No target)\)$/)!;
        const row = rows.find((r) => r[0] === period);
        expect(row, title).to.exist;
        expect(row![1]).to.equal(achieved);
        expect(row![2]).to.equal(target ?? 'No target');
      }
      const ticks = [...measure.querySelectorAll('text.tick')].map((t) => t.textContent);
      expect(ticks.length).to.be.greaterThan(1);
    }
  });

  it('gives the chart a text alternative, and says so for a single period', async () => {
    const charter = await render<HTMLElement>(
      html`<service-charter .charter=${samples.districtCouncil}>
        <service-performance promise-id="acknowledge-email"></service-performance>
      </service-charter>`,
    );
    const element = charter.querySelector('service-performance')!;
    await element.updateComplete;
    const chart = inShadow(element, 'svg.chart')!;
    expect(chart.getAttribute('role')).to.equal('img');
    expect(chart.getAttribute('aria-label')).to.equal(
      'Chart of Emails acknowledged within 2 working days for Q3 2026. The target was met in 1 of 1 period. Every figure is in the table of figures.',
    );
    expect(deepText(inShadow(element, '[part="trend"]')!)).to.equal('Higher is better.');
    expect(allInShadow(element, '.point')).to.have.length(1);
  });

  it('works standalone from a promise property, with figures without targets', async () => {
    const element = await render<ServicePerformance>(
      html`<service-performance
        .promise=${promise({
          performance: {
            unit: 'count',
            better: 'higher',
            periods: [
              { period: '2025', achieved: 1200 },
              { period: '2026', achieved: 1350 },
            ],
          },
        })}
      ></service-performance>`,
    );
    expect(inShadow(element, '.heading')!.textContent).to.equal('We answer quickly.');
    expect(tableRows(inShadow(element, '[part="measure"]')!)).to.deep.equal([
      ['2025', '1,200', 'No target', 'Not measured against a target'],
      ['2026', '1,350', 'No target', 'Not measured against a target'],
    ]);
    expect(inShadow(element, 'path.target')!.getAttribute('d')).to.equal('M0 0');
    await expect(element).to.be.accessible();
  });

  it('says so when there are no figures', async () => {
    const element = await render<ServicePerformance>(
      html`<service-performance .promise=${promise()}></service-performance>`,
    );
    expect(deepText(inShadow(element, '[part="empty"]')!)).to.equal('No figures published yet');
    await expect(element).to.be.accessible();
  });

  it('says so, and throws nothing, when a measure has no periods or every period was dropped', async () => {
    const thrown: unknown[] = [];
    const onError = (event: ErrorEvent | PromiseRejectionEvent) => thrown.push(event);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
    const empty = { unit: 'percent' as const, better: 'higher' as const, periods: [] };
    const dropped = { unit: 'percent', periods: [{ period: 'soon', achieved: 'lots' }] };
    try {
      for (const figures of [{ promises: { wait: empty } }, { promises: { wait: dropped } }]) {
        const element = await render<ServicePerformance>(
          html`<service-performance
            .promise=${promise({ performance: empty })}
            .figures=${figures as never}
          ></service-performance>`,
        );
        await loaded(element);
        expect(deepText(inShadow(element, '[part="empty"]')!)).to.equal('No figures published yet');
        expect(allInShadow(element, '[part="measure"]')).to.have.length(0);
      }
    } finally {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onError);
    }
    expect(thrown).to.deep.equal([]);
  });

  it('holds a loading state, announced once, until the figures arrive', async () => {
    const element = await render<ServicePerformance>(
      html`<service-performance src="${api}/slow.json?delay=400"></service-performance>`,
    );
    expect(deepText(inShadow(element, '[part="loading"]')!)).to.equal('Loading performance figures…');
    expect(inShadow(element, '[role="status"]')!.textContent).to.equal('Loading performance figures…');
    await expect(element).to.be.accessible();
    await loaded(element);
    expect(allInShadow(element, '[part="measure"]')).to.have.length(2);
  });

  it('takes figures the host loaded itself, showing the loading state until they arrive', async () => {
    let resolve!: (figures: unknown) => void;
    const figures = new Promise((r) => (resolve = r));
    const element = await render<ServicePerformance>(
      html`<service-performance .figures=${figures as never}></service-performance>`,
    );
    expect(inShadow(element, '[part="loading"]')).to.exist;
    resolve({ promises: { calls: { unit: 'percent', periods: [{ period: '2026', achieved: 91, target: 90 }] } } });
    await loaded(element);
    expect(tableRows(inShadow(element, '[part="measure"]')!)).to.deep.equal([['2026', '91%', '90%', 'Target met']]);
    expect(inShadow(element, '[role="status"]')!.textContent).to.equal('Performance figures loaded.');

    element.figures = Promise.reject(new Error('host could not fetch'));
    await element.updateComplete;
    await until(() => inShadow(element, '[part="problem"]'));
    expect(deepText(inShadow(element, '[part="problem"]')!)).to.contain('could not be loaded');
    expect(inShadow(element, '[part="problem"] button')).to.equal(null);
    await expect(element).to.be.accessible();
  });

  it('gives up on a figures file that never comes after 30 seconds on its clock, keeping the charter’s figures', async () => {
    const clock = new ManualClock(Date.parse('2026-11-30T10:00:00Z'));
    const element = await answerCallsIn(`${api}/figures.json?hang=1`, clock);
    await until(() => clock.pending > 0);
    clock.advance(29_999);
    await element.updateComplete;
    expect(inShadow(element, '[part="loading"]')).to.exist;
    clock.advance(1);
    await loaded(element);
    expectCharterFiguresKept(element);
  });

  it('stops reading a figures file that never ends at 10 MB, keeping the charter’s figures', async () => {
    const element = await answerCallsIn(`${api}/figures.json?huge=1`);
    await until(() => inShadow(element, '[part="problem"]'), 6000);
    expectCharterFiguresKept(element);
  });

  it('explains a failed load, offers a retry, and falls back to the charter’s figures', async () => {
    const element = await answerCallsIn(`${api}/down`);
    await loaded(element);
    const problem = deepText(inShadow(element, '[part="problem"]')!);
    expect(problem).to.contain('The latest performance figures could not be loaded.');
    expect(problem).to.contain('The figures below are the ones published in the charter.');
    expect(inShadow(element, '[role="status"]')!.textContent).to.contain('could not be loaded');
    expect(tableRows(inShadow(element, '[part="measure"]')!)).to.have.length(12);
    await expect(element).to.be.accessible();
    const retry = inShadow(element, '[part="problem"] button')!;
    retry.focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(element.shadowRoot!.activeElement).to.equal(inShadow(element, '[part="measures"]'));
    await loaded(element);
    expect(deepText(inShadow(element, '[part="problem"]')!)).to.contain('could not be loaded');
    element.src = `${api}/figures.json`;
    await element.updateComplete;
    await loaded(element);
    expect(inShadow(element, '[part="problem"]')).to.equal(null);
    expect(tableRows(inShadow(element, '[part="measure"]')!)).to.have.length(3);
  });

  it('says when a file cannot be read at all', async () => {
    for (const [file, message] of [
      ['not-json', 'the file is not valid JSON'],
      ['no-columns.csv', 'does not have the columns promise, period and achieved'],
    ]) {
      const element = await render<ServicePerformance>(
        html`<service-performance src="${api}/${file}"></service-performance>`,
      );
      await loaded(element);
      await until(() => inShadow(element, '[part="problem"]'));
      expect(deepText(inShadow(element, '[part="problem"]')!)).to.contain(message);
      expect(inShadow(element, '[part="problem"] button')).to.equal(null);
      expect(deepText(inShadow(element, '[part="empty"]')!)).to.equal('No figures published yet');
      await expect(element).to.be.accessible();
    }
  });

  it('opens the table from the keyboard', async () => {
    const element = await render<ServicePerformance>(
      html`<service-performance src="${api}/figures.json"></service-performance>`,
    );
    await loaded(element);
    const details = inShadow<HTMLDetailsElement>(element, 'details')!;
    expect(details.open).to.equal(false);
    const before = document.createElement('button');
    before.textContent = 'before';
    element.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(element.shadowRoot!.activeElement).to.equal(details.querySelector('summary'));
    await sendKeys({ press: 'Enter' });
    expect(details.open).to.equal(true);
    expect(details.querySelector('table')!.checkVisibility()).to.equal(true);
    await expect(element).to.be.accessible();
    before.remove();
  });

  it('shows the table open with table-open', async () => {
    const element = await render<ServicePerformance>(
      html`<service-performance
        table-open
        .promise=${promise({ performance: samples.districtCouncil.promises[0].performance as never })}
      ></service-performance>`,
    );
    expect(inShadow<HTMLDetailsElement>(element, 'details')!.open).to.equal(true);
    expect(inShadow(element, 'caption')!.textContent!.trim()).to.equal(
      'Calls answered within 20 seconds: achieved against target by period',
    );
  });

  it('speaks Welsh', async () => {
    const charter = copy(samples.districtCouncil);
    const element = await render<ServicePerformance>(
      html`<service-performance lang="cy" .promise=${charter.promises[0] as ServicePromiseData}></service-performance>`,
    );
    expect(deepText(inShadow(element, '[part="performance"]')!)).to.equal(
      'Targed wedi’i gyrraedd: Wedi cyflawni 87% yn erbyn targed o 85% yn Hydref 2026',
    );
    expect(allInShadow(element, 'thead th').map((th) => th.textContent)).to.deep.equal([
      'Cyfnod',
      'Wedi’i gyflawni',
      'Targed',
      'Canlyniad',
    ]);
    // The visible words, then the measure it shows (visually hidden) for a distinct name.
    expect(deepText(inShadow(element, 'summary')!)).to.match(/^Tabl ffigurau \(.+\)$/);
    expect(allInShadow(element, 'text.period').map((t) => t.textContent)).to.include.members(['Mai', 'Hyd', '2026']);
    expect(deepText(inShadow(element, '[part="trend"]')!)).to.equal(
      'Yn gwaethygu ers Medi 2026, pan oedd yn 89%. Gorau po uchaf.',
    );
    await expect(element).to.be.accessible();
  });
});
