import type { FeedbackBody } from '../core/feedback.js';
import { SubmitFailedEvent, SubmitRequestEvent, type SubmitFailedReason } from './submit-event.js';

/**
 * Fired once per rating, before anything is sent. Cancel it (`preventDefault()`) to send the
 * rating through your own channel, and pass the outcome (`{reference}` or `{error}`) to
 * `respondWith`, as with the complaint form's `service-complaint-submit`.
 */
export class FeedbackSubmitEvent extends SubmitRequestEvent {
  static readonly eventName = 'service-feedback-submit';

  constructor(
    /** The body the element would POST. */
    readonly feedback: FeedbackBody,
    idempotencyKey: string,
  ) {
    super(FeedbackSubmitEvent.eventName, idempotencyKey);
  }
}

/** Fired when a rating is received by the endpoint, with the reference it gave. */
export class FeedbackSentEvent extends Event {
  static readonly eventName = 'service-feedback-sent';
  constructor(
    readonly feedback: FeedbackBody,
    readonly reference: string | undefined,
  ) {
    super(FeedbackSentEvent.eventName, { bubbles: true, composed: true });
  }
}

/**
 * Fired when a rating stops without success, as the complaint form's `service-complaint-failed`:
 * `invalid` (422 field errors), `rejected` (another 4xx, or the page's error) or `stalled` (out
 * of automatic attempts; the answer is kept).
 */
export class FeedbackFailedEvent extends SubmitFailedEvent {
  static readonly eventName = 'service-feedback-failed';
  constructor(
    readonly feedback: FeedbackBody,
    reason: SubmitFailedReason,
    status?: number,
  ) {
    super(FeedbackFailedEvent.eventName, reason, status);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'service-feedback-submit': FeedbackSubmitEvent;
    'service-feedback-sent': FeedbackSentEvent;
    'service-feedback-failed': FeedbackFailedEvent;
  }
}
