/**
 * The charter's JSON-LD, in a chunk of its own: imported only by a charter with the
 * `structured-data` attribute, as most pages never ask for it.
 * @module
 */
import type { ReactiveControllerHost } from 'lit';
import type { Charter } from '../../core/charter-types.js';
import { charterStructuredData } from '../../core/structured-data.js';
import { localDateOf } from '../../core/time-zone.js';
import { StructuredDataController } from '../../controllers/structured-data.js';

/** What the host tells the controller at each update: its charter, what the attribute asks for, its language and time. */
export interface JsonLdSource {
  charter?: Charter;
  structuredData?: string | null;
  language: string;
  now: number;
}

/** Keeps the host's JSON-LD in step with its charter; holidays from the charter's today on. */
export function addCharterJsonLd(host: ReactiveControllerHost & HTMLElement, source: () => JsonLdSource): void {
  new StructuredDataController(host, () => {
    const { charter, structuredData, language, now } = source();
    if (structuredData == null || !charter) return undefined;
    const today = localDateOf(charter.hours?.timeZone ?? 'UTC', new Date(now));
    return charterStructuredData(charter, { government: structuredData === 'government', language, fromDate: today });
  });
}
