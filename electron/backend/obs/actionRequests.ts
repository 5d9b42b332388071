import { type ObsOp, opScene } from './obsOps';

export interface ObsRequest {
  requestType: string;
  requestData?: Record<string, unknown>;
}

/** name → sceneItemId per scene, rebuilt at every resync (ids from before a reconnect are never reused). */
export type SceneItemIds = Map<string, Map<string, number>>;

/** The obs-websocket request for one op; null when a scene item id is unknown. */
export function requestFor(action: ObsOp, items: SceneItemIds): ObsRequest | null {
  switch (action.kind) {
    case 'switchScene':
      return { requestType: 'SetCurrentProgramScene', requestData: { sceneName: action.scene } };
    case 'setText':
      return {
        requestType: 'SetInputSettings',
        requestData: { inputName: action.source, inputSettings: { text: action.text }, overlay: true },
      };
    case 'setImage':
      return {
        requestType: 'SetInputSettings',
        requestData: { inputName: action.source, inputSettings: { file: action.file }, overlay: true },
      };
    case 'setVisible': {
      const id = items.get(action.scene)?.get(action.source);
      if (id === undefined) return null;
      return {
        requestType: 'SetSceneItemEnabled',
        requestData: { sceneName: action.scene, sceneItemId: id, sceneItemEnabled: action.visible },
      };
    }
    case 'setTransform': {
      const id = items.get(action.scene)?.get(action.source);
      if (id === undefined) return null;
      return {
        requestType: 'SetSceneItemTransform',
        requestData: { sceneName: action.scene, sceneItemId: id, sceneItemTransform: { ...action.transform } },
      };
    }
    case 'setSettings':
      return { requestType: 'SetInputSettings', requestData: { inputName: action.source, inputSettings: action.settings, overlay: true } };
    case 'pause':
      return { requestType: 'Sleep', requestData: { sleepMillis: action.ms } };
  }
}

/** Scenes whose item ids a list of ops needs. */
export function scenesNeeded(actions: readonly ObsOp[]): string[] {
  return [...new Set(actions.flatMap((a) => opScene(a) ?? []))];
}
