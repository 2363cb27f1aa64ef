import { fixture } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import districtCouncil from '../src/samples/district-council.json';
import welshCouncil from '../src/samples/welsh-council.json';
import scottishCouncil from '../src/samples/scottish-council.json';
import onlineBusiness from '../src/samples/online-business.json';
import housingAssociation from '../src/samples/housing-association.json';
import waterCompany from '../src/samples/water-company.json';
import bilingualHealthBoard from '../src/samples/bilingual-health-board.json';

export const samples = {
  districtCouncil,
  welshCouncil,
  scottishCouncil,
  onlineBusiness,
  housingAssociation,
  waterCompany,
  bilingualHealthBoard,
};

/** A deep copy of a sample, safe to edit in a test. */
export const copy = <T>(value: T): T => structuredClone(value);

/** Renders a template and waits until the element and its children have rendered. */
export async function render<T extends HTMLElement>(template: TemplateResult): Promise<T> {
  const element = await fixture<T>(template);
  await settle(element);
  return element;
}

/**
 * Waits for pending Lit updates, tasks and fetches to finish: the element's and those of the
 * elements inside it (an element in the page's own DOM renders first in a task of its own).
 */
export async function settle(element: Element, rounds = 5): Promise<void> {
  for (let i = 0; i < rounds; i++) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    const elements = [element, ...element.querySelectorAll('*')];
    await Promise.all(elements.map((el) => (el as Element & { updateComplete?: Promise<unknown> }).updateComplete));
  }
}

/** Waits until `condition` (which may be async) holds, polling every 10 ms (fails after `timeout` ms). */
export async function until(condition: () => unknown, timeout = 3000): Promise<void> {
  const start = performance.now();
  while (!(await condition())) {
    if (performance.now() - start > timeout) throw new Error(`condition not met within ${timeout} ms: ${condition}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** The rendered text of an element, through nested shadow roots and slots, whitespace collapsed. */
export function deepText(node: Node): string {
  const parts: string[] = [];
  const walk = (current: Node): void => {
    if (current.nodeType === Node.TEXT_NODE) parts.push(current.textContent ?? '');
    if (current instanceof HTMLSlotElement) current.assignedNodes({ flatten: true }).forEach(walk);
    if (current instanceof HTMLScriptElement || current instanceof HTMLStyleElement) return;
    const root = current instanceof Element && current.shadowRoot ? current.shadowRoot : current;
    root.childNodes.forEach(walk);
  };
  walk(node);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** The ids of the promises drawn below `root`, in reading order (from their `promise-…` anchors). */
export const drawnPromiseIds = (root: ParentNode): string[] =>
  [...root.querySelectorAll('li[id^="promise-"]')].map((item) => item.id.slice('promise-'.length));

/** Query inside an element's shadow root. */
export const inShadow = <T extends Element = HTMLElement>(element: Element, selector: string): T | null =>
  element.shadowRoot!.querySelector<T>(selector);

export const allInShadow = <T extends Element = HTMLElement>(element: Element, selector: string): T[] => [
  ...element.shadowRoot!.querySelectorAll<T>(selector),
];

/**
 * Emulates CSS media features for this page (e.g. `{ 'forced-colors': 'active' }`); an empty
 * value resets one. Resolves false where the engine's protocol cannot (only Chromium's can).
 */
export const emulateMediaFeatures = (features: Record<string, string>): Promise<boolean> =>
  executeServerCommand<boolean, Record<string, string>>('emulate-media-features', features);

/**
 * The met or missed shape beside a verdict in `line`, checked to be drawn at a visible size
 * and hidden from assistive technology: `circle` or `square`, with the colour it is drawn in.
 */
export function verdictShape(line: Element): { shape: 'circle' | 'square'; colour: string } {
  const icon = line.querySelector<HTMLElement>('.icon');
  if (!icon) throw new Error('no verdict shape');
  const { width, height } = icon.getBoundingClientRect();
  if (width < 8 || height < 8) throw new Error(`the verdict shape is ${width}×${height} px`);
  if (icon.getAttribute('aria-hidden') !== 'true')
    throw new Error('the verdict shape is not hidden from assistive technology');
  const style = getComputedStyle(icon);
  const mark = getComputedStyle(icon, '::after');
  if (mark.content === 'none' || parseFloat(mark.width) < 1) throw new Error('the verdict shape has no mark inside');
  return { shape: parseFloat(style.borderTopLeftRadius) > 0 ? 'circle' : 'square', colour: style.backgroundColor };
}
