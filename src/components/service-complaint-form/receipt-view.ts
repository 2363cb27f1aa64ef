import { html } from 'lit';
import type { TargetDeadline } from '../../core/promise-deadlines.js';
import type { ComplaintKind } from '../../core/complaint.js';
import { fill } from '../../strings/format.js';
import type { ServiceComplaintFormStrings } from '../../strings/element-strings.js';
import { agreeingWith } from '../../strings/promise-words.js';
import { formatTime } from '../../strings/time-format.js';
import { fullDate } from '../../strings/time-words.js';
import { heading } from '../headings.js';
import { deadlineSteps, partView, sentenceParts, type Part } from '../deadline-parts.js';

/** The deadlines of one complaints track's first stage, counted from the moment of sending. */
export interface TrackDeadlines {
  /** The track's name, when the policy has alternative tracks. */
  track?: Part;
  targets: TargetDeadline[];
}

export interface Receipt {
  kind: ComplaintKind;
  reference?: string;
  /** `sentAt`: when it was sent; a deadline in another year says its year. */
  deadlines?: { tracks: TrackDeadlines[]; timeZone: string; sentAt: Date };
}

/** The most characters of a reference shown; the whole reference stays in the receipt and the sent event. */
export const SHOWN_REFERENCE_CHARS = 80;

/** A reference as shown: cut with "…" past `SHOWN_REFERENCE_CHARS`. */
const shownReference = (reference: string): string =>
  reference.length > SHOWN_REFERENCE_CHARS ? `${reference.slice(0, SHOWN_REFERENCE_CHARS - 1)}…` : reference;

/** The sentence of one track: "We will acknowledge it by Friday 27 November at 5pm, and reply in full by …." */
function trackParts(
  { track, targets }: TrackDeadlines,
  { timeZone, sentAt }: { timeZone: string; sentAt: Date },
  language: string,
  text: ServiceComplaintFormStrings,
): Part[] {
  const due = (at: Date) => ({
    at,
    words: fill(text.dateAtTime, {
      date: fullDate(at, timeZone, language, text, sentAt),
      time: formatTime(at, timeZone, language),
    }),
  });
  const verbs = { ...text.responseVerbs, ...text.receiptVerbs };
  const steps = deadlineSteps(targets, language, text, due, verbs, agreeingWith('complaint', text));
  if (steps.length === 0) return [];
  const sentence = sentenceParts(text.receiptDeadlines, { steps });
  return track ? sentenceParts(text.receiptTrack, { track, sentence }) : sentence;
}

/** The confirmation: what was received, the reference, and (for complaints) the deadlines. */
export function receiptView(
  receipt: Receipt,
  text: ServiceComplaintFormStrings,
  language: string,
  headingLevel: number,
) {
  const { deadlines, reference } = receipt;
  const lines =
    receipt.kind === 'complaint' && deadlines
      ? deadlines.tracks.map((track) => trackParts(track, deadlines, language, text)).filter((l) => l.length)
      : [];
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
    ${lines.map((parts) => html`<p part="deadlines">${parts.map((part) => partView(part, language))}</p>`)}
    <p>${text.thanks}</p>
  </div>`;
}
