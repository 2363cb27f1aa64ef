/** What a host that sends a submission itself reports back: a reference, or why it failed. */
export type SubmitOutcome = { reference?: string } | { error: string };

/**
 * A form's request to send one submission (a complaint, a rating), fired before anything is
 * sent. Cancel it (`preventDefault()`) to send it through your own channel, and pass the
 * outcome to `respondWith`; the form then shows it as it would the endpoint's answer.
 */
export class SubmitRequestEvent extends Event {
  /** Set by `respondWith`. */
  outcome?: Promise<SubmitOutcome>;

  constructor(
    type: string,
    /** The Idempotency-Key the element would send with it. */
    readonly idempotencyKey: string,
  ) {
    super(type, { bubbles: true, composed: true, cancelable: true });
  }

  /** After `preventDefault()`: the outcome of sending it yourself; the element shows it. */
  respondWith(outcome: SubmitOutcome | Promise<SubmitOutcome>): void {
    this.outcome = Promise.resolve(outcome);
  }
}

/**
 * Why a submission stopped without success: `invalid` (422 field errors), `rejected` (another
 * 4xx, no endpoint, or the page's error) or `stalled` (out of automatic attempts; it is kept,
 * and sent when the person tries again or the browser comes back online).
 */
export type SubmitFailedReason = 'invalid' | 'rejected' | 'stalled';

/**
 * A form's report that a submission (a complaint, a rating) stopped without success: `reason`,
 * and `status`, the HTTP status when there was one (0 for the page's own error or no endpoint;
 * 422 for `invalid`; none for `stalled`).
 */
export class SubmitFailedEvent extends Event {
  constructor(
    type: string,
    readonly reason: SubmitFailedReason,
    readonly status?: number,
  ) {
    super(type, { bubbles: true, composed: true });
  }
}
