import { createContext } from '@lit/context';

/**
 * Where elements get the time from. Injected so that stories and tests are
 * deterministic: the real clock by default, a fixed or manual one in tests.
 */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
  /** Calls `callback` after `delay` ms; returns a function that cancels it. */
  setTimer(callback: () => void, delay: number): () => void;
}

/**
 * The longest single wait the scheduler arms: one day. setTimeout wraps delays above
 * 2³¹−1 ms (about 24.8 days) and fires them at once; a longer wait is re-armed in steps.
 */
export const LONGEST_TIMER_MS = 86_400_000;

/** A delay as a number of ms the scheduler can wait: NaN and negatives are 0, `Infinity` is never. */
const dueIn = (delay: number): number => (delay > 0 ? delay : 0);

/**
 * The one scheduler every delay in the library goes through: no single timer waits
 * longer than `LONGEST_TIMER_MS`, and a longer delay is re-armed until it is due by
 * `now`, so no delay, however large, can fire early.
 */
export function cappedTimer(now: () => number, arm: (run: () => void, ms: number) => () => void): Clock['setTimer'] {
  return (callback, delay) => {
    const due = now() + dueIn(delay);
    let cancel: () => void;
    const wait = (): void => {
      const left = due - now();
      if (left <= 0) return callback();
      if (left === Infinity) return;
      cancel = arm(wait, Math.min(left, LONGEST_TIMER_MS));
    };
    cancel = arm(wait, Math.min(dueIn(delay), LONGEST_TIMER_MS));
    return () => cancel();
  };
}

export const systemClock: Clock = {
  now: () => Date.now(),
  setTimer: cappedTimer(
    () => Date.now(),
    (run, ms) => {
      const id = setTimeout(run, ms);
      return () => clearTimeout(id);
    },
  ),
};

/** A clock stopped at one instant, e.g. from a `now` attribute. Its timers never fire. */
export function fixedClock(at: Date | number): Clock {
  const time = +at;
  return { now: () => time, setTimer: () => () => undefined };
}

/** Provided by `<service-charter>` (its `clock` or `now`) to every element inside; shared by every copy of the library. */
export const clockContext = /* @__PURE__ */ createContext<Clock>(Symbol.for('service-charter.clock'));
