import type { ApiResult } from './errors';

/**
 * What the Electron preload exposes on `window.livecue`: exactly two functions. The renderer's
 * client uses this when present and the WebSocket otherwise.
 */
export interface LiveCueBridge {
  invoke(method: string, payload: unknown): Promise<ApiResult<unknown>>;
  subscribe(topic: string, listener: (data: unknown) => void): () => void;
}

/** IPC channel names shared by preload and main. */
export const IPC = {
  invoke: 'livecue:invoke',
  subscribe: 'livecue:subscribe',
  unsubscribe: 'livecue:unsubscribe',
  event: 'livecue:event',
} as const;
