import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';

/** Items the first update renders: about a phone's screenful of a charter's promises. */
export const FIRST_BATCH = 8;

/** Main-thread time each later batch aims at, well under the 50 ms of a long task. */
const BATCH_TARGET_MS = 20;

/** The most items a later batch renders, however fast the last one was. */
const MAX_BATCH = 250;

/**
 * Renders a long list a batch at a time, the first at once and each later one in a task of its
 * own, so no task is long and a long list's first screenful is painted before the rest (a short
 * list's two tasks may run before the next frame, which then paints both). Each later batch
 * is sized from how long the one before took (the first from the first render, so a short list
 * needs one later task, not several). Not time of day: frames, so it reads
 * `performance.now()`, not the injected clock.
 *
 * The host renders the first `budget` items, calls `rendered(all)` from `render()` to say
 * whether that was every item, and awaits `complete()` in its `getUpdateComplete`, so
 * `updateComplete` resolves only once every batch is in the DOM. On the server, and when
 * hydrating server-rendered HTML, the budget is unlimited: everything renders at once.
 */
export class RenderBatches implements ReactiveController {
  /** How many items the host renders now. */
  budget = isServer ? Infinity : FIRST_BATCH;

  private size = FIRST_BATCH;
  private sized = false;
  private updateStarted = 0;
  private all = true;
  private timer?: ReturnType<typeof setTimeout>;
  private waiting: (() => void)[] = [];

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & { hasUpdated: boolean },
    /** Resolves once the host's own update and its items' updates are done (not `updateComplete`, which waits for every batch). */
    private readonly settled: () => Promise<unknown>,
  ) {
    host.addController(this);
  }

  /** From `render()`: whether it rendered every item. */
  rendered(all: boolean): void {
    this.all = all;
  }

  hostConnected(): void {
    // Server-rendered HTML (a declarative shadow root) must hydrate whole, as it was rendered.
    if (!this.host.hasUpdated && this.host.shadowRoot?.hasChildNodes()) this.budget = Infinity;
    if (!this.all) this.host.requestUpdate();
  }

  /** A host taken off the page stops rendering batches (and no longer keeps `complete()` waiting) until it is back. */
  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.finish();
  }

  hostUpdate(): void {
    this.updateStarted = performance.now();
  }

  hostUpdated(): void {
    if (this.all) return this.finish();
    if (!this.sized) this.resize(this.budget, performance.now() - this.updateStarted);
    if (this.timer === undefined && this.host.isConnected) this.timer = setTimeout(() => void this.next(), 0);
  }

  /** Resolves once the host has rendered every item (at once if it has, or if it is off the page). */
  complete(): Promise<void> {
    return this.all || !this.host.isConnected
      ? Promise.resolve()
      : new Promise((resolve) => this.waiting.push(resolve));
  }

  private async next(): Promise<void> {
    this.timer = undefined;
    const started = performance.now();
    this.budget += this.size;
    this.host.requestUpdate();
    await this.settled();
    this.resize(this.size, performance.now() - started);
  }

  /** Sizes the next batch from `items` having taken `took` ms. */
  private resize(items: number, took: number): void {
    this.sized = true;
    this.size = Math.max(1, Math.min(MAX_BATCH, Math.round((items * BATCH_TARGET_MS) / Math.max(took, 1))));
  }

  private finish(): void {
    for (const resolve of this.waiting.splice(0)) resolve();
  }
}
