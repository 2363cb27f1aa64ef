import { svg } from 'lit';

/** Met: a tick in a circle. Missed: a cross in a square. Different shapes, not only colours. */
export const metIcon = svg`<svg viewBox="0 0 20 20" aria-hidden="true" focusable="false"><circle cx="10" cy="10" r="9" fill="currentColor"/><path d="M5.5 10.5l3 3 6-7" fill="none" stroke="#fff" stroke-width="2.2"/></svg>`;
export const missedIcon = svg`<svg viewBox="0 0 20 20" aria-hidden="true" focusable="false"><rect x="1" y="1" width="18" height="18" fill="currentColor"/><path d="M6 6l8 8M14 6l-8 8" stroke="#fff" stroke-width="2.2"/></svg>`;
