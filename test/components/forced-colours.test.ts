// Windows High Contrast and other forced-colour modes (emulated where the engine allows):
// the chart's dashed target line stays distinct from its grid lines.
import { expect, html } from '@open-wc/testing';
import '../../src/define/all.js';
import { allInShadow, copy, emulateMediaFeatures, inShadow, render, samples, verdictShape } from '../helpers.js';

describe('forced colours', () => {
  before(async function () {
    if (!(await emulateMediaFeatures({ 'forced-colors': 'active' }))) this.skip();
  });
  after(() => emulateMediaFeatures({ 'forced-colors': '' }));

  it('the dashed target line is drawn apart from the grid lines', async () => {
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    const performance = await render<HTMLElement>(
      html`<service-performance .promise=${copy(samples.districtCouncil.promises[0])}></service-performance>`,
    );
    const [target] = allInShadow(performance, 'svg.chart .target');
    const grid = allInShadow(performance, 'svg.chart .grid');
    expect(grid.length).to.be.greaterThan(1);
    const targetStyle = getComputedStyle(target);
    const gridStyle = getComputedStyle(grid[0]);
    expect(targetStyle.strokeDasharray).to.not.equal('none');
    expect(targetStyle.stroke, 'target and grid colours').to.not.equal(gridStyle.stroke);
    expect(parseFloat(targetStyle.strokeWidth)).to.be.greaterThan(parseFloat(gridStyle.strokeWidth));
  });

  it('the met and missed shapes stay drawn in the text colour', async () => {
    const performance = await render<HTMLElement>(
      html`<service-performance .promise=${copy(samples.districtCouncil.promises[0])}></service-performance>`,
    );
    const line = inShadow(performance, '[part="performance"]')!;
    expect(verdictShape(line).colour).to.equal(getComputedStyle(line).color);
  });
});
