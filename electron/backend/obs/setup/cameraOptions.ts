import { type CameraOptions, OBS_OVERLAY_SCENE } from '../../../../shared/domain/obsLayout';
import type { ObsLink } from '../obsLink';
import { canvasFrom } from '../resync';
import { cameraKindOf, isCameraKind } from './cameraKinds';
import { objectsOf, stringsOf } from './setupData';

const PROBE_SCENE = 'LiveCue 设备检测';
const PROBE_INPUT = 'LiveCue 设备检测源';

/**
 * What the setup assistant can offer as the camera shot: the user's scenes (LiveCue's own left out), which of them
 * show a capture source, their capture sources, and the capture devices OBS sees. Listing devices needs a capture
 * source to ask: an existing one is asked; otherwise a probe is created and removed again, so asking changes nothing.
 */
export async function cameraOptions(link: ObsLink): Promise<CameraOptions> {
  const [kindsResult, scenesResult, inputsResult, videoResult] = await link.batch([
    { requestType: 'GetInputKindList', requestData: { unversioned: false } },
    { requestType: 'GetSceneList' },
    { requestType: 'GetInputList' },
    { requestType: 'GetVideoSettings' },
  ]);
  const kinds = stringsOf(kindsResult?.data?.inputKinds);
  // OBS lists scenes bottom-up; people read them top-down.
  const sceneNames = objectsOf(scenesResult?.data?.scenes)
    .map((s) => String(s.sceneName))
    .filter((name) => !name.startsWith('LiveCue '))
    .reverse();
  const inputs = objectsOf(inputsResult?.data?.inputs).map((i) => ({ name: String(i.inputName), kind: String(i.inputKind) }));
  const videoInputs = inputs.filter((i) => isCameraKind(i.kind) && !i.name.startsWith('LiveCue 设备检测'));
  const videoNames = new Set(videoInputs.map((i) => i.name));

  const itemLists = sceneNames.length
    ? await link.batch(sceneNames.map((sceneName) => ({ requestType: 'GetSceneItemList', requestData: { sceneName } })))
    : [];
  const scenes = sceneNames.map((name, i) => {
    const sources = objectsOf(itemLists[i]?.data?.sceneItems).map((item) => String(item.sourceName));
    return { name, hasCamera: sources.some((s) => videoNames.has(s)), hasGraphics: sources.includes(OBS_OVERLAY_SCENE) };
  });

  const camera = cameraKindOf(kinds);
  const devices = camera ? await listDevices(link, camera, videoInputs) : [];
  return {
    scenes,
    videoInputs,
    deviceKind: camera?.kind ?? null,
    devices,
    browserSource: kinds.includes('browser_source'),
    canvas: videoResult?.data ? canvasFrom(videoResult.data) : null,
  };
}

async function listDevices(
  link: ObsLink,
  camera: { kind: string; deviceProperty: string },
  existing: readonly { name: string; kind: string }[],
): Promise<{ id: string; name: string }[]> {
  const ask = async (inputName: string) => {
    const { propertyItems } = await link.call('GetInputPropertiesListPropertyItems', { inputName, propertyName: camera.deviceProperty });
    return objectsOf(propertyItems)
      .filter((item) => item.itemEnabled !== false && typeof item.itemValue === 'string' && item.itemValue !== '')
      .map((item) => ({ id: String(item.itemValue), name: String(item.itemName ?? item.itemValue) }));
  };
  const same = existing.find((i) => i.kind === camera.kind);
  if (same) return ask(same.name);
  await link.call('CreateScene', { sceneName: PROBE_SCENE }, 20_000);
  try {
    await link.call(
      'CreateInput',
      { sceneName: PROBE_SCENE, inputName: PROBE_INPUT, inputKind: camera.kind, sceneItemEnabled: false },
      20_000,
    );
    return await ask(PROBE_INPUT);
  } finally {
    await link.call('RemoveInput', { inputName: PROBE_INPUT }).catch(() => {});
    await link.call('RemoveScene', { sceneName: PROBE_SCENE }).catch(() => {});
  }
}
