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

/** setTimeout cannot wait longer than this; longer waits are re-armed when it fires. */
const LONGEST_TIMER = 2 ** 31 - 1;

export const systemClock: Clock = {
  now: () => Date.now(),
  setTimer(callback, delay) {
    const id = setTimeout(callback, Math.min(Math.max(0, delay), LONGEST_TIMER));
    return () => clearTimeout(id);
  },
};

/** A clock stopped at one instant, e.g. from a `now` attribute. Its timers never fire. */
export function fixedClock(at: Date | number): Clock {
  const time = +at;
  return { now: () => time, setTimer: () => () => undefined };
}

/** Provided by `<service-charter>` (its `clock` or `now`) to every element inside; shared by every copy of the library. */
export const clockContext = /* @__PURE__ */ createContext<Clock>(Symbol.for('service-charter.clock'));
