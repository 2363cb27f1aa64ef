/**
 * The CDN loader: the one script a page includes. It registers nothing itself; it finds the
 * `service-*` tags on the page, now and as they are added (inside our own elements' shadow
 * roots too, where the charter renders promises and opening hours), and imports only those
 * elements, so a page fetches the code of the elements it uses and no more.
 * @module
 */

/** Each element's registering module, by tag. A new element is one more line. */
const elements: Record<string, () => Promise<unknown>> = {
  'service-charter': () => import('../define/service-charter.js'),
  'service-promise': () => import('../define/service-promise.js'),
  'service-hours': () => import('../define/service-hours.js'),
  'service-response-time': () => import('../define/service-response-time.js'),
  'service-performance': () => import('../define/service-performance.js'),
  'service-complaint-form': () => import('../define/service-complaint-form.js'),
  'service-wait-time': () => import('../define/service-wait-time.js'),
  'service-feedback': () => import('../define/service-feedback.js'),
  'service-scorecard': () => import('../define/service-scorecard.js'),
  'service-you-said-we-did': () => import('../define/service-you-said-we-did.js'),
};

const selector = /* @__PURE__ */ Object.keys(elements).join(',');
const requested = new Set<string>();
const watched = new WeakSet<Node>();

const observer = new MutationObserver((records) => {
  for (const { addedNodes } of records) for (const node of addedNodes) if (node instanceof Element) discover(node);
});

/** Imports a tag's element once (unless the page registered that tag itself). */
function load(tag: string): void {
  if (requested.has(tag) || customElements.get(tag)) return;
  requested.add(tag);
  elements[tag]().catch((error: unknown) => {
    requested.delete(tag);
    console.error(`service-charter: could not load <${tag}>`, error);
  });
}

/** Watches a tree (the document, or one of our elements' shadow roots) for our tags. */
function watch(root: Document | ShadowRoot): void {
  if (watched.has(root)) return;
  watched.add(root);
  observer.observe(root, { childList: true, subtree: true });
  discover(root);
}

/**
 * Lit's hydrate support, imported once the page has a server-rendered element (its shadow root
 * there before its code); every element waits for it to be defined (src/define/define.ts).
 */
function hydrateSupport(): void {
  // The key src/define/define.ts reads (imported from there, it would tie the loader to a chunk).
  const global = globalThis as Record<symbol, Promise<unknown>>;
  global[Symbol.for('service-charter.hydrate')] ??= import('./hydrate.js').catch((error: unknown) =>
    console.error('service-charter: no hydrate support', error),
  );
}

/** One of our elements: its code, and the shadow root it renders into once it has one. */
function found(element: Element): void {
  const tag = element.localName;
  if (element.shadowRoot && !customElements.get(tag)) hydrateSupport();
  load(tag);
  if (element.shadowRoot) watch(element.shadowRoot);
  else
    void customElements.whenDefined(tag).then(() => {
      if (element.shadowRoot) watch(element.shadowRoot);
    });
}

function discover(root: Element | Document | ShadowRoot): void {
  if (root instanceof Element && root.matches(selector)) found(root);
  root.querySelectorAll(selector).forEach(found);
}

watch(document);
