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
