import type { ReactiveElement } from 'lit';

/**
 * Re-rendering when a `lang` attribute changes after the first render, as localisation
 * libraries do: one MutationObserver on the document for every `lang` in the light DOM
 * (`<html>` included), and each element's own attribute (which may sit in a shadow root).
 * Any change re-renders every connected element: changes are rare, and which elements a
 * change reaches depends on where each one inherits its language from.
 */
const watching = new Set<ReactiveElement>();
let observer: MutationObserver | undefined;

/** Asks every watched element to render again in the language it now finds. */
export function languageChanged(): void {
  for (const element of watching) element.requestUpdate();
}

export function watchLanguage(element: ReactiveElement): void {
  watching.add(element);
  if (observer || typeof MutationObserver === 'undefined') return;
  observer = new MutationObserver(languageChanged);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

export function unwatchLanguage(element: ReactiveElement): void {
  watching.delete(element);
  if (watching.size) return;
  observer?.disconnect();
  observer = undefined;
}
