import { afterEach, describe, expect, it } from 'vitest';
import { OBS_BROWSER_OVERLAY, OBS_OVERLAY_SCENE, OBS_SAFE_SCENE } from '../../../../shared/domain/obsLayout';
import { realTimers } from '../../../../shared/timing/timers';
import { FakeObsServer } from '../../../../test/support/backend/fakeObsServer';
import { ObsLink } from '../obsLink';
import { runSetupAssistant } from './setupAssistant';

let server: FakeObsServer | undefined;
let link: ObsLink | undefined;
afterEach(async () => {
  link?.close();
  await server?.close();
});

/** An OBS with a browser source (the Windows and macOS builds), an empty collection and a 1080×1920 canvas. */
async function windowsLikeObs() {
  server = await FakeObsServer.start();
  const scenes = new Set(['Scene']);
  const items = new Map<string, string[]>([['Scene', []]]);
  server.handlers.set('GetInputKindList', () => ({
    inputKinds: ['text_gdiplus_v3', 'image_source', 'color_source_v3', 'browser_source', 'dshow_input'],
  }));
  server.handlers.set('GetSceneList', () => ({
    currentProgramSceneName: 'Scene',
    scenes: [...scenes].map((sceneName) => ({ sceneName })),
  }));
  server.handlers.set('GetInputList', () => ({ inputs: [] }));
  server.handlers.set('GetVideoSettings', () => ({ baseWidth: 1080, baseHeight: 1920, fpsNumerator: 30, fpsDenominator: 1 }));
  server.handlers.set('GetVersion', () => ({ obsVersion: '30.2.0', obsWebSocketVersion: '5.5.0', rpcVersion: 1, platform: 'windows' }));
  server.handlers.set('CreateScene', (d) => {
    scenes.add(String(d?.sceneName));
    items.set(String(d?.sceneName), []);
    return {};
  });
  let id = 0;
  const add = (d: Record<string, unknown> | undefined, source: string) => {
    items.get(String(d?.sceneName))?.push(source);
    return { sceneItemId: ++id };
  };
  server.handlers.set('CreateInput', (d) => add(d, String(d?.inputName)));
  server.handlers.set('CreateSceneItem', (d) => add(d, String(d?.sourceName)));
  server.handlers.set('GetSceneItemList', (d) => ({
    sceneItems: (items.get(String(d?.sceneName)) ?? []).map((sourceName, i) => ({ sourceName, sceneItemId: i + 1, sceneItemIndex: i })),
  }));
  link = new ObsLink(realTimers);
  await link.connect(server.url, 'pw', { onEvent: () => {}, onClosed: () => {} });
  return { server, link, items };
}

describe('setup assistant where OBS has a browser source', () => {
  it('puts the overlay page in a browser source the size of the canvas, on top of the chosen scene', async () => {
    const obs = await windowsLikeObs();
    const url = 'http://127.0.0.1:5318/overlay?token=abc';
    const report = await runSetupAssistant(
      obs.link,
      { renderer: 'browser', camera: { kind: 'scenes', scenes: ['Scene'] } },
      { overlayUrl: () => url },
    );
    expect(report).toMatchObject({ renderer: 'browser', showScene: 'Scene', textKind: 'text_gdiplus_v3' });
    const created = obs.server.requests.find((r) => r.requestType === 'CreateInput' && r.requestData?.inputName === OBS_BROWSER_OVERLAY);
    expect(created?.requestData).toMatchObject({
      sceneName: OBS_OVERLAY_SCENE,
      inputKind: 'browser_source',
      inputSettings: { url, width: 1080, height: 1920 },
    });
    // Only the browser source: no native parts are made for it.
    expect(obs.items.get(OBS_OVERLAY_SCENE)).toEqual([OBS_BROWSER_OVERLAY]);
    expect(obs.items.get('Scene')).toEqual([OBS_OVERLAY_SCENE]);
    expect(obs.items.get(OBS_SAFE_SCENE)).toEqual(['LiveCue 安全画面文字']);
    // Windows' text source takes GDI+ settings and a Windows font.
    const safeText = obs.server.requests.find(
      (r) => r.requestType === 'CreateInput' && r.requestData?.inputName === 'LiveCue 安全画面文字',
    );
    expect(safeText?.requestData).toMatchObject({ inputSettings: { font: { face: 'Microsoft YaHei' }, opacity: 100 } });
  });

  it('refuses the overlay page when nothing serves it, before creating anything', async () => {
    const obs = await windowsLikeObs();
    await expect(runSetupAssistant(obs.link, { renderer: 'browser' }, { overlayUrl: () => null })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('overlay page is not being served'),
    });
    expect(obs.server.requests.filter((r) => r.requestType.startsWith('Create'))).toEqual([]);
  });
});
