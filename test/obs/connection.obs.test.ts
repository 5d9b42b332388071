import { afterEach, describe, expect, it } from 'vitest';
import { ObsController } from '../../electron/backend/obs/obsController';
import type { ObsStatus } from '../../shared/domain/obsStatus';
import { readyController, sharedObs, skipObs, waitForState } from './obsTestKit';

describe.skipIf(skipObs)('OBS connection (real OBS Studio)', () => {
  const obs = sharedObs ?? { url: '', password: '', port: 0 };
  let controller: ObsController | undefined;
  afterEach(() => controller?.close());

  it('connects with the right password, resyncs and reports the program scene', async () => {
    controller = await readyController(obs);
    const status = controller.status();
    expect(status.state).toBe('ready');
    expect(status.obsVersion).toMatch(/^\d+\./);
    expect(status.websocketVersion).toMatch(/^5\./);
    expect(typeof status.currentScene).toBe('string');
    expect(controller.snapshot?.availableRequests.has('GetSourceScreenshot')).toBe(true);
  });

  it('a wrong password reaches wrong_password and does not retry by itself', async () => {
    const seen: ObsStatus[] = [];
    controller = new ObsController({ onStatus: (s) => seen.push(s) });
    controller.configure({ url: obs.url, password: 'not-the-password' });
    await waitForState(controller, 'wrong_password');
    await new Promise((r) => setTimeout(r, 1500));
    expect(controller.state).toBe('wrong_password');
    // One attempt: connecting once, then the refusal; no retry storm.
    expect(seen.filter((s) => s.state === 'connecting')).toHaveLength(1);
    expect(seen.map((s) => s.state)).not.toContain('lost');
    expect(controller.status().retryAt).toBeUndefined();
  });

  it('an operation while not ready fails fast with the offline error', async () => {
    controller = new ObsController();
    controller.configure({ url: 'ws://127.0.0.1:9', password: 'x' });
    await expect(controller.run([{ kind: 'switchScene', scene: 'Scene' }])).rejects.toMatchObject({ reason: 'OBS_OFFLINE' });
  });
});
