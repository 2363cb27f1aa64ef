import type { TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { html, literal } from 'lit/static-html.js';

const TAGS = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/** Clamps a heading level to 1–6. */
export const clampLevel = (level: number): number => Math.min(6, Math.max(1, Math.round(level) || 2));

/** A real heading element at `level`, so the widget fits any page outline; `part` exposes it for styling. */
export function heading(level: number, content: unknown, id?: string, part?: string): TemplateResult {
  const tag = TAGS[clampLevel(level) - 1];
  // A static tag from the fixed list above (lit/static-html), not a dynamic binding.
  // eslint-disable-next-line lit/binding-positions, lit/no-invalid-html
  return html`<${tag} id=${ifDefined(id)} part=${ifDefined(part)} class="heading">${content}</${tag}>`;
}
