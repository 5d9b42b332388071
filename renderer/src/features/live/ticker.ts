/**
 * One shared clock for the console: a single interval, started while something shows time and stopped when nothing
 * does. Readers take `tickerNow()`, which stays the same between ticks, so a view derived from it is stable too.
 */
const TICK_MS = 200;

const listeners = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | null = null;
let now = Date.now();

export function tickerNow(): number {
  return timer === null ? Date.now() : now;
}

export function subscribeTicker(listener: () => void): () => void {
  listeners.add(listener);
  if (timer === null) {
    now = Date.now();
    timer = setInterval(() => {
      now = Date.now();
      for (const l of listeners) l();
    }, TICK_MS);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer !== null) {
      clearInterval(timer);
      timer = null;
    }
  };
}
