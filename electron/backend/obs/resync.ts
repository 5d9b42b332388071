import type { ObsOutputs } from '../../../shared/domain/obsStatus';
import type { Canvas } from '../../../shared/domain/overlay/namedLayouts';
import type { SceneItemIds } from './actionRequests';
import type { BatchItemResult, ObsLink } from './obsLink';
import type { OutputRead, OutputReads } from './outputWatch';

/** What LiveCue knows about OBS after a resync. Replaced whole at every (re)connect. */
export interface ObsSnapshot {
  obsVersion: string;
  websocketVersion: string;
  /** Requests this OBS supports (feature detection, not version numbers). */
  availableRequests: Set<string>;
  scenes: string[];
  currentScene: string | null;
  outputs: ObsOutputs;
  /** The same outputs as OBS read them (durations, reconnecting, paused), for the output watch. */
  outputReads: OutputReads;
  items: SceneItemIds;
  /** The canvas (base resolution) LiveCue's graphics are laid out for; kept current by the heartbeat. */
  canvas: Canvas | null;
  /** Every input's kind by name (text sources differ per platform; camera sources are found by kind). */
  inputKinds: Map<string, string>;
  /** How long one video frame lasts (from OBS's frame rate). */
  frameMs: number;
  /** OBS's platform as it reports it (windows, macos, linux, …): the font the graphics ask for depends on it. */
  platform: string;
}

/**
 * Reads everything in ONE request batch: version and features, scene list with the program scene,
 * stream/record/virtual-cam status, and the scene items of the scenes LiveCue manages.
 */
export async function resync(link: ObsLink, managedScenes: readonly string[]): Promise<ObsSnapshot> {
  const results = await link.batch(
    [
      { requestType: 'GetVersion' },
      { requestType: 'GetSceneList' },
      { requestType: 'GetStreamStatus' },
      { requestType: 'GetRecordStatus' },
      { requestType: 'GetVirtualCamStatus' },
      { requestType: 'GetVideoSettings' },
      { requestType: 'GetInputList' },
      ...managedScenes.map((sceneName) => ({ requestType: 'GetSceneItemList', requestData: { sceneName } })),
    ],
    10_000,
  );
  const [version, sceneList, stream, record, virtualCam, video, inputList, ...itemLists] = results;
  const versionData = required(version, 'GetVersion');
  const sceneData = required(sceneList, 'GetSceneList');
  const scenes = asArray(sceneData.scenes).map((s) => String(s.sceneName ?? ''));
  const items: SceneItemIds = new Map();
  managedScenes.forEach((scene, i) => {
    const list = itemLists[i];
    if (list?.ok && list.data) items.set(scene, itemIdsFrom(list.data));
  });
  return {
    obsVersion: String(versionData.obsVersion ?? ''),
    websocketVersion: String(versionData.obsWebSocketVersion ?? ''),
    availableRequests: new Set(Array.isArray(versionData.availableRequests) ? versionData.availableRequests.map(String) : []),
    // OBS lists scenes bottom-up; people read them top-down.
    scenes: scenes.reverse(),
    currentScene: typeof sceneData.currentProgramSceneName === 'string' ? sceneData.currentProgramSceneName : null,
    outputs: {
      streaming: stream?.ok === true && stream.data?.outputActive === true,
      recording: record?.ok === true && record.data?.outputActive === true,
      // Absent or unavailable virtual camera (no v4l2loopback, …) is "none", not "off".
      virtualCam: virtualCam?.ok ? virtualCam.data?.outputActive === true : null,
    },
    outputReads: { stream: outputRead(stream), record: outputRead(record), virtualCam: virtualCam?.ok ? outputRead(virtualCam) : null },
    items,
    canvas: video?.ok && video.data ? canvasFrom(video.data) : null,
    frameMs: video?.ok && video.data ? frameMsFrom(video.data) : 1000 / 30,
    inputKinds: new Map(asArray(inputList?.data?.inputs).map((i) => [String(i.inputName ?? ''), String(i.inputKind ?? '')])),
    platform: String(versionData.platform ?? ''),
  };
}

/** Milliseconds per frame from a GetVideoSettings answer (30 fps when it makes no sense). */
function frameMsFrom(data: Record<string, unknown>): number {
  const { fpsNumerator, fpsDenominator } = data;
  return typeof fpsNumerator === 'number' && typeof fpsDenominator === 'number' && fpsNumerator > 0 && fpsDenominator > 0
    ? (1000 * fpsDenominator) / fpsNumerator
    : 1000 / 30;
}

/** The base (canvas) resolution from a GetVideoSettings answer, or null when it makes no sense. */
export function canvasFrom(data: Record<string, unknown>): Canvas | null {
  const { baseWidth, baseHeight } = data;
  return typeof baseWidth === 'number' && typeof baseHeight === 'number' && baseWidth > 0 && baseHeight > 0
    ? { width: baseWidth, height: baseHeight }
    : null;
}

function outputRead(result: BatchItemResult | undefined): OutputRead {
  const data = result?.ok ? (result.data ?? {}) : {};
  return {
    active: data.outputActive === true,
    durationMs: typeof data.outputDuration === 'number' ? data.outputDuration : null,
    reconnecting: data.outputReconnecting === true,
    paused: data.outputPaused === true,
  };
}

export function itemIdsFrom(data: Record<string, unknown>): Map<string, number> {
  const ids = new Map<string, number>();
  for (const item of asArray(data.sceneItems)) {
    if (typeof item.sourceName === 'string' && typeof item.sceneItemId === 'number') ids.set(item.sourceName, item.sceneItemId);
  }
  return ids;
}

function required(result: BatchItemResult | undefined, what: string): Record<string, unknown> {
  if (!result?.ok || !result.data) throw new Error(`${what} failed during resync: ${result?.comment ?? 'no answer'}`);
  return result.data;
}

function asArray(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.filter((v): v is Record<string, unknown> => typeof v === 'object' && v !== null) : [];
}
