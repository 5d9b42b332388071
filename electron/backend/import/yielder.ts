import { setImmediate as nextMacrotask } from 'node:timers/promises';

/** Thrown when an AbortSignal stops an import; callers map it to the CANCELLED failure. */
export class ImportCancelledError extends Error {
  constructor() {
    super('Import cancelled');
    this.name = 'ImportCancelledError';
  }
}

/**
 * Cooperative time slicing: long loops call `maybeYield()` often; once the slice budget is used
 * up it gives the event loop a turn (a macrotask, so timers and sockets run — an `await` of a
 * resolved promise would not). Also the one place cancellation is checked.
 */
export interface Yielder {
  maybeYield(): Promise<void> | undefined;
  /** Yields unconditionally (between phases). */
  yieldNow(): Promise<void>;
  throwIfAborted(): void;
  /** How many times the loop gave way; tests assert work was split. */
  readonly yields: number;
}

export interface YielderOptions {
  signal?: AbortSignal;
  /** Work per slice. Well under the 50 ms blocking limit, leaving room for one chunk overrunning. */
  sliceMs?: number;
  now?: () => number;
}

export const DEFAULT_SLICE_MS = 6;

export function createYielder(options: YielderOptions = {}): Yielder {
  const sliceMs = options.sliceMs ?? DEFAULT_SLICE_MS;
  const now = options.now ?? (() => performance.now());
  const signal = options.signal;
  let sliceStart = now();
  let yields = 0;

  function throwIfAborted(): void {
    if (signal?.aborted) throw new ImportCancelledError();
  }

  async function yieldNow(): Promise<void> {
    yields++;
    await nextMacrotask();
    sliceStart = now();
    throwIfAborted();
  }

  return {
    // Not async: the common "no need to yield" case returns undefined and costs no promise.
    maybeYield() {
      if (now() - sliceStart < sliceMs) return undefined;
      return yieldNow();
    },
    yieldNow,
    throwIfAborted,
    get yields() {
      return yields;
    },
  };
}
