/** Injected time source so tests and the show runtime never read the wall clock directly. */
export interface Clock {
  /** Wall time, epoch milliseconds. */
  now(): number;
  /** Monotonic milliseconds; never goes backwards, unrelated to wall time. */
  monotonic(): number;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  monotonic: () => performance.now(),
};
