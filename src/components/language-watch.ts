import type { ReactiveElement } from 'lit';

/**
 * Re-rendering when a `lang` attribute changes after the first render, as localisation
 * libraries do: one MutationObserver watches every `lang` in the document's light DOM
 * (`<html>` included) and each element's own (which may sit in a shadow root). Any change
 * re-renders every connected element: changes are rare, and which elements a change reaches
 * depends on where each one inherits its language from.
 */
const watching = new Set<ReactiveElement>();
let observer: MutationObserver | undefined;
const LANG = { attributeFilter: ['lang'] };

export function watchLanguage(element: ReactiveElement): void {
  watching.add(element);
  if (typeof MutationObserver === 'undefined') return;
  if (!observer) {
    observer = new MutationObserver(() => watching.forEach((each) => each.requestUpdate()));
    observer.observe(document.documentElement, { ...LANG, subtree: true });
  }
  observer.observe(element, LANG);
}

export function unwatchLanguage(element: ReactiveElement): void {
  watching.delete(element);
  if (watching.size) return;
  observer?.disconnect();
  observer = undefined;
}
