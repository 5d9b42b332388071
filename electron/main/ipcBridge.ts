import { IPC } from '../../shared/api/bridge';
import { type ApiResult, fail } from '../../shared/api/errors';
import type { Backend } from '../backend/createBackend';
import { type ApiEntry, guardForRole } from '../backend/dispatch/roleGuard';
import { type SenderEvent, senderRole } from './senderCheck';

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
  /** The webContents with the console's full access (the main window's), or null when there is none. */
  getMainContents: () => { readonly id: number } | null;
  /** The presenter window's webContents (the 'remote-view' role: reads only), or null while it is closed. */
  getPresenterContents?: () => { readonly id: number } | null;
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
  const getPresenterContents = options.getPresenterContents ?? (() => null);
  /** The API as each role may use it, made once. */
  const apiFor = new Map<string, ApiEntry>();
  const api = (role: Parameters<typeof guardForRole>[1]): ApiEntry => {
    let entry = apiFor.get(role);
    if (!entry) {
      entry = guardForRole(backend, role);
      apiFor.set(role, entry);
    }
    return entry;
  };
  const log = options.log ?? console.warn;
  /** webContents id → topic → unsubscribe. One backend subscription per topic per webContents: the preload multiplexes. */
  const subscriptions = new Map<number, Map<string, () => void>>();
  let disposed = false;

  /** The sender's API (the console's, or the presenter's read-only one), or null when the sender is not trusted. */
  function trusted(event: BridgeEvent, what: string): ApiEntry | null {
    const check = senderRole(event, [
      { contents: getMainContents(), role: 'console' },
      { contents: getPresenterContents(), role: 'remote-view' },
    ]);
    if (!check.ok) log(`[livecue] refused IPC ${what}: ${check.reason}`);
    return check.ok ? api(check.role) : null;
  }

  function dropContents(id: number): void {
    const topics = subscriptions.get(id);
    if (!topics) return;
    for (const unsubscribe of topics.values()) unsubscribe();
    subscriptions.delete(id);
  }

  const onInvoke = async (event: BridgeEvent, method: unknown, payload: unknown): Promise<ApiResult<unknown>> => {
    const entry = trusted(event, `invoke ${String(method)}`);
    if (!entry) return fail('FORBIDDEN', 'This frame may not call the LiveCue backend');
    if (typeof method !== 'string') return fail('INVALID_REQUEST', 'The method name must be a string');
    try {
      return await entry.dispatch(method, payload);
    } catch (error) {
      // dispatch promises never to throw; if it does anyway, the renderer still gets a result.
      return fail('INTERNAL', `${method} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  const onSubscribe = (event: BridgeEvent, topic: unknown): void => {
    if (disposed) return;
    const entry = trusted(event, `subscribe ${String(topic)}`);
    if (!entry) return;
    if (typeof topic !== 'string') {
      log('[livecue] ignored subscribe: topic is not a string');
      return;
    }
    const contents = event.sender;
    let topics = subscriptions.get(contents.id);
    if (topics?.has(topic)) return;
    const result = entry.subscribe(topic, (data) => {
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
