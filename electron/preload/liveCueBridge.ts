import { IPC, type LiveCueBridge } from '../../shared/api/bridge';
import type { ApiErrorCode, ApiResult } from '../../shared/api/errors';

/**
 * Only types are imported from shared/api/errors: its zod schemas would be bundled into the
 * preload for nothing. The preload must stay a tiny, dependency-free file.
 */
function failure(code: ApiErrorCode, message: string): ApiResult<never> {
  return { ok: false, error: { code, message } };
}

/** The parts of ipcRenderer the bridge uses. The renderer never sees this object. */
export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  send(channel: string, ...args: unknown[]): void;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

function isApiResult(value: unknown): value is ApiResult<unknown> {
  return typeof value === 'object' && value !== null && 'ok' in value && typeof value.ok === 'boolean';
}

type Listener = (data: unknown) => void;

/**
 * What `window.livecue` is: two functions, nothing else. Subscriptions are multiplexed here (one
 * IPC subscription per topic, however many listeners), and listeners receive only the data, never
 * the IPC event (which would hand the page a way back to ipcRenderer).
 */
export function createLiveCueBridge(ipc: IpcRendererLike): LiveCueBridge {
  const listeners = new Map<string, Set<Listener>>();

  ipc.on(IPC.event, (_event, topic, data) => {
    if (typeof topic !== 'string') return;
    for (const listener of [...(listeners.get(topic) ?? [])]) {
      try {
        listener(data);
      } catch (error) {
        // One broken listener must not starve the others.
        console.error(`[livecue] listener of "${topic}" threw`, error);
      }
    }
  });

  const bridge: LiveCueBridge = {
    async invoke(method, payload) {
      if (typeof method !== 'string') return failure('INVALID_REQUEST', 'The method name must be a string');
      try {
        const result = await ipc.invoke(IPC.invoke, method, payload);
        return isApiResult(result) ? result : failure('INTERNAL', `${method}: malformed reply from the backend`);
      } catch (error) {
        // E.g. while the app is shutting down and main has removed its handler.
        return failure('UNAVAILABLE', `LiveCue backend unavailable: ${error instanceof Error ? error.message : String(error)}`);
      }
    },

    subscribe(topic, listener) {
      if (typeof topic !== 'string' || typeof listener !== 'function') throw new TypeError('subscribe(topic: string, listener: function)');
      let set = listeners.get(topic);
      if (!set) {
        set = new Set();
        listeners.set(topic, set);
        ipc.send(IPC.subscribe, topic);
      }
      // A wrapper per call: subscribing the same function twice gives two independent subscriptions.
      const entry: Listener = (data) => listener(data);
      set.add(entry);
      const topicSet = set;
      let active = true;
      return () => {
        if (!active) return;
        active = false;
        topicSet.delete(entry);
        if (topicSet.size === 0 && listeners.get(topic) === topicSet) {
          listeners.delete(topic);
          ipc.send(IPC.unsubscribe, topic);
        }
      };
    },
  };
  return Object.freeze(bridge);
}
