import type { IncomingMessage } from 'node:http';

export interface FailureLimiterOptions {
  /** Wrong tries allowed per address within `windowMs`; the next is answered 429 until the window passes. */
  maxFailures?: number;
  windowMs?: number;
  now?: () => number;
  /** Addresses remembered at most (a flood of spoofed addresses must not grow memory without bound). */
  maxAddresses?: number;
}

/**
 * Rate limit on wrong secrets (tokens, pairing codes) per client address. Only failures count, so a device with a
 * right token is never slowed down by its own traffic; once an address has failed `maxFailures` times within the
 * window, everything it sends is refused (even a right token, or the 429 would tell right from wrong) until the
 * oldest of those failures is older than the window.
 */
export class FailureLimiter {
  readonly #max: number;
  readonly #windowMs: number;
  readonly #now: () => number;
  readonly #maxAddresses: number;
  readonly #failures = new Map<string, number[]>();

  constructor(options: FailureLimiterOptions = {}) {
    this.#max = options.maxFailures ?? 10;
    this.#windowMs = options.windowMs ?? 60_000;
    this.#now = options.now ?? Date.now;
    this.#maxAddresses = options.maxAddresses ?? 10_000;
  }

  /** Milliseconds until `address` may try again, or 0 when it is not blocked. */
  blockedFor(address: string): number {
    const recent = this.#recent(address);
    if (recent.length < this.#max) return 0;
    return Math.max(1, (recent[0] ?? 0) + this.#windowMs - this.#now());
  }

  /** Counts one wrong try from `address`. */
  fail(address: string): void {
    const recent = this.#recent(address);
    recent.push(this.#now());
    // Only the last `max` matter for the decision.
    if (recent.length > this.#max) recent.shift();
    if (!this.#failures.has(address) && this.#failures.size >= this.#maxAddresses) {
      const oldest = this.#failures.keys().next().value;
      if (oldest !== undefined) this.#failures.delete(oldest);
    }
    this.#failures.set(address, recent);
  }

  #recent(address: string): number[] {
    const list = this.#failures.get(address);
    if (!list) return [];
    const since = this.#now() - this.#windowMs;
    while (list.length > 0 && (list[0] ?? 0) <= since) list.shift();
    if (list.length === 0) this.#failures.delete(address);
    return list;
  }
}

/** The client's address, with IPv4-mapped IPv6 written as plain IPv4. */
export function clientAddress(req: IncomingMessage): string {
  const raw = req.socket.remoteAddress ?? 'unknown';
  return raw.startsWith('::ffff:') ? raw.slice(7) : raw;
}

/** Seconds for a Retry-After header. */
export const retryAfterSeconds = (ms: number): string => String(Math.max(1, Math.ceil(ms / 1000)));
