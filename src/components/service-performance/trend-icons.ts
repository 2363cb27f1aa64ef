import { svg } from 'lit';

/** The direction the figure moved, by shape: an arrow up, an arrow down, or a level bar. */
export const trendIcons = {
  up: svg`<svg viewBox="0 0 20 20" aria-hidden="true" focusable="false"><path d="M10 3l6 7h-4v7H8v-7H4z" fill="currentColor"/></svg>`,
  down: svg`<svg viewBox="0 0 20 20" aria-hidden="true" focusable="false"><path d="M10 17l6-7h-4V3H8v7H4z" fill="currentColor"/></svg>`,
  level: svg`<svg viewBox="0 0 20 20" aria-hidden="true" focusable="false"><path d="M3 8h14v4H3z" fill="currentColor"/></svg>`,
};
