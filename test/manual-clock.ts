import type { Clock } from '../src/context/clock.js';

/** A clock the test moves by hand: its timers fire only when `advance` passes them. */
export class ManualClock implements Clock {
  private readonly timers = new Set<{ at: number; callback: () => void }>();

  constructor(private time: number) {}

  now(): number {
    return this.time;
  }

  setTimer(callback: () => void, delay: number): () => void {
    const timer = { at: this.time + Math.max(0, delay), callback };
    this.timers.add(timer);
    return () => this.timers.delete(timer);
  }

  /** How many timers are armed. */
  get pending(): number {
    return this.timers.size;
  }

  /** When the earliest armed timer is due (ms since the epoch). */
  get nextDue(): number | undefined {
    return Math.min(...[...this.timers].map((t) => t.at));
  }

  /** Moves time on by `ms`, firing every timer that falls due, in order. */
  advance(ms: number): void {
    this.time += ms;
    for (const timer of [...this.timers].sort((a, b) => a.at - b.at)) {
      if (timer.at > this.time || !this.timers.has(timer)) continue;
      this.timers.delete(timer);
      timer.callback();
    }
  }

  /** Jumps to an instant without firing anything, as when a sleeping machine wakes. */
  jumpTo(time: number): void {
    this.time = time;
  }
}
