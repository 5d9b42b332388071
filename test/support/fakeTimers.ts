import type { Timers } from '../../shared/timing/timers';

/** Hand-driven time for unit tests (OBS controller, the UI's socket): nothing fires until `advance` or `runNext`. */
export class FakeTimers implements Timers {
  #now = 1_000_000;
  #next = 1;
  readonly #due = new Map<number, { at: number; fn: () => void }>();

  now(): number {
    return this.#now;
  }

  setTimeout(fn: () => void, ms: number): unknown {
    const id = this.#next++;
    this.#due.set(id, { at: this.#now + ms, fn });
    return id;
  }

  clearTimeout(handle: unknown): void {
    if (typeof handle === 'number') this.#due.delete(handle);
  }

  get pending(): number {
    return this.#due.size;
  }

  /** Delays of the timers waiting now, relative to the current time, in firing order. */
  pendingDelays(): number[] {
    return [...this.#due.values()].map((t) => t.at - this.#now).sort((a, b) => a - b);
  }

  /** Fires the earliest timer, whatever its delay; returns that delay. */
  runNext(): number {
    const next = this.pendingDelays()[0];
    if (next === undefined) throw new Error('no timer pending');
    this.advance(next);
    return next;
  }

  /** Moves time forward, firing due timers in order (including ones they schedule within the window). */
  advance(ms: number): void {
    const end = this.#now + ms;
    for (;;) {
      const next = [...this.#due.entries()].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
      if (!next) break;
      this.#due.delete(next[0]);
      this.#now = next[1].at;
      next[1].fn();
    }
    this.#now = end;
  }
}
