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
import { loadLanguage } from '../strings/languages.js';
import '../define/service-charter.js';
import { documentChunksFor } from '../components/document-chunks.js';

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

/** A RangeError naming the option, its value and what it must be. */
const badOption = (name: string, value: unknown, rule: string): RangeError =>
  new RangeError(`renderCharter: options.${name} must be ${rule} (got ${JSON.stringify(value) ?? String(value)})`);

/** Checks every option before anything is rendered; throws a RangeError for the first that is wrong. */
function checkOptions({ lang, headingLevel, structuredData, now }: RenderCharterOptions): void {
  if (lang !== undefined) {
    let valid = typeof lang === 'string' && lang !== '';
    try {
      if (valid) Intl.getCanonicalLocales(lang);
    } catch {
      valid = false;
    }
    if (!valid) throw badOption('lang', lang, 'a BCP 47 language tag such as "en" or "cy"');
  }
  if (headingLevel !== undefined && !(Number.isInteger(headingLevel) && headingLevel >= 1 && headingLevel <= 6))
    throw badOption('headingLevel', headingLevel, 'a whole number from 1 to 6');
  if (structuredData !== undefined && typeof structuredData !== 'boolean' && structuredData !== 'government')
    throw badOption('structuredData', structuredData, "true, false or 'government'");
  if (now !== undefined && !(now instanceof Date && !isNaN(now.getTime()))) throw badOption('now', now, 'a valid Date');
}

/**
 * The HTML of a `<service-charter>` showing `json`: its shadow DOM as a declarative
 * `<template shadowrootmode="open">`, and the document as an inline
 * `<script type="application/json">` child, from which the element reads it again when
 * it hydrates (and renders it exactly as here, so nothing flashes). Rejects, with a
 * RangeError naming the option, an invalid `lang`, a `headingLevel` other than 1–6, a
 * `structuredData` other than true, false or 'government', or an invalid `now`.
 */
export async function renderCharter(json: unknown, options: RenderCharterOptions = {}): Promise<string> {
  checkOptions(options);
  const { charter } = readCharter(json);
  const lang = options.lang ?? charter?.language ?? 'en';
  const headingLevel = options.headingLevel ?? 2;
  const structured = options.structuredData;
  const now = options.now ?? new Date();
  // The browser waits for a language's strings (and a document for the code that reads its
  // version and sections) before rendering; here they must be in first.
  await Promise.all([loadLanguage(lang), documentChunksFor(json)]);
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
