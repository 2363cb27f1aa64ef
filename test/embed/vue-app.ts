// A tiny Vue 3 app that embeds the elements as a Vue developer would: `:prop` bindings
// (Vue sets a property when the element has one), plain attributes, and `@event` listeners.
// The template is compiled in the browser, so custom elements are declared to the compiler.
import { createApp, ref, shallowRef } from 'vue/dist/vue.esm-browser.js';
import type { CharterLoadEvent } from '../../src/events/charter-load.js';

export function mountCharterApp(container: Element, initial: { charter: unknown; now: string }) {
  const charter = shallowRef(initial.charter);
  const headingLevel = ref(3);
  const loaded = ref('nothing yet');
  const app = createApp({
    setup: () => ({
      charter,
      headingLevel,
      loaded,
      now: initial.now,
      strings: { promises: 'What we promise you' },
      onLoad: (event: CharterLoadEvent) => (loaded.value = `${event.charter.promises.length} promises`),
    }),
    template: `
      <p id="loaded">{{ loaded }}</p>
      <service-charter :charter="charter" :heading-level="headingLevel" :now="now" :strings="strings"
        @service-charter-load="onLoad">
        <service-promise promise-id="answer-email"></service-promise>
      </service-charter>`,
  });
  app.config.compilerOptions.isCustomElement = (tag: string) => tag.startsWith('service-');
  app.mount(container);
  return { app, charter, headingLevel };
}
