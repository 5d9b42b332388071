import type { OBSWebSocket } from 'obs-websocket-js';

/** The associate's camera shot in a real OBS: a scene holding a stand-in of a known colour, put on program. */
export async function createCameraStandIn(raw: OBSWebSocket, sceneName: string): Promise<void> {
  await raw.call('CreateScene', { sceneName });
  await raw.call('CreateInput', {
    sceneName,
    inputName: '摄像头替身',
    inputKind: 'color_source_v3',
    inputSettings: { color: 0xffdca028, width: 1280, height: 720 },
  });
  await raw.call('SetCurrentProgramScene', { sceneName });
}
