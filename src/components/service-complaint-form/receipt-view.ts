import { html, nothing } from 'lit';
import type { ComplaintDeadlines } from '../../core/complaint-deadlines.js';
import type { ComplaintKind } from '../../core/complaint.js';
import { fill, fillParts } from '../../strings/format.js';
import type { ComplaintFormStrings } from '../../strings/complaint-form.js';
import { formatDate, formatTime } from '../../strings/time-format.js';
import { heading } from '../headings.js';

export interface Receipt {
  kind: ComplaintKind;
  reference?: string;
  deadlines?: ComplaintDeadlines;
}

/** The most characters of a reference shown; the whole reference stays in the receipt and the sent event. */
export const SHOWN_REFERENCE_CHARS = 80;

/** A reference as shown: cut with "…" past `SHOWN_REFERENCE_CHARS`. */
const shownReference = (reference: string): string =>
  reference.length > SHOWN_REFERENCE_CHARS ? `${reference.slice(0, SHOWN_REFERENCE_CHARS - 1)}…` : reference;

/** A deadline in words inside `<time>`: "Thursday 26 November, 5pm". */
function when(at: Date, timeZone: string, language: string, text: ComplaintFormStrings) {
  const words = fill(text.dateAtTime, {
    date: formatDate(at, timeZone, language),
    time: formatTime(at, timeZone, language),
  });
  return html`<time datetime=${at.toISOString()}>${words}</time>`;
}

/** The confirmation: what was received, the reference, and (for complaints) the deadlines. */
export function receiptView(receipt: Receipt, text: ComplaintFormStrings, language: string, headingLevel: number) {
  const { deadlines, reference } = receipt;
  const respond = deadlines && when(deadlines.respond, deadlines.timeZone, language, text);
  const acknowledge = deadlines?.acknowledge && when(deadlines.acknowledge, deadlines.timeZone, language, text);
  return html`<div part="receipt" class="receipt" tabindex="-1">
    <div class="panel" part="receipt-panel">
      ${heading(headingLevel, text.receivedHeading[receipt.kind])}
      ${
        reference
          ? html`<p>
              ${text.reference} <strong class="reference" part="reference">${shownReference(reference)}</strong>
            </p>`
          : html`<p>${text.noReference}</p>`
      }
    </div>
    ${
      receipt.kind === 'complaint' && respond
        ? html`<p part="deadlines">
            ${fillParts(acknowledge ? text.deadlines : text.respondDeadline, { acknowledge, respond })}
          </p>`
        : nothing
    }
    <p>${text.thanks}</p>
  </div>`;
}
