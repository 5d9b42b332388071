import {
  type CameraChoice,
  OBS_BROWSER_OVERLAY,
  OBS_CAMERA_INPUT,
  OBS_CAMERA_SCENE,
  OBS_OVERLAY_SCENE,
  OBS_SAFE_SCENE,
  overlaySourceName,
  type SetupInput,
  type SetupReport,
} from '../../../../shared/domain/obsLayout';
import type { Canvas } from '../../../../shared/domain/overlay/namedLayouts';
import { PART_IDS } from '../../../../shared/domain/overlay/overlayParts';
import { defaultOverlayTheme } from '../../../../shared/domain/overlay/overlayTheme';
import { fontFaceFor, partInputKind, textStyleSettings } from '../graphics/nativeGraphics';
import type { ObsLink } from '../obsLink';
import { canvasFrom } from '../resync';
import { cameraKindOf } from './cameraKinds';
import { objectsOf, setupError, stringsOf } from './setupData';

/** Creating things can stall OBS's UI thread for seconds (the first scene took ~5 s headless). */
const CREATE_TIMEOUT_MS = 20_000;

/** Text source kinds by preference: FreeType on Linux/macOS (and Windows, where it exists), GDI+ on Windows. */
const TEXT_KINDS = ['text_ft2_source_v2', 'text_gdiplus_v3', 'text_gdiplus_v2'];

export interface SetupOptions {
  /** The overlay page's URL with its token (for the browser-source renderer). */
  overlayUrl?: () => string | null;
}

interface Setup {
  link: ObsLink;
  created: string[];
  existing: string[];
  scenes: Set<string>;
  inputs: Map<string, string>;
  canvas: Canvas;
}

/**
 * Builds LiveCue's graphics in the current scene collection so every cue keeps the camera on program: one overlay
 * scene (`LiveCue 图层`) holding every part of the graphics, nested at the top of the camera scene(s) the user chose
 * (or of a camera scene built around their video source or a capture device). Idempotent: only what is missing is
 * created; the user's own scenes only ever gain the overlay on top, nothing of theirs is changed or removed.
 */
export async function runSetupAssistant(link: ObsLink, input: SetupInput, options: SetupOptions = {}): Promise<SetupReport> {
  const [kindsResult, scenesResult, inputsResult, videoResult, versionResult] = await link.batch(
    [
      { requestType: 'GetInputKindList', requestData: { unversioned: false } },
      { requestType: 'GetSceneList' },
      { requestType: 'GetInputList' },
      { requestType: 'GetVideoSettings' },
      { requestType: 'GetVersion' },
    ],
    CREATE_TIMEOUT_MS,
  );
  const kinds = stringsOf(kindsResult?.data?.inputKinds);
  const textKind = TEXT_KINDS.find((k) => kinds.includes(k));
  if (!textKind) throw setupError(`OBS offers no text source (kinds: ${kinds.join(', ')})`);
  if (input.renderer === 'browser' && !kinds.includes('browser_source'))
    throw setupError('This OBS has no browser source (the Windows and macOS builds do); use the native renderer');
  const overlayUrl = input.renderer === 'browser' ? (options.overlayUrl?.() ?? null) : null;
  if (input.renderer === 'browser' && !overlayUrl)
    throw setupError('The overlay page is not being served, so OBS has nothing to show; use the native renderer');
  const canvas = videoResult?.data ? canvasFrom(videoResult.data) : null;
  if (!canvas) throw setupError('OBS did not report its canvas size (Settings → Video)');
  const platform = String(versionResult?.data?.platform ?? '');
  const s: Setup = {
    link,
    created: [],
    existing: [],
    scenes: new Set(objectsOf(scenesResult?.data?.scenes).map((x) => String(x.sceneName))),
    inputs: new Map(objectsOf(inputsResult?.data?.inputs).map((x) => [String(x.inputName), String(x.inputKind)])),
    canvas,
  };

  await ensureScene(s, OBS_OVERLAY_SCENE);
  if (input.renderer === 'native') await ensureNativeParts(s, textKind, fontFaceFor(platform, textKind));
  else if (overlayUrl) await ensureBrowserOverlay(s, overlayUrl);
  await ensureSafeScene(s, textKind, fontFaceFor(platform, textKind));

  const camera = input.camera ? await placeCamera(s, input.camera, kinds) : null;
  return {
    textKind,
    created: s.created,
    existing: s.existing,
    showScene: camera?.showScene ?? null,
    overlaidScenes: camera?.overlaid ?? [],
    renderer: input.renderer,
  };
}

