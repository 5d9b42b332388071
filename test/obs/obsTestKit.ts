import { inject } from 'vitest';
import { ObsController } from '../../electron/backend/obs/obsController';
import type { ObsConnectionState } from '../../shared/domain/obsStatus';
import type { ObsEndpoint } from '../helpers/obsHarness';

/** The shared OBS of the suite, or null when the suite is skipped (see globalSetup). */
export const sharedObs: ObsEndpoint | null = inject('obs');
export const skipObs = sharedObs === null;

/** Resolves when the controller reaches `state`; rejects after `timeoutMs` naming the last state. */
export function waitForState(controller: ObsController, state: ObsConnectionState, timeoutMs = 20_000): Promise<void> {
  if (controller.state === state) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      off();
      reject(new Error(`controller stayed in ${controller.state} (${controller.status().detail ?? ''}); wanted ${state}`));
    }, timeoutMs);
    const off = controller.onStatus((s) => {
      if (s.state !== state) return;
      clearTimeout(timer);
      off();
      resolve();
    });
  });
}

/** A controller connected to `obs` and ready. */
export async function readyController(obs: ObsEndpoint): Promise<ObsController> {
  const controller = new ObsController();
  controller.configure({ url: obs.url, password: obs.password });
  await waitForState(controller, 'ready');
  return controller;
}
