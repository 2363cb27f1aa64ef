// What a server-rendered page loads: Lit's hydrate support first, then the elements.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import '../src/define/service-charter.js';
