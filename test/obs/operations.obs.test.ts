import { OBSWebSocket } from 'obs-websocket-js';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ObsController } from '../../electron/backend/obs/obsController';
import { ObsLink } from '../../electron/backend/obs/obsLink';
import { screenshot } from '../../electron/backend/obs/outputs';
import { runSetupAssistant } from '../../electron/backend/obs/setupAssistant';
import { OBS_PRODUCT_SCENE, OBS_SAFE_SCENE, OBS_SOURCES } from '../../shared/domain/obsLayout';
import { decodePngDataUrl, differingPixels } from '../helpers/png';
import { ObsProbe } from './liveShowKit';
import { readyController, sharedObs, skipObs } from './obsTestKit';

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
    // Start from a collection without LiveCue's things, whatever other test files did before. OBS keeps a removed
    // scene's name while it is on air (or fading out), so a scene of the user's goes on air first.
    const probe = await ObsProbe.connect(obs);
    await probe.leaveLiveCueScenes();
    await probe.close();
    const { inputs } = await raw.call('GetInputList', {});
    for (const input of inputs)
      if (String(input.inputName).startsWith('LiveCue')) await raw.call('RemoveInput', { inputName: String(input.inputName) });
    const { scenes } = await raw.call('GetSceneList');
    for (const scene of scenes)
      if (String(scene.sceneName).startsWith('LiveCue')) await raw.call('RemoveScene', { sceneName: String(scene.sceneName) });
    // OBS releases removed sources and scenes asynchronously (once nothing renders them): wait until they are gone.
    await vi.waitFor(
      async () => {
        const [inputsLeft, scenesLeft] = await Promise.all([raw.call('GetInputList', {}), raw.call('GetSceneList')]);
        const names = [...inputsLeft.inputs.map((i) => String(i.inputName)), ...scenesLeft.scenes.map((x) => String(x.sceneName))];
        expect(names.filter((n) => n.startsWith('LiveCue'))).toEqual([]);
      },
      { timeout: 10_000, interval: 100 },
    );
    const userItemsBefore = await raw.call('GetSceneItemList', { sceneName: '我的场景' });
    const first = await runSetupAssistant(controller.requireLink());
    expect(first.textKind).toBe('text_ft2_source_v2');
    expect(first.created).toEqual(expect.arrayContaining([OBS_PRODUCT_SCENE, OBS_SAFE_SCENE, ...Object.values(OBS_SOURCES)]));
    const before = await raw.callBatch([
      { requestType: 'GetSceneList', requestData: {} },
      { requestType: 'GetInputList', requestData: {} },
    ]);
    const second = await runSetupAssistant(controller.requireLink());
    expect(second.created).toEqual([]);
    expect(second.existing).toEqual(expect.arrayContaining([OBS_PRODUCT_SCENE, OBS_SAFE_SCENE, ...Object.values(OBS_SOURCES)]));
    const after = await raw.callBatch([
      { requestType: 'GetSceneList', requestData: {} },
      { requestType: 'GetInputList', requestData: {} },
    ]);
    expect(after.map((r) => r.responseData)).toEqual(before.map((r) => r.responseData));
    expect(await raw.call('GetSceneItemList', { sceneName: '我的场景' })).toEqual(userItemsBefore);
    const items = await raw.call('GetSceneItemList', { sceneName: OBS_PRODUCT_SCENE });
    expect(items.sceneItems.map((i) => i.sourceName)).toEqual(expect.arrayContaining(Object.values(OBS_SOURCES)));
  });

  it('a Chinese product title shows up in what OBS renders', async () => {
    await runSetupAssistant(controller.requireLink());
    const link = controller.requireLink();
    await controller.run([{ kind: 'setText', source: OBS_SOURCES.title, text: '' }]);
    const blank = decodePngDataUrl((await screenshot(link, OBS_PRODUCT_SCENE, 640)).imageDataUrl);
    const results = await controller.run([{ kind: 'setText', source: OBS_SOURCES.title, text: '限时秒杀：羊绒围巾 ¥199' }]);
    expect(results).toEqual([{ ok: true, code: 100 }]);
    // OBS renders text on its next frame; poll instead of sleeping a fixed time.
    await vi.waitFor(
      async () => {
        const shot = decodePngDataUrl((await screenshot(link, OBS_PRODUCT_SCENE, 640)).imageDataUrl);
        expect(shot.width).toBe(640);
        expect(differingPixels(blank, shot)).toBeGreaterThan(500);
      },
      { timeout: 10_000, interval: 200 },
    );
    const settings = await raw.call('GetInputSettings', { inputName: OBS_SOURCES.title });
    expect(settings.inputSettings.text).toBe('限时秒杀：羊绒围巾 ¥199');
  });

  it('a batch switches scene and updates three sources in one round trip, with per-action results', async () => {
    await runSetupAssistant(controller.requireLink());
    await raw.call('SetCurrentProgramScene', { sceneName: OBS_SAFE_SCENE });
    const batch = vi.spyOn(ObsLink.prototype, 'batch');
    const call = vi.spyOn(ObsLink.prototype, 'call');
    const results = await controller.run([
      { kind: 'setText', source: OBS_SOURCES.title, text: '蓝牙耳机 Pro' },
      { kind: 'setText', source: OBS_SOURCES.price, text: '¥299' },
      { kind: 'setVisible', scene: OBS_PRODUCT_SCENE, source: OBS_SOURCES.image, visible: false },
      { kind: 'setText', source: '没有这个来源', text: 'x' },
      { kind: 'switchScene', scene: OBS_PRODUCT_SCENE },
    ]);
    expect(batch).toHaveBeenCalledTimes(1);
    expect(call).not.toHaveBeenCalled();
    batch.mockRestore();
    call.mockRestore();
    expect(results.map((r) => r.ok)).toEqual([true, true, true, false, true]);
    expect(results[3]?.code).toBe(600);
    const check = await raw.callBatch([
      { requestType: 'GetCurrentProgramScene' },
      { requestType: 'GetInputSettings', requestData: { inputName: OBS_SOURCES.title } },
      { requestType: 'GetInputSettings', requestData: { inputName: OBS_SOURCES.price } },
    ]);
    expect(check[0]?.responseData).toMatchObject({ currentProgramSceneName: OBS_PRODUCT_SCENE });
    expect(check[1]?.responseData).toMatchObject({ inputSettings: { text: '蓝牙耳机 Pro' } });
    expect(check[2]?.responseData).toMatchObject({ inputSettings: { text: '¥299' } });
    const items = await raw.call('GetSceneItemList', { sceneName: OBS_PRODUCT_SCENE });
    expect(items.sceneItems.find((i) => i.sourceName === OBS_SOURCES.image)?.sceneItemEnabled).toBe(false);
  });
});

describe.skipIf(skipObs)('OBS managed sources (real OBS Studio)', () => {
  const obs = sharedObs ?? { url: '', password: '', port: 0 };

  it('a managed source removed in OBS is reported missing after the automatic resync', async () => {
    const controller = await readyController(obs);
    const raw = new OBSWebSocket();
    await raw.connect(obs.url, obs.password);
    try {
      await runSetupAssistant(controller.requireLink());
      await vi.waitFor(() => expect(controller.status().missing ?? []).toEqual([]), { timeout: 5000 });
      await raw.call('RemoveInput', { inputName: OBS_SOURCES.task });
      await vi.waitFor(() => expect(controller.status().missing).toEqual([OBS_SOURCES.task]), { timeout: 5000 });
      // The assistant puts it back and the report clears.
      await runSetupAssistant(controller.requireLink());
      await vi.waitFor(() => expect(controller.status().missing ?? []).toEqual([]), { timeout: 5000 });
    } finally {
      controller.close();
      await raw.disconnect();
    }
  });
});
