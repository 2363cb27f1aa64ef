import type { ComplaintBody } from '../core/complaint.js';
import { SubmitFailedEvent, SubmitRequestEvent, type SubmitFailedReason, type SubmitOutcome } from './submit-event.js';

/** What a host that sends the complaint itself reports back: a reference, or why it failed. */
export type ComplaintOutcome = SubmitOutcome;

/**
 * Fired once per submission, before anything is sent. Cancel it (`preventDefault()`) to
 * send the complaint through your own channel, and pass the outcome to `respondWith`.
 */
export class ComplaintSubmitEvent extends SubmitRequestEvent {
  static readonly eventName = 'service-complaint-submit';

  constructor(
    /** The body the element would POST. */
    readonly complaint: ComplaintBody,
    idempotencyKey: string,
  ) {
    super(ComplaintSubmitEvent.eventName, idempotencyKey);
  }
}

/** Fired when the submission is received: the reference, if the endpoint gave one. */
export class ComplaintSentEvent extends Event {
  static readonly eventName = 'service-complaint-sent';
  constructor(
    readonly complaint: ComplaintBody,
    readonly reference: string | undefined,
  ) {
    super(ComplaintSentEvent.eventName, { bubbles: true, composed: true });
  }
}

/**
 * Fired when a submission stops without success: `invalid` (422 field errors), `rejected`
 * (another 4xx, or the host's error), or `stalled` (out of automatic retries; the text is kept).
 */
export class ComplaintFailedEvent extends SubmitFailedEvent {
  static readonly eventName = 'service-complaint-failed';
  constructor(
    readonly complaint: ComplaintBody,
    reason: SubmitFailedReason,
    status?: number,
  ) {
    super(ComplaintFailedEvent.eventName, reason, status);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'service-complaint-submit': ComplaintSubmitEvent;
    'service-complaint-sent': ComplaintSentEvent;
    'service-complaint-failed': ComplaintFailedEvent;
  }
}
