import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { backoffDelay } from '../core/backoff.js';
import type { Clock } from '../context/clock.js';
import { judgeResponse, type SubmissionVerdict } from '../core/submission-policy.js';

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

export interface SendSettings {
  /** Give up on one attempt after this many ms. */
  timeoutMs: number;
  /** Backoff before the 2nd attempt (doubling, with jitter, up to `maxDelayMs`). */
  retryDelayMs: number;
  maxDelayMs: number;
  /** Attempts before pausing in `stalled` until the person tries again or the browser comes online. */
  maxAttempts: number;
}

/**
 * Posts one submission (a complaint, or a rating from `<service-feedback>`) until it gets a final answer: retries network errors, timeouts,
 * 429 and 5xx with backoff (honouring Retry-After), waits while the browser is offline,
 * and stops when the host disconnects (the draft keeps the submission for the next visit).
 */
export class ComplaintSender implements ReactiveController {
  phase: SendPhase = 'idle';
  private run = 0;
  private abort?: AbortController;
  private wake?: () => void;
  private readonly onOnline = () => this.wake?.();

  constructor(
    private readonly host: ReactiveControllerHost,
    /** The time and timers to use (read at each use: the host's clock may change). */
    private readonly clock: () => Clock,
  ) {
    host.addController(this);
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
    this.abort?.abort();
    this.wake?.();
    this.setPhase('idle');
  }

  /** Resolves with the final verdict (`sent`, `invalid` or `rejected`), or undefined when stopped. */
  async send(
    request: SendRequest,
    settings: SendSettings,
  ): Promise<Exclude<SubmissionVerdict, { outcome: 'retry' }> | undefined> {
    const run = ++this.run;
    for (let attempt = 1; run === this.run; attempt++) {
      if (!navigator.onLine) {
        this.setPhase('offline');
        await this.pause();
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

  /** The CSRF header to send: `token` (else `<meta name="csrf-token">`) under `header` (else `<meta name="csrf-header">`, else `X-CSRF-Token`). */
  static csrfHeaders(token?: string, header?: string): Record<string, string> {
    const meta = (name: string) => document.querySelector<HTMLMetaElement>(`meta[name="${name}"]`)?.content;
    const value = token ?? meta('csrf-token');
    return value ? { [header ?? meta('csrf-header') ?? 'X-CSRF-Token']: value } : {};
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
      const json: unknown = await response.json().catch(() => undefined);
      return judgeResponse(response.status, response.headers.get('Retry-After'), json, clock.now());
    } catch {
      return undefined;
    } finally {
      cancel();
    }
  }
}