async function ensureScene(s: Setup, scene: string): Promise<boolean> {
  if (s.scenes.has(scene)) {
    s.existing.push(scene);
    return false;
  }
  await s.link.call('CreateScene', { sceneName: scene }, CREATE_TIMEOUT_MS);
  s.scenes.add(scene);
  s.created.push(scene);
  return true;
}

async function itemsOf(s: Setup, scene: string): Promise<{ sourceName: string; sceneItemId: number; sceneItemIndex: number }[]> {
  const { sceneItems } = await s.link.call('GetSceneItemList', { sceneName: scene });
  return objectsOf(sceneItems).flatMap((i) =>
    typeof i.sceneItemId === 'number' && typeof i.sceneItemIndex === 'number'
      ? [{ sourceName: String(i.sourceName), sceneItemId: i.sceneItemId, sceneItemIndex: i.sceneItemIndex }]
      : [],
  );
}

/**
 * Puts `source` into `scene` unless it is there: an existing input (or scene) becomes a new item keeping its settings;
 * a missing input is created with `settings`. New items start hidden when `enabled` is false.
 */
async function ensureItem(
  s: Setup,
  scene: string,
  inScene: ReadonlySet<string>,
  source: string,
  create: { kind: string; settings: Record<string, unknown> } | null,
  enabled: boolean,
): Promise<number | null> {
  if (inScene.has(source)) {
    s.existing.push(source);
    return null;
  }
  let id: unknown;
  if (s.inputs.has(source) || s.scenes.has(source) || !create) {
    ({ sceneItemId: id } = await s.link.call(
      'CreateSceneItem',
      { sceneName: scene, sourceName: source, sceneItemEnabled: enabled },
      CREATE_TIMEOUT_MS,
    ));
  } else {
    ({ sceneItemId: id } = await s.link.call(
      'CreateInput',
      { sceneName: scene, inputName: source, inputKind: create.kind, inputSettings: create.settings, sceneItemEnabled: enabled },
      CREATE_TIMEOUT_MS,
    ));
    s.inputs.set(source, create.kind);
  }
  s.created.push(source);
  return typeof id === 'number' ? id : null;
}

/** Every part of the graphics as its own source in the overlay scene, created hidden, in drawing order. */
async function ensureNativeParts(s: Setup, textKind: string, fontFace: string): Promise<void> {
  const inScene = new Set((await itemsOf(s, OBS_OVERLAY_SCENE)).map((i) => i.sourceName));
  const theme = defaultOverlayTheme;
  for (const part of PART_IDS) {
    const kind = partInputKind(part, textKind);
    const settings =
      kind === textKind
        ? { text: '', ...textStyleSettings({ textKind, fontFace }, 48, false, theme.text) }
        : kind === 'image_source'
          ? { file: '' }
          : { width: 16, height: 16 };
    await ensureItem(s, OBS_OVERLAY_SCENE, inScene, overlaySourceName(part), { kind, settings }, false);
  }
}

/** The overlay page in a browser source the size of the canvas, transparent, over the camera. */
async function ensureBrowserOverlay(s: Setup, url: string): Promise<void> {
  const settings = { url, width: s.canvas.width, height: s.canvas.height, css: '', shutdown: false, reroute_audio: false };
  const inScene = new Set((await itemsOf(s, OBS_OVERLAY_SCENE)).map((i) => i.sourceName));
  await ensureItem(s, OBS_OVERLAY_SCENE, inScene, OBS_BROWSER_OVERLAY, { kind: 'browser_source', settings }, true);
  // The URL (token) and size follow the current set-up even when the source was there already.
  await s.link.call('SetInputSettings', { inputName: OBS_BROWSER_OVERLAY, inputSettings: settings, overlay: true });
}

