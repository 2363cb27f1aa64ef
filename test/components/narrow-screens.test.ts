// At 320 px (less the page's 8 px margins) no table cell splits a word, and at 375 px the
// chart's text keeps its size and its period labels keep apart.
import { expect, html } from '@open-wc/testing';
import '../../src/define/all.js';
import { allInShadow, copy, render, samples, until } from '../helpers.js';

/** Words of an element's text that the browser drew across two lines. */
function splitWords(cell: Element): string[] {
  const split: string[] = [];
  const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (const match of node.textContent!.matchAll(/\S+/g)) {
      const range = document.createRange();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
      if (lines.size > 1) split.push(match[0]);
    }
  }
  return split;
}

const inBox = (width: number, content: unknown) =>
  render<HTMLElement>(html`<div style="width: ${width}px">${content}</div>`);

describe('narrow screens', () => {
  it('at 320 px no table cell breaks a word', async () => {
    const box = await inBox(
      304,
      html`<service-charter .charter=${copy(samples.districtCouncil)} now="2026-11-25T10:00:00Z">
        <service-hours channel="phone"></service-hours>
        <service-performance table-open></service-performance>
      </service-charter>`,
    );
    const elements = [...box.querySelectorAll('service-hours, service-performance')];
    const cells = elements.flatMap((el) => allInShadow(el, 'th, td'));
    expect(cells.length).to.be.greaterThan(20);
    expect(cells.flatMap(splitWords)).to.deep.equal([]);
  });

  it('at 375 px the chart text stays at least 12 px and its period labels do not overlap', async () => {
    const box = await inBox(
      359,
      html`<service-performance .promise=${copy(samples.districtCouncil.promises[0])} lang="en"></service-performance>`,
    );
    const performance = box.querySelector('service-performance')!;
    const chartOf = () => allInShadow<SVGSVGElement>(performance, 'svg.chart')[0];
    // The chart is redrawn for its width once the element has been laid out.
    await until(() => chartOf()?.viewBox.baseVal.width < 640, 2000).catch(() => {});
    const chart = chartOf();
    const scale = chart.getBoundingClientRect().width / chart.viewBox.baseVal.width;
    const texts = allInShadow<SVGTextElement>(performance, 'svg.chart text');
    expect(texts.length).to.be.greaterThan(4);
    for (const text of texts)
      expect(parseFloat(getComputedStyle(text).fontSize) * scale, text.textContent!).to.be.at.least(12);
    const periods = texts
      .filter(
        (t) =>
          t.classList.contains('period') &&
          t.getAttribute('y') === texts.find((p) => p.classList.contains('period'))!.getAttribute('y'),
      )
      .map((t) => t.getBoundingClientRect())
      .sort((a, b) => a.left - b.left);
    for (let i = 1; i < periods.length; i++) expect(periods[i].left).to.be.at.least(periods[i - 1].right);
  });

  it('draws the chart at its width the first time, not at the default width and again a frame later', async () => {
    const box = await inBox(359, html``);
    const performance = document.createElement('service-performance');
    performance.promise = copy(samples.districtCouncil.promises[0]) as typeof performance.promise;
    box.append(performance);
    // Every width the chart is drawn at, from its first drawing on.
    const widths: number[] = [];
    const drawn = () => {
      const width = allInShadow<SVGSVGElement>(performance, 'svg.chart')[0]?.viewBox.baseVal.width;
      if (width !== undefined && width !== widths.at(-1)) widths.push(width);
    };
    const observer = new MutationObserver(drawn);
    observer.observe(performance.shadowRoot!, { subtree: true, childList: true, attributes: true });
    await until(() => widths.length);
    for (let frame = 0; frame < 3; frame++) await new Promise(requestAnimationFrame);
    await performance.updateComplete;
    drawn();
    observer.disconnect();
    expect(widths).to.deep.equal([359]);
  });
});
