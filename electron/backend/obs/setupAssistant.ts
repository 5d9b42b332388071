import { OBS_PRODUCT_SCENE, OBS_SAFE_SCENE, OBS_SOURCES, type SetupReport } from '../../../shared/domain/obsLayout';
import type { ObsLink } from './obsLink';

/** Creating things can stall OBS's UI thread for seconds (the first scene took ~5 s headless). */
const CREATE_TIMEOUT_MS = 20_000;

/** Text source kinds by preference: FreeType on Linux/macOS, GDI+ on Windows. */
const TEXT_KINDS = ['text_ft2_source_v2', 'text_gdiplus_v3', 'text_gdiplus_v2'];

/** Layout of the product scene on a 1280×720 canvas (OBS scales it to the user's canvas). */
const PLACEMENT: Record<keyof typeof OBS_SOURCES, { x: number; y: number }> = {
  image: { x: 40, y: 120 },
  title: { x: 520, y: 140 },
  price: { x: 520, y: 260 },
  countdown: { x: 520, y: 360 },
  task: { x: 520, y: 460 },
};

/**
 * Creates what LiveCue needs in the current scene collection, idempotently: only what is missing
 * is created, nothing existing is modified, and scenes LiveCue did not create are never touched.
 */
export async function runSetupAssistant(link: ObsLink): Promise<SetupReport> {
  const [kindsResult, scenesResult, inputsResult] = await link.batch(
    [
      { requestType: 'GetInputKindList', requestData: { unversioned: false } },
      { requestType: 'GetSceneList' },
      { requestType: 'GetInputList' },
    ],
    CREATE_TIMEOUT_MS,
  );
  const kinds = stringsOf(kindsResult?.data?.inputKinds);
  const textKind = TEXT_KINDS.find((k) => kinds.includes(k));
  if (!textKind) throw new Error(`OBS offers no text source (kinds: ${kinds.join(', ')})`);
  const scenes = new Set(objectsOf(scenesResult?.data?.scenes).map((s) => String(s.sceneName)));
  const inputs = new Set(objectsOf(inputsResult?.data?.inputs).map((i) => String(i.inputName)));
  const created: string[] = [];
  const existing: string[] = [];

  for (const scene of [OBS_PRODUCT_SCENE, OBS_SAFE_SCENE]) {
    if (scenes.has(scene)) existing.push(scene);
    else {
      await link.call('CreateScene', { sceneName: scene }, CREATE_TIMEOUT_MS);
      created.push(scene);
    }
  }
  if (!scenes.has(OBS_SAFE_SCENE)) {
    // The panic scene: a plain card, so going "safe" never shows the camera or a stale price.
    await link.call(
      'CreateInput',
      {
        sceneName: OBS_SAFE_SCENE,
        inputName: 'LiveCue 安全画面文字',
        inputKind: textKind,
        inputSettings: textSettings(textKind, '稍后回来', 96),
      },
      CREATE_TIMEOUT_MS,
    );
  }

  const items = await link.call('GetSceneItemList', { sceneName: OBS_PRODUCT_SCENE });
  const inScene = new Set(objectsOf(items.sceneItems).map((i) => String(i.sourceName)));
  for (const role of Object.keys(OBS_SOURCES) as (keyof typeof OBS_SOURCES)[]) {
    const name = OBS_SOURCES[role];
    if (inScene.has(name)) {
      existing.push(name);
      continue;
    }
    let sceneItemId: unknown;
    if (inputs.has(name)) {
      // The source exists (e.g. removed from the scene by hand): put it back, keep its settings.
      ({ sceneItemId } = await link.call('CreateSceneItem', { sceneName: OBS_PRODUCT_SCENE, sourceName: name }, CREATE_TIMEOUT_MS));
    } else {
      const kind = role === 'image' ? 'image_source' : textKind;
      const settings = role === 'image' ? { file: '' } : textSettings(textKind, '', role === 'title' ? 64 : 48);
      ({ sceneItemId } = await link.call(
        'CreateInput',
        { sceneName: OBS_PRODUCT_SCENE, inputName: name, inputKind: kind, inputSettings: settings },
        CREATE_TIMEOUT_MS,
      ));
    }
    if (typeof sceneItemId === 'number') {
      await link.call('SetSceneItemTransform', {
        sceneName: OBS_PRODUCT_SCENE,
        sceneItemId,
        sceneItemTransform: { positionX: PLACEMENT[role].x, positionY: PLACEMENT[role].y },
      });
    }
    created.push(name);
  }
  return { textKind, created, existing };
}

/** Settings for a text source of either kind (the two kinds name their fields differently). */
export function textSettings(kind: string, text: string, size: number): Record<string, unknown> {
  const face = kind.startsWith('text_gdiplus') ? 'Microsoft YaHei' : 'Noto Sans CJK SC';
  return {
    text,
    font: { face, size, style: 'Regular', flags: 0 },
    ...(kind.startsWith('text_ft2') ? { color1: 0xffffffff, color2: 0xffffffff } : {}),
  };
}

function stringsOf(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : [];
}

function objectsOf(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.filter((v): v is Record<string, unknown> => typeof v === 'object' && v !== null) : [];
}
