/**
 * Retry delays, one implementation for every reconnect and retry loop (OBS, head-office sync, the UI's socket):
 * about 0.5 s doubling to a 10 s cap (by default), forever, with jitter so many store PCs that lost the same
 * OBS or hub (or one PC after sleep) do not retry in lock-step.
 */
export interface BackoffOptions {
  baseMs?: number;
  capMs?: number;
  /** 0..1; injected so tests are deterministic. */
  random?: () => number;
  /**
   * `equal` (default): between half the step and the step, so one PC's retries still back off.
   * `full`: anywhere from 0 to the step, which spreads a thousand stores hitting one hub the most.
   * A number: that fraction of the step either way (0.2 → ±20 %), never above the cap.
   */
  jitter?: 'equal' | 'full' | number;
}

export interface Backoff {
  /** Delay before the next attempt; each call counts one failed attempt. */
  next(): number;
  /** Back to the first delay (after a stable connection, or when the user asks to retry). */
  reset(): void;
  readonly attempt: number;
}

const BACKOFF_BASE_MS = 500;
const BACKOFF_CAP_MS = 10_000;

export function createBackoff(options: BackoffOptions = {}): Backoff {
  const base = options.baseMs ?? BACKOFF_BASE_MS;
  const cap = options.capMs ?? BACKOFF_CAP_MS;
  const random = options.random ?? Math.random;
  const jitter = options.jitter ?? 'equal';
  let attempt = 0;
  return {
    next() {
      // 2^attempt would overflow after ~1000 attempts; the cap is reached long before 30.
      const ceiling = Math.min(cap, base * 2 ** Math.min(attempt, 30));
      attempt++;
      if (jitter === 'full') return Math.round(random() * ceiling);
      if (jitter === 'equal') return Math.round(ceiling / 2 + random() * (ceiling / 2));
      return Math.round(Math.min(cap, Math.max(0, ceiling * (1 + jitter * (2 * random() - 1)))));
    },
    reset() {
      attempt = 0;
    },
    get attempt() {
      return attempt;
    },
  };
}