/** The panic scene: a plain card, so going "safe" never shows the camera or a stale price. */
async function ensureSafeScene(s: Setup, textKind: string, fontFace: string): Promise<void> {
  if (!(await ensureScene(s, OBS_SAFE_SCENE))) return;
  await s.link.call(
    'CreateInput',
    {
      sceneName: OBS_SAFE_SCENE,
      inputName: 'LiveCue 安全画面文字',
      inputKind: textKind,
      inputSettings: { text: '稍后回来', ...textStyleSettings({ textKind, fontFace }, Math.round(s.canvas.height / 12), true, '#FFFFFF') },
    },
    CREATE_TIMEOUT_MS,
  );
}

/** LiveCue's overlay at the top of `scene` (added when missing, moved up when something covers it). */
async function overlayOnTop(s: Setup, scene: string): Promise<void> {
  let items = await itemsOf(s, scene);
  if (!items.some((i) => i.sourceName === OBS_OVERLAY_SCENE)) {
    await ensureItem(s, scene, new Set(), OBS_OVERLAY_SCENE, null, true);
    items = await itemsOf(s, scene);
  }
  const overlay = items.find((i) => i.sourceName === OBS_OVERLAY_SCENE);
  const top = Math.max(...items.map((i) => i.sceneItemIndex));
  if (overlay && overlay.sceneItemIndex !== top) {
    await s.link.call('SetSceneItemIndex', { sceneName: scene, sceneItemId: overlay.sceneItemId, sceneItemIndex: top });
  }
}

/** The camera fills the canvas (scaled to fit, aspect kept): a 4:3 webcam on a 9:16 canvas is letterboxed, not cropped. */
async function fitCanvas(s: Setup, scene: string, sceneItemId: number): Promise<void> {
  await s.link.call('SetSceneItemTransform', {
    sceneName: scene,
    sceneItemId,
    sceneItemTransform: {
      positionX: 0,
      positionY: 0,
      alignment: 5,
      boundsType: 'OBS_BOUNDS_SCALE_INNER',
      boundsWidth: s.canvas.width,
      boundsHeight: s.canvas.height,
      boundsAlignment: 0,
    },
  });
}

async function placeCamera(s: Setup, choice: CameraChoice, kinds: readonly string[]): Promise<{ showScene: string; overlaid: string[] }> {
  if (choice.kind === 'scenes') {
    for (const scene of choice.scenes) {
      if (!s.scenes.has(scene)) throw setupError(`OBS has no scene "${scene}"`, ['camera', 'scenes']);
      if (scene === OBS_OVERLAY_SCENE || scene === OBS_SAFE_SCENE)
        throw setupError(`"${scene}" is LiveCue's own scene, not a camera shot`, ['camera', 'scenes']);
    }
    for (const scene of choice.scenes) await overlayOnTop(s, scene);
    return { showScene: choice.scenes[0] ?? OBS_CAMERA_SCENE, overlaid: [...choice.scenes] };
  }

  let source: string;
  let settings: { kind: string; settings: Record<string, unknown> } | null = null;
  if (choice.kind === 'input') {
    if (!s.inputs.has(choice.input)) throw setupError(`OBS has no source "${choice.input}"`, ['camera', 'input']);
    source = choice.input;
  } else {
    const camera = cameraKindOf(kinds);
    if (!camera) throw setupError('This OBS has no video capture source kind', ['camera', 'deviceId']);
    source = OBS_CAMERA_INPUT;
    settings = { kind: camera.kind, settings: { [camera.deviceProperty]: choice.deviceId } };
    if (s.inputs.has(OBS_CAMERA_INPUT)) {
      // Re-run with another device: the camera LiveCue made switches to it.
      await s.link.call('SetInputSettings', { inputName: OBS_CAMERA_INPUT, inputSettings: settings.settings, overlay: true });
    }
  }
  await ensureScene(s, OBS_CAMERA_SCENE);
  const inScene = new Set((await itemsOf(s, OBS_CAMERA_SCENE)).map((i) => i.sourceName));
  const id = await ensureItem(s, OBS_CAMERA_SCENE, inScene, source, settings, true);
  if (id !== null) await fitCanvas(s, OBS_CAMERA_SCENE, id);
  await overlayOnTop(s, OBS_CAMERA_SCENE);
  return { showScene: OBS_CAMERA_SCENE, overlaid: [OBS_CAMERA_SCENE] };
}
