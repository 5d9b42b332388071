import { OBSWebSocket } from 'obs-websocket-js';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ObsController } from '../../electron/backend/obs/obsController';
import { ObsLink } from '../../electron/backend/obs/obsLink';
import { screenshot } from '../../electron/backend/obs/outputs';
import { runSetupAssistant } from '../../electron/backend/obs/setup/setupAssistant';
import { OBS_OVERLAY_SCENE, OBS_SAFE_SCENE, overlaySourceName } from '../../shared/domain/obsLayout';
import { PART_IDS } from '../../shared/domain/overlay/overlayParts';
import { decodePngDataUrl, differingPixels } from '../helpers/png';
import { ObsProbe } from './liveShowKit';
import { readyController, sharedObs, skipObs } from './obsTestKit';

const NATIVE = { renderer: 'native' } as const;
const PARTS = PART_IDS.map(overlaySourceName);
const TITLE = overlaySourceName('product.title');
const PRICE = overlaySourceName('product.price');

describe.skipIf(skipObs)('OBS operations (real OBS Studio)', () => {
  const obs = sharedObs ?? { url: '', password: '', port: 0 };
  let controller: ObsController;
  let raw: OBSWebSocket;

  beforeAll(async () => {
    controller = await readyController(obs);
    raw = new OBSWebSocket();
    await raw.connect(obs.url, obs.password);
    // A scene of the user's own: the assistant must leave it alone.
    await raw.call('CreateScene', { sceneName: '我的场景' }).catch(() => {});
  });
  afterAll(async () => {
    controller?.close();
    await raw?.disconnect();
  });

  it('the setup assistant creates its scenes and sources; a second run changes nothing', async () => {
    // Start from a collection without LiveCue's things, whatever other test files did before.
    const probe = await ObsProbe.connect(obs);
    await probe.removeLiveCue();
    await probe.close();
    const userItemsBefore = await raw.call('GetSceneItemList', { sceneName: '我的场景' });
    const first = await runSetupAssistant(controller.requireLink(), NATIVE);
    expect(first.textKind).toBe('text_ft2_source_v2');
    expect(first.created).toEqual(expect.arrayContaining([OBS_OVERLAY_SCENE, OBS_SAFE_SCENE, ...PARTS]));
    // Without a camera choice no scene of the user's gains anything, and there is no show scene yet.
    expect(first.showScene).toBeNull();
    const before = await raw.callBatch([
      { requestType: 'GetSceneList', requestData: {} },
      { requestType: 'GetInputList', requestData: {} },
    ]);
    const second = await runSetupAssistant(controller.requireLink(), NATIVE);
    expect(second.created).toEqual([]);
    expect(second.existing).toEqual(expect.arrayContaining([OBS_OVERLAY_SCENE, OBS_SAFE_SCENE, ...PARTS]));
    const after = await raw.callBatch([
      { requestType: 'GetSceneList', requestData: {} },
      { requestType: 'GetInputList', requestData: {} },
    ]);
    expect(after.map((r) => r.responseData)).toEqual(before.map((r) => r.responseData));
    expect(await raw.call('GetSceneItemList', { sceneName: '我的场景' })).toEqual(userItemsBefore);
    const items = await raw.call('GetSceneItemList', { sceneName: OBS_OVERLAY_SCENE });
    // Every part, in drawing order (OBS lists items bottom-up), created hidden.
    expect(items.sceneItems.map((i) => i.sourceName)).toEqual(PARTS);
    expect(items.sceneItems.every((i) => i.sceneItemEnabled === false)).toBe(true);
  });

  it('a Chinese product title shows up in what OBS renders', async () => {
    await runSetupAssistant(controller.requireLink(), NATIVE);
    const link = controller.requireLink();
    await controller.run([
      { kind: 'setText', source: TITLE, text: '' },
      { kind: 'setVisible', scene: OBS_OVERLAY_SCENE, source: TITLE, visible: true },
    ]);
    const blank = decodePngDataUrl((await screenshot(link, OBS_OVERLAY_SCENE, 640)).imageDataUrl);
    const results = await controller.run([{ kind: 'setText', source: TITLE, text: '限时秒杀：羊绒围巾 ¥199' }]);
    expect(results).toEqual([{ ok: true, code: 100 }]);
    // OBS renders text on its next frame; poll instead of sleeping a fixed time.
    await vi.waitFor(
      async () => {
        const shot = decodePngDataUrl((await screenshot(link, OBS_OVERLAY_SCENE, 640)).imageDataUrl);
        expect(shot.width).toBe(640);
        expect(differingPixels(blank, shot)).toBeGreaterThan(500);
      },
      { timeout: 10_000, interval: 200 },
    );
    const settings = await raw.call('GetInputSettings', { inputName: TITLE });
    expect(settings.inputSettings.text).toBe('限时秒杀：羊绒围巾 ¥199');
    await controller.run([{ kind: 'setVisible', scene: OBS_OVERLAY_SCENE, source: TITLE, visible: false }]);
  });

  it('a batch switches scene and updates three sources in one round trip, with per-action results', async () => {
    await runSetupAssistant(controller.requireLink(), NATIVE);
    await raw.call('SetCurrentProgramScene', { sceneName: OBS_SAFE_SCENE });
    const batch = vi.spyOn(ObsLink.prototype, 'batch');
    const call = vi.spyOn(ObsLink.prototype, 'call');
    const results = await controller.run([
      { kind: 'setText', source: TITLE, text: '蓝牙耳机 Pro' },
      { kind: 'setText', source: PRICE, text: '¥299' },
      { kind: 'setVisible', scene: OBS_OVERLAY_SCENE, source: overlaySourceName('product.image'), visible: false },
      { kind: 'setText', source: '没有这个来源', text: 'x' },
      { kind: 'switchScene', scene: '我的场景' },
    ]);
    expect(batch).toHaveBeenCalledTimes(1);
    // Nothing but the heartbeat (which may fall in between) went out as a single request.
    expect(call.mock.calls.filter(([type]) => type !== 'GetVideoSettings')).toEqual([]);
    batch.mockRestore();
    call.mockRestore();
    expect(results.map((r) => r.ok)).toEqual([true, true, true, false, true]);
    expect(results[3]?.code).toBe(600);
    const check = await raw.callBatch([
      { requestType: 'GetCurrentProgramScene' },
      { requestType: 'GetInputSettings', requestData: { inputName: TITLE } },
      { requestType: 'GetInputSettings', requestData: { inputName: PRICE } },
    ]);
    expect(check[0]?.responseData).toMatchObject({ currentProgramSceneName: '我的场景' });
    expect(check[1]?.responseData).toMatchObject({ inputSettings: { text: '蓝牙耳机 Pro' } });
    expect(check[2]?.responseData).toMatchObject({ inputSettings: { text: '¥299' } });
    const items = await raw.call('GetSceneItemList', { sceneName: OBS_OVERLAY_SCENE });
    expect(items.sceneItems.find((i) => i.sourceName === overlaySourceName('product.image'))?.sceneItemEnabled).toBe(false);
  });
});

