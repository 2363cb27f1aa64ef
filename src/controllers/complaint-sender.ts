import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { backoffDelay } from '../core/backoff.js';
import { cappedText, DOCUMENT_MAX_LENGTH } from '../core/capped-text.js';
import type { Clock } from '../context/clock.js';
import { judgeResponse, type SubmissionVerdict } from '../core/submission-policy.js';
import type { SubmitOutcome, SubmitRequestEvent } from '../events/submit-event.js';

/** What the sender is doing: the form shows each phase. */
export type SendPhase = 'idle' | 'sending' | 'retrying' | 'offline' | 'stalled';

/** One submission, complaint or rating: its body is sent as JSON. */
export interface SendRequest {
  endpoint: string;
  body: object;
  /** The Idempotency-Key: the same on every attempt. */
  key: string;
  /** Extra headers, e.g. a CSRF token. */
  headers: Record<string, string>;
}

/** An answer that ends a submission: `sent`, `invalid` or `rejected`. */
export type FinalVerdict = Exclude<SubmissionVerdict, { outcome: 'retry' }>;

/** The form a sender works for: it offers each submission to the page, and holds the sending settings. */
export interface SendingHost extends ReactiveControllerHost, EventTarget {
  readonly localName: string;
  /** Milliseconds before one attempt is abandoned and retried. */
  timeout: number;
  /** Milliseconds before the first retry. */
  retryDelay: number;
  /** Automatic attempts before pausing in `stalled`. */
  maxAttempts: number;
  csrfToken?: string;
  csrfHeader?: string;
}

export interface SendSettings {
  /** Give up on one attempt after this many ms. */
  timeoutMs: number;
  /** Backoff before the 2nd attempt (doubling, with jitter, up to `maxDelayMs`). */
  retryDelayMs: number;
  maxDelayMs: number;
  /** Attempts before pausing in `stalled` until the person tries again or the browser comes online. */
  maxAttempts: number;
}

/** The CSRF header to send: `token` (else `<meta name="csrf-token">`) under `header` (else `<meta name="csrf-header">`, else `X-CSRF-Token`). */
function csrfHeaders(token?: string, header?: string): Record<string, string> {
  const meta = (name: string) => document.querySelector<HTMLMetaElement>(`meta[name="${name}"]`)?.content;
  const value = token ?? meta('csrf-token');
  return value ? { [header ?? meta('csrf-header') ?? 'X-CSRF-Token']: value } : {};
}

/**
 * Delivers one submission (a complaint, or a rating from `<service-feedback>`): offers it to
 * the page first, then posts it until it gets a final answer: retries network errors,
 * timeouts, 429 and 5xx with backoff (honouring Retry-After), waits while the browser is
 * offline, and stops when the host disconnects (the draft keeps the submission for the next visit).
 * Out of attempts, it pauses in `stalled` and has the host report it once that update is done.
 */
export class ComplaintSender implements ReactiveController {
  phase: SendPhase = 'idle';
  /** Entered `stalled` since the host's last update: reported once that update is done. */
  private stallToReport = false;
  private run = 0;
  private abort?: AbortController;
  private wake?: () => void;
  private readonly onOnline = () => this.wake?.();

  constructor(
    private readonly host: SendingHost,
    /** The time and timers to use (read at each use: the host's clock may change). */
    private readonly clock: () => Clock,
    /** Reports to the page that the submission in flight stalled (its failed event, reason `stalled`). */
    private readonly reportStall: () => void,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    if (!this.stallToReport) return;
    this.stallToReport = false;
    this.reportStall();
  }

  hostConnected(): void {
    addEventListener('online', this.onOnline);
  }

  hostDisconnected(): void {
    removeEventListener('online', this.onOnline);
    this.stop();
  }

  /** Skips the current wait (the person pressed "Try again now"). */
  retryNow(): void {
    this.wake?.();
  }

  /** Abandons the submission in flight; `send` then resolves undefined. */
  stop(): void {
    this.run++;
    this.stallToReport = false;
    this.abort?.abort();
    this.wake?.();
    this.setPhase('idle');
  }

