/**
 * Renders `<service-charter>` to static HTML at build time, with declarative shadow DOM,
 * so the charter is readable before (or without) JavaScript; the element hydrates it.
 * Node only; needs the optional peer dependency `@lit-labs/ssr`.
 * @module
 */
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, nothing } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { readCharter } from '../core/parse-charter.js';
import { charterStructuredData, scriptSafeJson } from '../core/structured-data.js';
import { localDateOf } from '../core/time-zone.js';
import '../define/service-charter.js';

export interface RenderCharterOptions {
  /** The language to render in, written as the host's `lang` (default: the charter's). */
  lang?: string;
  /** The level of the charter's main heading (default 2). */
  headingLevel?: number;
  /** Also emit schema.org JSON-LD: `true` for a Service, `'government'` for a GovernmentService. */
  structuredData?: boolean | 'government';
  /** The moment the page is rendered for (default: now); holidays before its date are left out of JSON-LD. */
  now?: Date;
}

/** Text for inside a `<script>` element: `<` escaped, so nothing can close it early. */
/**
 * The HTML of a `<service-charter>` showing `json`: its shadow DOM as a declarative
 * `<template shadowrootmode="open">`, and the document as an inline
 * `<script type="application/json">` child, from which the element reads it again when
 * it hydrates (and renders it exactly as here, so nothing flashes).
 */
export async function renderCharter(json: unknown, options: RenderCharterOptions = {}): Promise<string> {
  const { charter } = readCharter(json);
  const lang = options.lang ?? charter?.language ?? 'en';
  const headingLevel = options.headingLevel ?? 2;
  const structured = options.structuredData;
  const now = options.now ?? new Date();
  let lightDom = `<script type="application/json">${scriptSafeJson(json)}</script>`;
  if (structured && charter) {
    const data = charterStructuredData(charter, {
      government: structured === 'government',
      language: lang,
      fromDate: localDateOf(charter.hours?.timeZone ?? 'UTC', now),
    });
    lightDom += `<script type="application/ld+json" data-service-charter>${scriptSafeJson(data)}</script>`;
  }
  const structuredAttribute = structured ? (structured === 'government' ? 'government' : '') : nothing;
  const result = render(
    html`<service-charter
      lang=${lang}
      heading-level=${headingLevel}
      structured-data=${structuredAttribute}
      .charter=${json}
      >${unsafeHTML(lightDom)}</service-charter
    >`,
  );
  return collectResult(result);
}
