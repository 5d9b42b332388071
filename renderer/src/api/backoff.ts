export interface BackoffOptions {
  initialMs: number;
  maxMs: number;
  factor: number;
  /** Fraction of the delay randomised either way (0.2 → ±20 %), so many windows do not reconnect in lockstep. */
  jitter: number;
  /** Returns [0, 1); injected so tests are deterministic. */
  random: () => number;
}

export const defaultBackoff: Omit<BackoffOptions, 'random'> = { initialMs: 250, maxMs: 5_000, factor: 2, jitter: 0.2 };

export interface Backoff {
  /** Delay before the next attempt; each call grows the base delay up to the cap. */
  next(): number;
  reset(): void;
}

export function createBackoff(options: BackoffOptions): Backoff {
  let attempt = 0;
  return {
    next() {
      const base = Math.min(options.maxMs, options.initialMs * options.factor ** attempt);
      attempt += 1;
      const spread = 1 + options.jitter * (2 * options.random() - 1);
      return Math.round(Math.min(options.maxMs, Math.max(0, base * spread)));
    },
    reset() {
      attempt = 0;
    },
  };
}
