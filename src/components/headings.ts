import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

type Heading = (content: unknown, id?: string, part?: string) => TemplateResult;

/** One template a level: a tag name cannot be bound, and these cost fewer bytes than lit/static-html. */
const LEVELS: Heading[] = [
  (content, id, part) => html`<h1 id=${ifDefined(id)} part=${ifDefined(part)} class="heading">${content}</h1>`,
  (content, id, part) => html`<h2 id=${ifDefined(id)} part=${ifDefined(part)} class="heading">${content}</h2>`,
  (content, id, part) => html`<h3 id=${ifDefined(id)} part=${ifDefined(part)} class="heading">${content}</h3>`,
  (content, id, part) => html`<h4 id=${ifDefined(id)} part=${ifDefined(part)} class="heading">${content}</h4>`,
  (content, id, part) => html`<h5 id=${ifDefined(id)} part=${ifDefined(part)} class="heading">${content}</h5>`,
  (content, id, part) => html`<h6 id=${ifDefined(id)} part=${ifDefined(part)} class="heading">${content}</h6>`,
];

/** Clamps a heading level to 1–6. */
export const clampLevel = (level: number): number => Math.min(6, Math.max(1, Math.round(level) || 2));

/** A real heading element at `level`, so the widget fits any page outline; `part` exposes it for styling. */
export function heading(level: number, content: unknown, id?: string, part?: string): TemplateResult {
  return LEVELS[clampLevel(level) - 1](content, id, part);
}