  /**
   * Offers one submission to the page with `event` (cancelable, carrying the Idempotency-Key):
   * when the page cancels it, the outcome it passes to `respondWith` is the verdict (an error
   * is a rejection without a status); otherwise `body` is sent to `endpoint` with the host's
   * settings. `setting` names the charter's field for the endpoint, for the console message
   * when there is none. Resolves undefined when stopped.
   */
  async deliver(
    event: SubmitRequestEvent,
    body: object,
    endpoint: string | undefined,
    setting: string,
  ): Promise<FinalVerdict | undefined> {
    const host = this.host;
    if (!host.dispatchEvent(event)) {
      const outcome = await (event.outcome ?? Promise.resolve<SubmitOutcome>({})).catch(() => ({ error: '' }));
      return 'error' in outcome
        ? { outcome: 'rejected', status: 0 }
        : { outcome: 'sent', reference: outcome.reference };
    }
    if (!endpoint) {
      console.error(`<${host.localName}>: no endpoint (attribute or charter ${setting})`);
      return { outcome: 'rejected', status: 0 };
    }
    return this.send(
      { endpoint, body, key: event.idempotencyKey, headers: csrfHeaders(host.csrfToken, host.csrfHeader) },
      { timeoutMs: host.timeout, retryDelayMs: host.retryDelay, maxDelayMs: 60_000, maxAttempts: host.maxAttempts },
    );
  }

  /** Resolves with the final verdict (`sent`, `invalid` or `rejected`), or undefined when stopped. */
  private async send(request: SendRequest, settings: SendSettings): Promise<FinalVerdict | undefined> {
    const run = ++this.run;
    for (let attempt = 1; run === this.run; attempt++) {
      if (!navigator.onLine) {
        // Waiting for the network is not an attempt: the count starts again where it was.
        this.setPhase('offline');
        await this.pause();
        attempt--;
        continue;
      }
      this.setPhase(attempt === 1 ? 'sending' : 'retrying');
      // The request starts once the form shows it is sending, never while an update is pending.
      await this.host.updateComplete;
      if (run !== this.run) break;
      const verdict = await this.attempt(request, settings.timeoutMs);
      if (run !== this.run) break;
      if (verdict && verdict.outcome !== 'retry') {
        this.setPhase('idle');
        return verdict;
      }
      if (!verdict && !navigator.onLine) continue;
      if (attempt >= settings.maxAttempts) {
        this.setPhase('stalled');
        this.stallToReport = true;
        await this.pause();
        attempt = 0;
        continue;
      }
      this.setPhase('retrying');
      await this.pause(
        verdict?.retryAfterMs ??
          backoffDelay(attempt - 1, { baseMs: settings.retryDelayMs, capMs: settings.maxDelayMs }),
      );
    }
    return undefined;
  }

  private setPhase(phase: SendPhase): void {
    if (phase === this.phase) return;
    this.phase = phase;
    this.host.requestUpdate();
  }

  /** Waits `ms` (forever when undefined), or until `retryNow`, `online` or `stop`. */
  private pause(ms?: number): Promise<void> {
    return new Promise((resolve) => {
      const cancel = ms === undefined ? undefined : this.clock().setTimer(() => done(), ms);
      const done = () => {
        cancel?.();
        this.wake = undefined;
        resolve();
      };
      this.wake = done;
    });
  }

  /** One POST; undefined when it never got an answer (network error or timeout). */
  private async attempt(
    { endpoint, body, key, headers }: SendRequest,
    timeoutMs: number,
  ): Promise<SubmissionVerdict | undefined> {
    const abort = (this.abort = new AbortController());
    const clock = this.clock();
    const cancel = clock.setTimer(() => abort.abort(), timeoutMs);
    try {
      const response = await fetch(endpoint, {
        method: 'POST',
        headers: { ...headers, 'Content-Type': 'application/json', Accept: 'application/json', 'Idempotency-Key': key },
        body: JSON.stringify(body),
        signal: abort.signal,
        credentials: 'same-origin',
        cache: 'no-store',
      });
      // An answer without JSON, or longer than any receipt (read no further), is judged by its status alone.
      const json: unknown = await cappedText(response, DOCUMENT_MAX_LENGTH)
        .then((text) => JSON.parse(text ?? ''))
        .catch(() => undefined);
      return judgeResponse(response.status, response.headers.get('Retry-After'), json, clock.now());
    } catch {
      return undefined;
    } finally {
      cancel();
    }
  }
}
