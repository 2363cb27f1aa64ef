import type { FeedbackBody } from '../core/feedback.js';

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
    'service-feedback-sent': FeedbackSentEvent;
  }
}
