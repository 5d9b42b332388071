import { performance } from 'node:perf_hooks';

/**
 * Longest gap between ticks of a 0 ms timer chain while some work runs: how long nothing else
 * could run on the event loop. Conservative (it includes timer overhead and OS scheduling).
 */
export function startBlockProbe(): { stop(): number } {
  let last = performance.now();
  let max = 0;
  let timer: NodeJS.Timeout | null = null;
  const tick = () => {
    const now = performance.now();
    max = Math.max(max, now - last);
    last = now;
    timer = setTimeout(tick, 0);
  };
  timer = setTimeout(tick, 0);
  return {
    stop() {
      if (timer) clearTimeout(timer);
      timer = null;
      return max;
    },
  };
}
