/**
 * Registers an element class under a tag name, once: loading the same or another build twice
 * is harmless. Any tag names and any order work, children before their `<service-charter>`
 * too (each element finds its charter when that one connects).
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
