// Shared by the stories: the fixed moment they show, and waits that let a story's `play`
// reach the state it is about before axe checks it.
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
  return waitFor(() => {
    const found = element.shadowRoot?.querySelector<HTMLElement>(selector);
    if (!found) throw new Error(`no ${selector} in <${element.localName}>`);
    return found;
  });
}
