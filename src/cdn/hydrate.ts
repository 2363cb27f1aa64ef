/**
 * Lit's hydrate support for the CDN loader, imported only on a page with a server-rendered
 * element (`service-charter render`'s output: its shadow root is there before its code), so
 * the element adopts the server's DOM instead of drawing a second copy after it.
 *
 * Lit reads its hydrate hook when its element class is first evaluated, which in the loader's
 * build is in the charter's chunk, before this module (it imports that chunk's Lit). So the
 * hook is called here, and the elements wait to be defined until this module has run
 * (src/define/define.ts).
 * @module
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { LitElement } from 'lit';

type HydrateHook = (lit: { LitElement: typeof LitElement }) => void;
const global = globalThis as { litElementHydrateSupport?: HydrateHook };

global.litElementHydrateSupport?.({ LitElement });
// Not left for another copy of Lit on the page, which would hydrate with ours.
delete global.litElementHydrateSupport;
