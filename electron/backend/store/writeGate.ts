/**
 * Keeps long database writes (a 50,000-row import applied in slices on its own connection) from
 * colliding with everyday writes on the main connection, without ever blocking the event loop:
 *
 * - Everyday operations go through `run`. While no long write is active they start at once and
 *   may run concurrently with each other (one connection, one thread).
 * - A long write starts only when no operation is in flight, and then holds the database write
 *   lock across event-loop turns. An operation arriving meanwhile asks it to step aside: at its
 *   next slice boundary the long write rolls back and the waiting operations run; then the long
 *   write starts over. Live operation never waits for more than one slice.
 * - After `maxPreemptions` restarts the long write stops stepping aside, so a busy console cannot
 *   starve an import forever; operations then wait (asynchronously) until it commits.
 * - Near its end a long write may ask an everyday operation to wait a little (a grace) rather than
 *   start over: redoing the end costs more than the operation waits. A live one never waits.
 */
export type LongWriteOutcome = 'done' | 'preempted';

export interface LongWriteControl {
  /**
   * True when an operation is waiting and this attempt should roll back at the next slice boundary. With `graceMs`,
   * an everyday operation makes it step aside only once it has waited that long; a priority one at once. Anything
   * but a positive number (0, NaN) is no grace.
   */
  shouldStepAside(graceMs?: number): boolean;
  /** Which attempt this is, from 1. */
  readonly attempt: number;
}

interface LongState {
  preempt: boolean;
  preemptible: boolean;
  /** A priority operation is waiting. */
  priority: boolean;
  /** When the first operation that asked this attempt to step aside arrived. */
  askedAt: number;
}

export class WriteGate {
  #inFlight = 0;
  #long: LongState | null = null;
  #waitingOps: (() => void)[] = [];
  #idleWaiters: (() => void)[] = [];
  readonly #maxPreemptions: number;
  readonly #now: () => number;

  /** `now`: monotonic milliseconds, by which a grace is timed. */
  constructor(options: { maxPreemptions?: number; now?: () => number } = {}) {
    this.#maxPreemptions = options.maxPreemptions ?? 8;
    this.#now = options.now ?? (() => performance.now());
  }

  get longWriteActive(): boolean {
    return this.#long !== null;
  }

  /**
   * Runs an everyday operation: now if the database is free, else right after the long write steps
   * aside or ends. A `priority` operation (a live command such as GO) always makes it step aside,
   * even past the preemption limit: the show never waits for an import.
   */
  async run<T>(operation: () => T | Promise<T>, options: { priority?: boolean } = {}): Promise<T> {
    const long = this.#long;
    if (long) {
      if (long.preemptible || options.priority) {
        if (!long.preempt) long.askedAt = this.#now();
        long.preempt = true;
        if (options.priority) long.priority = true;
      }
      await new Promise<void>((resolve) => this.#waitingOps.push(resolve));
    }
    this.#inFlight++;
    try {
      return await operation();
    } finally {
      this.#inFlight--;
      if (this.#inFlight === 0) this.#wakeIdle();
    }
  }

  /**
   * Runs `attempt` with exclusive use of the database writer. `attempt` must roll back and return
   * 'preempted' when `shouldStepAside()` says so; it is then called again once the waiting
   * operations have run.
   */
  async longWrite(attempt: (control: LongWriteControl) => Promise<LongWriteOutcome>): Promise<void> {
    for (let n = 1; ; n++) {
      // Every idle waiter wakes at once: a second long write woken with this one must wait for it, not start too.
      while (this.#inFlight > 0 || this.#long) await this.#untilIdle();
      const state: LongState = { preempt: false, preemptible: n <= this.#maxPreemptions, priority: false, askedAt: 0 };
      this.#long = state;
      const shouldStepAside = (graceMs = 0) =>
        state.preempt && (state.priority || !(graceMs > 0) || this.#now() - state.askedAt >= graceMs);
      let outcome: LongWriteOutcome;
      try {
        outcome = await attempt({ shouldStepAside, attempt: n });
      } finally {
        this.#long = null;
        this.#releaseWaiting();
      }
      if (outcome === 'done') return;
      // Give the released operations their turn before trying again.
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  #untilIdle(): Promise<void> {
    if (this.#inFlight === 0 && !this.#long) return Promise.resolve();
    return new Promise((resolve) => this.#idleWaiters.push(resolve));
  }

  #wakeIdle(): void {
    const waiters = this.#idleWaiters;
    this.#idleWaiters = [];
    for (const wake of waiters) wake();
  }

  #releaseWaiting(): void {
    const ops = this.#waitingOps;
    this.#waitingOps = [];
    for (const start of ops) start();
    if (this.#inFlight === 0 && ops.length === 0) this.#wakeIdle();
  }
}
