import type { Scheduler } from '../../../renderer/src/api/scheduler';

interface Timer {
  id: number;
  at: number;
  callback: () => void;
}

/** Manual clock: timers fire only when a test advances time. */
export class FakeScheduler implements Scheduler {
  now = 0;
  #nextId = 1;
  #timers: Timer[] = [];

  setTimeout(callback: () => void, ms: number): unknown {
    const timer = { id: this.#nextId++, at: this.now + ms, callback };
    this.#timers.push(timer);
    return timer.id;
  }

  clearTimeout(handle: unknown): void {
    this.#timers = this.#timers.filter((timer) => timer.id !== handle);
  }

  /** Delays of the timers waiting now, relative to the current time, in firing order. */
  pendingDelays(): number[] {
    return [...this.#timers].sort((a, b) => a.at - b.at).map((timer) => timer.at - this.now);
  }

  advance(ms: number): void {
    const end = this.now + ms;
    for (;;) {
      const due = [...this.#timers].sort((a, b) => a.at - b.at || a.id - b.id).find((timer) => timer.at <= end);
      if (!due) break;
      this.#timers = this.#timers.filter((timer) => timer !== due);
      this.now = due.at;
      due.callback();
    }
    this.now = end;
  }

  /** Fires the earliest timer, whatever its delay; returns that delay. */
  runNext(): number {
    const next = this.pendingDelays()[0];
    if (next === undefined) throw new Error('no timer pending');
    this.advance(next);
    return next;
  }
}
