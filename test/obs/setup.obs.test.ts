import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/backend/createBackend';
import { OBS_CAMERA_INPUT, OBS_CAMERA_SCENE, OBS_OVERLAY_SCENE } from '../../shared/domain/obsLayout';
import { type Call, type LiveBench, liveBench, type ObsProbe } from './liveShowKit';
import { sharedObs, skipObs } from './obsTestKit';

const USER_SCENE = '我的直播间';
const WEBCAM = '我的摄像头';
const OVERLAY_ON_TOP = '有贴片的机位';

describe.skipIf(skipObs)('the setup assistant puts LiveCue’s graphics over the camera (real OBS Studio)', () => {
  const obs = sharedObs ?? { url: '', password: '', port: 0 };
  let bench: LiveBench | undefined;
  let backend: Backend;
  let call: Call;
  let probe: ObsProbe;

  beforeAll(async () => {
    bench = await liveBench(obs, 'livecue-obs-setup-');
    ({ backend, call, probe } = bench);
    const ws = probe.ws;
    for (const sceneName of [USER_SCENE, OVERLAY_ON_TOP]) await ws.call('CreateScene', { sceneName }).catch(() => {});
    // A capture source of the user's (no device under Xvfb: it simply shows nothing).
    await ws.call('CreateInput', { sceneName: USER_SCENE, inputName: WEBCAM, inputKind: 'v4l2_input', inputSettings: {} }).catch(() => {});
  });

  afterAll(() => bench?.close());

  const sceneItems = async (sceneName: string) =>
    (await probe.ws.call('GetSceneItemList', { sceneName })).sceneItems.map((i) => ({
      source: String(i.sourceName),
      index: Number(i.sceneItemIndex),
      kind: i.inputKind ?? null,
    }));
  const collection = async () => {
    const [scenes, inputs] = await Promise.all([probe.ws.call('GetSceneList'), probe.ws.call('GetInputList')]);
    return { scenes: scenes.scenes.map((s) => String(s.sceneName)).sort(), inputs: inputs.inputs.map((i) => String(i.inputName)).sort() };
  };

  it('offers the user’s scenes (which show a camera), their capture sources and the devices, and asking changes nothing', async () => {
    const before = await collection();
    const options = await call<{
      scenes: { name: string; hasCamera: boolean; hasGraphics: boolean }[];
      videoInputs: { name: string; kind: string }[];
      deviceKind: string | null;
      devices: unknown[];
      browserSource: boolean;
    }>('obs.cameraOptions', {});
    expect(options.scenes).toEqual(expect.arrayContaining([{ name: USER_SCENE, hasCamera: true, hasGraphics: false }]));
    expect(options.scenes.some((s) => s.name.startsWith('LiveCue'))).toBe(false);
    expect(options.videoInputs).toEqual(expect.arrayContaining([{ name: WEBCAM, kind: 'v4l2_input' }]));
    expect(options.deviceKind).toBe('v4l2_input');
    expect(Array.isArray(options.devices)).toBe(true);
    // Debian's OBS has no browser source: the overlay page cannot be the renderer there.
    expect(options.browserSource).toBe(false);
    expect(await collection()).toEqual(before);
  });

  it('with no camera of the user’s, builds a camera scene from a capture device with the graphics on top; again changes nothing', async () => {
    const report = await call<{ showScene: string; overlaidScenes: string[]; created: string[] }>('obs.setup', {
      camera: { kind: 'device', deviceId: '/dev/video7' },
    });
    expect(report).toMatchObject({ showScene: OBS_CAMERA_SCENE, overlaidScenes: [OBS_CAMERA_SCENE] });
    const items = await sceneItems(OBS_CAMERA_SCENE);
    // OBS lists items bottom-up: the camera first, LiveCue's overlay above it.
    expect(items.map((i) => i.source)).toEqual([OBS_CAMERA_INPUT, OBS_OVERLAY_SCENE]);
    const camera = await probe.ws.call('GetInputSettings', { inputName: OBS_CAMERA_INPUT });
    expect(camera).toMatchObject({ inputKind: 'v4l2_input', inputSettings: { device_id: '/dev/video7' } });
    // The camera is fitted to the canvas.
    const cameraId = (await probe.ws.call('GetSceneItemId', { sceneName: OBS_CAMERA_SCENE, sourceName: OBS_CAMERA_INPUT })).sceneItemId;
    const { sceneItemTransform } = await probe.ws.call('GetSceneItemTransform', { sceneName: OBS_CAMERA_SCENE, sceneItemId: cameraId });
    const { baseWidth, baseHeight } = await probe.ws.call('GetVideoSettings');
    expect(sceneItemTransform).toMatchObject({ boundsType: 'OBS_BOUNDS_SCALE_INNER', boundsWidth: baseWidth, boundsHeight: baseHeight });

    const before = await collection();
    const again = await call<{ created: string[] }>('obs.setup', { camera: { kind: 'device', deviceId: '/dev/video7' } });
    expect(again.created).toEqual([]);
    expect(await collection()).toEqual(before);
    expect(await sceneItems(OBS_CAMERA_SCENE)).toEqual(items);
    // Another device: the same camera source switches to it.
    await call('obs.setup', { camera: { kind: 'device', deviceId: '/dev/video8' } });
    expect((await probe.ws.call('GetInputSettings', { inputName: OBS_CAMERA_INPUT })).inputSettings).toMatchObject({
      device_id: '/dev/video8',
    });
  });

  it('puts the graphics on top of the user’s own camera scenes, touching nothing else of theirs, and remembers the first', async () => {
    // Something of the user's already sits at the top of one scene; LiveCue's overlay must end up above it.
    await probe.ws
      .call('CreateInput', {
        sceneName: OVERLAY_ON_TOP,
        inputName: '角标',
        inputKind: 'color_source_v3',
        inputSettings: { width: 10, height: 10 },
      })
      .catch(() => {});
    const userBefore = await sceneItems(USER_SCENE);
    const report = await call<{ showScene: string; overlaidScenes: string[] }>('obs.setup', {
      camera: { kind: 'scenes', scenes: [USER_SCENE, OVERLAY_ON_TOP] },
    });
    expect(report).toMatchObject({ showScene: USER_SCENE, overlaidScenes: [USER_SCENE, OVERLAY_ON_TOP] });
    const user = await sceneItems(USER_SCENE);
    expect(user.slice(0, -1)).toEqual(userBefore);
    expect(user.at(-1)?.source).toBe(OBS_OVERLAY_SCENE);
    expect((await sceneItems(OVERLAY_ON_TOP)).at(-1)?.source).toBe(OBS_OVERLAY_SCENE);
    // Someone adds a source on top later: running the assistant again moves the overlay back to the top.
    await probe.ws.call('CreateSceneItem', { sceneName: USER_SCENE, sourceName: '角标' });
    await call('obs.setup', { camera: { kind: 'scenes', scenes: [USER_SCENE] } });
    expect((await sceneItems(USER_SCENE)).at(-1)?.source).toBe(OBS_OVERLAY_SCENE);
    expect((await call<{ obsShowScene: string }>('settings.get', {})).obsShowScene).toBe(USER_SCENE);
  });

  it('the preflight says whether the camera scene a show goes live on carries the graphics', async () => {
    await call('obs.setup', { camera: { kind: 'scenes', scenes: [USER_SCENE] } });
    const show = await call<{ id: string }>('show.create', { name: '预检机位' });
    const product = await call<{ id: string }>('product.create', { sku: `SETUP-${Date.now().toString(36)}`, title: '围巾' });
    await call('cue.insert', { showId: show.id, type: 'product', config: { productId: product.id } });
    expect(await call('obs.preflight', { showId: show.id })).toMatchObject({
      ready: true,
      showScene: { name: USER_SCENE, hasGraphics: true },
    });
    // Someone takes LiveCue's overlay out of the camera scene by hand.
    const overlayId = (await probe.ws.call('GetSceneItemId', { sceneName: USER_SCENE, sourceName: OBS_OVERLAY_SCENE })).sceneItemId;
    await probe.ws.call('RemoveSceneItem', { sceneName: USER_SCENE, sceneItemId: overlayId });
    expect(await call('obs.preflight', { showId: show.id })).toMatchObject({
      ready: false,
      showScene: { name: USER_SCENE, hasGraphics: false },
    });
    await call('obs.setup', { camera: { kind: 'scenes', scenes: [USER_SCENE] } });
    expect(await call('obs.preflight', { showId: show.id })).toMatchObject({ ready: true });
  });

  it('a capture source of the user’s becomes LiveCue’s camera scene', async () => {
    const report = await call<{ showScene: string }>('obs.setup', { camera: { kind: 'input', input: WEBCAM } });
    expect(report.showScene).toBe(OBS_CAMERA_SCENE);
    expect((await sceneItems(OBS_CAMERA_SCENE)).map((i) => i.source)).toEqual(expect.arrayContaining([WEBCAM, OBS_OVERLAY_SCENE]));
    expect((await sceneItems(OBS_CAMERA_SCENE)).at(-1)?.source).toBe(OBS_OVERLAY_SCENE);
  });

  it('refuses what cannot be: a scene OBS does not have, LiveCue’s own scene, the overlay page where OBS has no browser source', async () => {
    const refused = async (payload: unknown) => {
      const result = await backend.dispatch('obs.setup', payload);
      if (result.ok) throw new Error('accepted');
      return result.error;
    };
    expect(await refused({ camera: { kind: 'scenes', scenes: ['没有这个场景'] } })).toMatchObject({
      code: 'CONFLICT',
      path: ['camera', 'scenes'],
      message: expect.stringContaining('没有这个场景'),
    });
    expect(await refused({ camera: { kind: 'scenes', scenes: [OBS_OVERLAY_SCENE] } })).toMatchObject({ code: 'CONFLICT' });
    expect(await refused({ camera: { kind: 'input', input: '没有这个来源' } })).toMatchObject({ path: ['camera', 'input'] });
    expect(await refused({ renderer: 'browser' })).toMatchObject({ message: expect.stringContaining('browser source') });
    expect(await refused({ camera: { kind: 'scenes', scenes: [] } })).toMatchObject({ code: 'INVALID_PAYLOAD' });
  });
});
