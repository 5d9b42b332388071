import type { OBSWebSocket } from 'obs-websocket-js/json';
import type { ObsController } from '../../electron/backend/obs/obsController';
import { runSetupAssistant } from '../../electron/backend/obs/setup/setupAssistant';
import { OBS_OVERLAY_SCENE } from '../../shared/domain/obsLayout';

/** The camera scene the benchmarks put LiveCue's layers over. */
export const BENCH_CAMERA = 'Bench camera';

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

/**
 * Connects `controller` and `raw` to a started OBS, then sets it up as a store's is: a camera scene with LiveCue's
 * layers over it (the setup assistant), on program.
 */
export async function layersOverCamera(
  controller: ObsController,
  raw: OBSWebSocket,
  obs: { url: string; password: string },
): Promise<void> {
  controller.configure({ url: obs.url, password: obs.password });
  await waitObsReady(controller);
  await raw.connect(obs.url, obs.password, { eventSubscriptions: 0 });
  await raw.call('CreateScene', { sceneName: BENCH_CAMERA });
  await runSetupAssistant(controller.requireLink(), { renderer: 'native', camera: { kind: 'scenes', scenes: [BENCH_CAMERA] } });
  await raw.call('SetCurrentProgramScene', { sceneName: BENCH_CAMERA });
}

/** The controller re-reads LiveCue's overlay scene shortly after the setup assistant created it. */
export async function untilOverlayKnown(controller: ObsController): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!controller.snapshot?.items.get(OBS_OVERLAY_SCENE)?.size) {
    if (Date.now() > deadline) throw new Error('OBS never listed LiveCue’s overlay scene');
    await new Promise((r) => setTimeout(r, 50));
  }
}