describe.skipIf(skipObs)('OBS managed sources (real OBS Studio)', () => {
  const obs = sharedObs ?? { url: '', password: '', port: 0 };

  it('a managed source removed in OBS is reported missing after the automatic resync', async () => {
    const controller = await readyController(obs);
    const raw = new OBSWebSocket();
    await raw.connect(obs.url, obs.password);
    try {
      await runSetupAssistant(controller.requireLink(), NATIVE);
      await vi.waitFor(() => expect(controller.status().missing ?? []).toEqual([]), { timeout: 5000 });
      const task = overlaySourceName('task.title');
      // As on a show PC, LiveCue's overlay is being rendered (OBS prunes a removed source from scenes it renders).
      await raw.call('SetCurrentProgramScene', { sceneName: OBS_OVERLAY_SCENE });
      await raw.call('RemoveInput', { inputName: task });
      await vi.waitFor(() => expect(controller.status().missing).toEqual([task]), { timeout: 5000 });
      // The assistant puts it back and the report clears.
      await runSetupAssistant(controller.requireLink(), NATIVE);
      await vi.waitFor(() => expect(controller.status().missing ?? []).toEqual([]), { timeout: 5000 });
      await raw.call('SetCurrentProgramScene', { sceneName: '我的场景' });
    } finally {
      controller.close();
      await raw.disconnect();
    }
  });
});
