import type { Timers } from '../../../shared/timing/timers';

const HEARTBEAT_INTERVAL_MS = 3000;
const HEARTBEAT_TIMEOUT_MS = 2000;
const HEARTBEAT_MISSES = 2;

/**
 * A cheap request every few seconds. A half-open socket (PC woke from sleep, cable pulled) never
 * reports a close, so two missed answers in a row are treated as a lost connection.
 */
export function startHeartbeat(options: {
  timers: Timers;
  /** Rejects (or times out after `timeoutMs`) when OBS does not answer. */
  ping(timeoutMs: number): Promise<unknown>;
  onLost(): void;
  intervalMs?: number;
  timeoutMs?: number;
}): () => void {
  const { timers } = options;
  const interval = options.intervalMs ?? HEARTBEAT_INTERVAL_MS;
  const timeout = options.timeoutMs ?? HEARTBEAT_TIMEOUT_MS;
  let misses = 0;
  let stopped = false;
  let handle: unknown = null;
  const schedule = () => {
    handle = timers.setTimeout(beat, interval);
  };
  const beat = () => {
    if (stopped) return;
    options.ping(timeout).then(
      () => {
        misses = 0;
        if (!stopped) schedule();
      },
      () => {
        if (stopped) return;
        misses++;
        if (misses >= HEARTBEAT_MISSES) {
          stopped = true;
          options.onLost();
        } else schedule();
      },
    );
  };
  schedule();
  return () => {
    stopped = true;
    timers.clearTimeout(handle);
  };
}
