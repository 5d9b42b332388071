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
 */
export type LongWriteOutcome = 'done' | 'preempted';

export interface LongWriteControl {
  /** True when an operation is waiting and this attempt should roll back at the next slice boundary. */
  shouldStepAside(): boolean;
  /** Which attempt this is, from 1. */
  readonly attempt: number;
}

export class WriteGate {
  #inFlight = 0;
  #long: { preempt: boolean; preemptible: boolean } | null = null;
  #waitingOps: (() => void)[] = [];
  #idleWaiters: (() => void)[] = [];
  readonly #maxPreemptions: number;

  constructor(options: { maxPreemptions?: number } = {}) {
    this.#maxPreemptions = options.maxPreemptions ?? 8;
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
    if (this.#long) {
      if (this.#long.preemptible || options.priority) this.#long.preempt = true;
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
      const state = { preempt: false, preemptible: n <= this.#maxPreemptions };
      this.#long = state;
      let outcome: LongWriteOutcome;
      try {
        outcome = await attempt({ shouldStepAside: () => state.preempt, attempt: n });
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
