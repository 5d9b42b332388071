import { IPC } from '../../shared/api/bridge';
import { type ApiResult, fail } from '../../shared/api/errors';
import type { Backend } from '../backend/createBackend';
import { checkSender, type SenderEvent } from './senderCheck';

/** A renderer's webContents as the bridge needs it: an id, a way to send, and its end of life. */
export interface SubscriberContents {
  readonly id: number;
  send(channel: string, ...args: unknown[]): void;
  isDestroyed(): boolean;
  once(event: 'destroyed', listener: () => void): unknown;
}

export interface BridgeEvent extends SenderEvent {
  readonly sender: SubscriberContents;
}

/** The parts of ipcMain the bridge uses. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: BridgeEvent, ...args: unknown[]) => Promise<ApiResult<unknown>>): void;
  removeHandler(channel: string): void;
  on(channel: string, listener: (event: BridgeEvent, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: BridgeEvent, ...args: unknown[]) => void): unknown;
}

export interface IpcBridgeOptions {
  ipcMain: IpcMainLike;
  backend: Pick<Backend, 'dispatch' | 'subscribe'>;
  /** The one webContents allowed to talk to the backend (the main window's), or null when there is none. */
  getMainContents: () => { readonly id: number } | null;
  log?: (message: string) => void;
}

export interface IpcBridge {
  /** Topics a webContents is subscribed to (for tests and diagnostics). */
  topicsOf(contentsId: number): string[];
  /** Removes the handlers and every subscription. Idempotent. */
  dispose(): void;
}

/**
 * The Electron transport: `invoke` goes to the backend's single dispatch; `subscribe` forwards a
 * topic's data to the subscribing webContents on IPC.event. Every message is checked against the
 * sender rules first; a refused invoke gets a FORBIDDEN result (never an exception across IPC).
 */
export function installIpcBridge(options: IpcBridgeOptions): IpcBridge {
  const { ipcMain, backend, getMainContents } = options;
  const log = options.log ?? console.warn;
  /** webContents id → topic → unsubscribe. One backend subscription per topic per webContents: the preload multiplexes. */
  const subscriptions = new Map<number, Map<string, () => void>>();
  let disposed = false;

  function trusted(event: BridgeEvent, what: string): boolean {
    const check = checkSender(event, getMainContents());
    if (!check.ok) log(`[livecue] refused IPC ${what}: ${check.reason}`);
    return check.ok;
  }

  function dropContents(id: number): void {
    const topics = subscriptions.get(id);
    if (!topics) return;
    for (const unsubscribe of topics.values()) unsubscribe();
    subscriptions.delete(id);
  }

  const onInvoke = async (event: BridgeEvent, method: unknown, payload: unknown): Promise<ApiResult<unknown>> => {
    if (!trusted(event, `invoke ${String(method)}`)) return fail('FORBIDDEN', 'This frame may not call the LiveCue backend');
    if (typeof method !== 'string') return fail('INVALID_REQUEST', 'The method name must be a string');
    try {
      return await backend.dispatch(method, payload);
    } catch (error) {
      // dispatch promises never to throw; if it does anyway, the renderer still gets a result.
      return fail('INTERNAL', `${method} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  const onSubscribe = (event: BridgeEvent, topic: unknown): void => {
    if (disposed || !trusted(event, `subscribe ${String(topic)}`)) return;
    if (typeof topic !== 'string') {
      log('[livecue] ignored subscribe: topic is not a string');
      return;
    }
    const contents = event.sender;
    let topics = subscriptions.get(contents.id);
    if (topics?.has(topic)) return;
    const result = backend.subscribe(topic, (data) => {
      if (!contents.isDestroyed()) contents.send(IPC.event, topic, data);
    });
    if (!result.ok) {
      log(`[livecue] ignored subscribe: ${result.error.message}`);
      return;
    }
    if (!topics) {
      topics = new Map();
      subscriptions.set(contents.id, topics);
      const id = contents.id;
      contents.once('destroyed', () => dropContents(id));
    }
    topics.set(topic, result.value);
  };

  const onUnsubscribe = (event: BridgeEvent, topic: unknown): void => {
    if (!trusted(event, `unsubscribe ${String(topic)}`) || typeof topic !== 'string') return;
    const topics = subscriptions.get(event.sender.id);
    const unsubscribe = topics?.get(topic);
    if (!topics || !unsubscribe) return;
    unsubscribe();
    topics.delete(topic);
  };

  ipcMain.handle(IPC.invoke, (event, method, payload) => onInvoke(event, method, payload));
  const subscribeListener = (event: BridgeEvent, topic: unknown) => onSubscribe(event, topic);
  const unsubscribeListener = (event: BridgeEvent, topic: unknown) => onUnsubscribe(event, topic);
  ipcMain.on(IPC.subscribe, subscribeListener);
  ipcMain.on(IPC.unsubscribe, unsubscribeListener);

  return {
    topicsOf: (id) => [...(subscriptions.get(id)?.keys() ?? [])],
    dispose() {
      if (disposed) return;
      disposed = true;
      ipcMain.removeHandler(IPC.invoke);
      ipcMain.removeListener(IPC.subscribe, subscribeListener);
      ipcMain.removeListener(IPC.unsubscribe, unsubscribeListener);
      for (const id of [...subscriptions.keys()]) dropContents(id);
    },
  };
}
