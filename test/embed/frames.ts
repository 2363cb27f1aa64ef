// Helpers for the embedding tests: host pages from scripts/test-routes/embed.mjs loaded in
// iframes, and what those pages' elements render. Elements in a frame belong to the frame's
// realm, so nothing here relies on `instanceof`.
import { expect } from '@open-wc/testing';
import { until } from '../helpers.js';

/** What the host page's head script records (see scripts/test-routes/embed.mjs). */
export interface EmbedRecord {
  violations: { directive: string; blocked: string; sample: string }[];
  errors: string[];
  defines: Record<string, number>;
  ranUnnoncedScript?: boolean;
}

export type HostWindow = Window & typeof globalThis & { embed: EmbedRecord };

export interface HostFrame {
  frame: HTMLIFrameElement;
  win: HostWindow;
  doc: Document;
  run: string;
}

const frames: HTMLIFrameElement[] = [];

/** A fresh id, so the server counts each page's reports and requests apart. */
export const newRun = () => `${Date.now()}-${Math.random().toString(36).slice(2)}`;

/**
 * An 800 × 600 iframe on this page, loaded from `page` (`src` or `srcdoc`), once it has loaded.
 * The caller removes it.
 */
export async function loadedFrame(page: { src: string } | { srcdoc: string }): Promise<HTMLIFrameElement> {
  const frame = Object.assign(document.createElement('iframe'), page);
  frame.style.cssText = 'width: 800px; height: 600px; border: 0';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame;
}

/** Loads `/test-api/embed/page` with these options in an 800 × 600 iframe. */
export async function loadHostPage(options: Record<string, string>): Promise<HostFrame> {
  const run = newRun();
  const frame = await loadedFrame({ src: `/test-api/embed/page?${new URLSearchParams({ ...options, run })}` });
  frame.title = 'host page';
  frames.push(frame);
  const win = frame.contentWindow as HostWindow;
  return { frame, win, doc: frame.contentDocument!, run };
}

/** Removes every frame loadHostPage made. */
export function removeHostPages(): void {
  frames.splice(0).forEach((frame) => frame.remove());
}

/** Every tag the sources register, read by the server from src/define/. */
export async function registeredTags(): Promise<string[]> {
  return (await fetch('/test-api/embed/tags')).json();
}

/** What the server saw for a run: CSP reports, charter requests and the cookies they carried. */
export async function serverRecord(
  run: string,
): Promise<{ reports: number; charterRequests: number; cookieHeaders: string[] }> {
  return (await fetch(`/test-api/embed/run?run=${run}`)).json();
}

/** Visible text through shadow roots and slots, whitespace collapsed. */
export function renderedText(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  if (node.nodeName === 'SCRIPT' || node.nodeName === 'STYLE') return '';
  const slot = node as HTMLSlotElement;
  const children = node.nodeName === 'SLOT' ? slot.assignedNodes({ flatten: true }) : null;
  const root = (node as Element).shadowRoot ?? node;
  return [...(children ?? root.childNodes)].map(renderedText).join('').replace(/\s+/g, ' ');
}

/** Every element below `root`, inside shadow roots too, in document order. */
export function deepElements(root: Document | ShadowRoot | Element): Element[] {
  const found: Element[] = [];
  const walk = (parent: Document | ShadowRoot | Element) => {
    for (const child of parent.children) {
      found.push(child);
      if (child.shadowRoot) walk(child.shadowRoot);
      walk(child);
    }
  };
  walk(root);
  return found;
}

/** Our elements on a page (nested ones included) whose tag is one of `tags`. */
export const ourElements = (doc: Document, tags: string[]) =>
  deepElements(doc).filter((el) => tags.includes(el.localName));

/**
 * Waits until every registered tag is defined in the page and every instance in its light
 * DOM has drawn text in its shadow root (the charter its charter, not its loading state).
 */
export async function untilRendered(host: Pick<HostFrame, 'win' | 'doc'>, tags: string[]): Promise<Element[]> {
  await Promise.all(tags.map((tag) => host.win.customElements.whenDefined(tag)));
  const placed = tags.flatMap((tag) => [...host.doc.querySelectorAll(tag)]);
  expect(placed.map((el) => el.localName).sort()).to.deep.equal([...tags].sort());
  const blank = () => placed.filter((el) => !el.shadowRoot || !renderedText(el.shadowRoot).trim());
  const charterShown = () => host.doc.querySelector('service-charter')?.shadowRoot?.querySelector('[part="charter"]');
  try {
    await until(() => !blank().length && charterShown(), 5000);
  } catch {
    const state = { blank: blank().map((el) => el.localName), charterShown: !!charterShown(), ...host.win.embed };
    throw new Error(`not rendered: ${JSON.stringify(state)}`);
  }
  // A long charter draws its promises in batches: wait for the last one.
  await Promise.all(placed.map((el) => (el as Element & { updateComplete?: Promise<unknown> }).updateComplete));
  return placed;
}
