import type { ObsController } from '../../electron/backend/obs/obsController';

/** Resolves once the controller reports ready (30 s at most: headless OBS is slow to start). */
export function waitObsReady(controller: ObsController): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`OBS not ready: ${JSON.stringify(controller.status())}`)), 30_000);
    const check = () => {
      if (controller.state !== 'ready') return;
      clearTimeout(timer);
      off();
      resolve();
    };
    const off = controller.onStatus(check);
    check();
  });
}
