import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Where a load stands: not started, running, done, or failed. */
export type LoadStatus = 'initial' | 'pending' | 'complete' | 'error';

export interface AsyncLoadOptions<A extends readonly unknown[], R> {
  /** What the load depends on; read before each update of the host. */
  args: () => A;
  load: (args: A, options: { signal: AbortSignal }) => Promise<R>;
  onComplete?: (value: R) => void;
  onError?: (error: unknown) => void;
}

/**
 * Runs a load before each update of its host whose `args` differ (item by item) from the last
 * run's, cancelling the run still going, and updates the host as a run starts and ends; only
 * the latest run's outcome is kept.
 */
export class AsyncLoad<A extends readonly unknown[], R> implements ReactiveController {
  status: LoadStatus = 'initial';
  value?: R;
  error?: unknown;
  private lastArgs?: A;
  private running?: AbortController;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: AsyncLoadOptions<A, R>,
  ) {
    host.addController(this);
  }

  /** A run stopped by the host's removal starts again when the host is back. */
  hostConnected(): void {
    if (!this.lastArgs) this.host.requestUpdate();
  }

  /** Removed while a run goes: it is cancelled (its request and timers end with it). */
  hostDisconnected(): void {
    if (this.status !== 'pending') return;
    this.running?.abort();
    this.running = this.lastArgs = undefined;
  }

  hostUpdate(): void {
    const args = this.options.args();
    const last = this.lastArgs;
    if (!last || args.length !== last.length || args.some((arg, index) => arg !== last[index])) void this.run(args);
  }

  /** Runs the load now (again, after a failure), with the current `args` unless given. */
  async run(args = this.options.args()): Promise<void> {
    this.lastArgs = args;
    this.running?.abort();
    const running = (this.running = new AbortController());
    this.status = 'pending';
    this.host.requestUpdate();
    let value: R | undefined;
    let failure: { error: unknown } | undefined;
    try {
      value = await this.options.load(args, { signal: running.signal });
    } catch (error) {
      failure = { error };
    }
    if (this.running !== running) return;
    this.value = value;
    this.error = failure?.error;
    this.status = failure ? 'error' : 'complete';
    if (failure) this.options.onError?.(failure.error);
    else this.options.onComplete?.(value as R);
    this.host.requestUpdate();
  }
}
