/** Where the CDN loader puts its import of Lit's hydrate support (src/cdn/hydrate.ts). */
const HYDRATE_SUPPORT = Symbol.for('service-charter.hydrate');

/**
 * Registers an element class under a tag name, once: loading the same or another build twice
 * is harmless. Any tag names and any order work, children before their `<service-charter>`
 * too (each element finds its charter when that one connects). While the CDN loader fetches
 * Lit's hydrate support, the element is registered once that has settled, so a server-rendered
 * element hydrates instead of drawing a second copy.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  const define = () => customElements.get(tag) || customElements.define(tag, element);
  void ((globalThis as Record<symbol, Promise<unknown> | undefined>)[HYDRATE_SUPPORT]?.then(define) ?? define());
}
