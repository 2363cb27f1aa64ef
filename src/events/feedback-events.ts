import type { FeedbackBody } from '../core/feedback.js';
import { SubmitRequestEvent } from './submit-event.js';

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

declare global {
  interface GlobalEventHandlersEventMap {
    'service-feedback-submit': FeedbackSubmitEvent;
    'service-feedback-sent': FeedbackSentEvent;
  }
}
