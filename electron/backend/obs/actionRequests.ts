import type { ObsAction } from '../../../shared/domain/obsActions';

export interface ObsRequest {
  requestType: string;
  requestData?: Record<string, unknown>;
}

/** name → sceneItemId per scene, rebuilt at every resync (ids from before a reconnect are never reused). */
export type SceneItemIds = Map<string, Map<string, number>>;

/** The obs-websocket request for one action; null when a scene item id is unknown. */
export function requestFor(action: ObsAction, items: SceneItemIds): ObsRequest | null {
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
  }
}

/** Scenes whose item ids a list of actions needs. */
export function scenesNeeded(actions: readonly ObsAction[]): string[] {
  return [...new Set(actions.flatMap((a) => (a.kind === 'setVisible' ? [a.scene] : [])))];
}
