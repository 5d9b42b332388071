/**
 * Timer functions behind one interface (OBS controller and link, graphics, the UI's socket, session ticks, sync
 * retries), injected where unit tests drive time by hand instead of waiting.
 */
export interface Timers {
  /** Wall time, epoch milliseconds. */
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const realTimers: Timers = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => {
    const handle: unknown = globalThis.setTimeout(fn, ms);
    // A pending retry or heartbeat must not keep a closing Node process alive; a browser's handle is a number.
    (handle as { unref?: () => void }).unref?.();
    return handle;
  },
  clearTimeout: (handle) => globalThis.clearTimeout(handle as Parameters<typeof globalThis.clearTimeout>[0]),
};
