import { html } from 'lit';

/**
 * The met or missed shape beside a verdict: a tick in a circle, or a cross in a square
 * (different shapes, not only colours). Its parent's `met` or `missed` class picks
 * the shape, drawn by `promiseStyles`, so a server render does not repeat a drawing on every line.
 */
export const verdictIcon = html`<span class="icon" aria-hidden="true"></span>`;
