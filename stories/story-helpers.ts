// Shared by the stories: the fixed moment they show, and waits that let a story's `play`
// reach the state it is about before axe checks it.
import { noChange, type ElementPart } from 'lit';
import { Directive, directive, PartType, type PartInfo } from 'lit/directive.js';
import { expect, waitFor } from 'storybook/test';

/** Every story shows this moment, so it looks and tests the same on every day. */
export const STORY_NOW = '2026-11-24T10:30:00Z';

/** The first element matching `selector` in the story, checked to be a registered element. */
export async function renderedElement(canvasElement: HTMLElement, selector: string): Promise<HTMLElement> {
  const element = canvasElement.querySelector<HTMLElement>(selector);
  await expect(element, `${selector} in the story`).toBeTruthy();
  await expect(customElements.get(element!.localName), `<${element!.localName}> registered`).toBeDefined();
  return element!;
}

/** Waits until `selector` matches inside the element's shadow root, and returns the match. */
export async function inShadow(element: Element, selector: string): Promise<HTMLElement> {
  // Up to 5 s, not waitFor's default 1 s: four story runs share the machine, and a story that
  // fetches (a 404, the Welsh strings) can take longer than a second to settle under that load.
  return waitFor(
    () => {
      const found = element.shadowRoot?.querySelector<HTMLElement>(selector);
      if (!found) throw new Error(`no ${selector} in <${element.localName}>`);
      return found;
    },
    { timeout: 5000 },
  );
}

/** Runs `act` while `navigator.onLine` reports false, as with no connection, then stops pretending. */
export async function whileOffline(act: () => Promise<void>): Promise<void> {
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
  try {
    await act();
  } finally {
    delete (navigator as { onLine?: boolean }).onLine;
  }
}

/** The text shown by a node: shadow roots included (nested elements too), styles and scripts left out. */
export function shownText(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  if (node instanceof HTMLStyleElement || node instanceof HTMLScriptElement) return '';
  const children = node instanceof Element && node.shadowRoot ? node.shadowRoot.childNodes : node.childNodes;
  return [...children].map(shownText).join('');
}

/**
 * Sets a story's args on its element, so every control in the panel (from
 * custom-elements.json) edits the element: `--custom-properties` as styles, `kebab-case` args
 * as attributes, others as properties. Unset args, and event actions, are left alone.
 */
class PropsDirective extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('props() belongs on an element');
  }
  /** Nothing to render: `update` sets the args on the element. */
  render(args: Record<string, unknown>) {
    void args;
    return noChange;
  }
  override update(part: ElementPart, [args]: [Record<string, unknown>]) {
    for (const [name, value] of Object.entries(args)) {
      if (value === undefined || typeof value === 'function') continue;
      if (name.startsWith('--')) (part.element as HTMLElement).style.setProperty(name, String(value));
      else if (!name.includes('-')) (part.element as unknown as Record<string, unknown>)[name] = value;
      else if (value === false || value === null) part.element.removeAttribute(name);
      else part.element.setAttribute(name, value === true ? '' : String(value));
    }
    return noChange;
  }
}
export const props = directive(PropsDirective);
