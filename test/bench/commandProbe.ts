import type { Backend } from '../../electron/backend/createBackend';
import { call } from './apiCall';

const COMMAND_EVERY_MS = 250;

/**
 * Sends an everyday write command (`settings.update`) every 250 ms (a busy operator) while some work
 * runs, and keeps the slowest round trip: how long live operation waits meanwhile.
 */
export function startCommandProbe(api: Backend): { stop(): Promise<number> } {
  let max = 0;
  let stopped = false;
  let flip = false;
  const loop = (async () => {
    while (!stopped) {
      flip = !flip;
      const t = performance.now();
      await call(api.dispatch('settings.update', { language: flip ? 'zh-CN' : 'en' }));
      max = Math.max(max, performance.now() - t);
      await new Promise((resolve) => setTimeout(resolve, COMMAND_EVERY_MS));
    }
  })();
  return {
    async stop() {
      stopped = true;
      await loop;
      return max;
    },
  };
}
