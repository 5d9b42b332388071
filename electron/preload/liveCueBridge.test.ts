import { describe, expect, it, vi } from 'vitest';
import { IPC } from '../../shared/api/bridge';
import { createLiveCueBridge, type IpcRendererLike } from './liveCueBridge';

function fakeIpcRenderer(reply: (method: unknown, payload: unknown) => Promise<unknown> = async () => ({ ok: true, value: 'pong' })) {
  let onEvent: ((event: unknown, ...args: unknown[]) => void) | null = null;
  const sent: unknown[][] = [];
  const ipc = {
    invoke: vi.fn((_channel: string, method: unknown, payload: unknown) => reply(method, payload)),
    send: vi.fn((...args: unknown[]) => {
      sent.push(args);
    }),
    on: vi.fn((channel: string, listener: (event: unknown, ...args: unknown[]) => void) => {
      if (channel === IPC.event) onEvent = listener;
    }),
  } satisfies IpcRendererLike;
  const ipcRendererEvent = { sender: { secret: 'ipcRenderer' }, ports: [] };
  const emit = (topic: unknown, data: unknown) => onEvent?.(ipcRendererEvent, topic, data);
  return { ipc, sent, emit };
}

describe('createLiveCueBridge', () => {
  it('exposes exactly invoke and subscribe, frozen', () => {
    const bridge = createLiveCueBridge(fakeIpcRenderer().ipc);
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'subscribe']);
    expect(Object.isFrozen(bridge)).toBe(true);
  });

  it('sends invoke over the invoke channel and returns the result', async () => {
    const { ipc } = fakeIpcRenderer();
    const bridge = createLiveCueBridge(ipc);
    expect(await bridge.invoke('app.ping', { echo: 'a' })).toEqual({ ok: true, value: 'pong' });
    expect(ipc.invoke).toHaveBeenCalledWith(IPC.invoke, 'app.ping', { echo: 'a' });
  });

  it('turns a failed IPC call into UNAVAILABLE, and odd replies or methods into errors, never a throw', async () => {
    const down = createLiveCueBridge(fakeIpcRenderer(() => Promise.reject(new Error("No handler registered for 'livecue:invoke'"))).ipc);
    expect(await down.invoke('app.ping', {})).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } });
    const odd = createLiveCueBridge(fakeIpcRenderer(async () => 'not a result').ipc);
    expect(await odd.invoke('app.ping', {})).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    const { ipc } = fakeIpcRenderer();
    const bridge = createLiveCueBridge(ipc);
    expect(await bridge.invoke(42 as unknown as string, {})).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
    expect(ipc.invoke).not.toHaveBeenCalled();
  });

  it('gives listeners only the data, never the IPC event', () => {
    const { ipc, emit } = fakeIpcRenderer();
    const bridge = createLiveCueBridge(ipc);
    const listener = vi.fn();
    bridge.subscribe('settings', listener);
    emit('settings', { language: 'zh-CN' });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener.mock.calls[0]).toEqual([{ language: 'zh-CN' }]);
  });

  it('routes data by topic', () => {
    const { ipc, emit } = fakeIpcRenderer();
    const bridge = createLiveCueBridge(ipc);
    const settings = vi.fn();
    const obs = vi.fn();
    bridge.subscribe('settings', settings);
    bridge.subscribe('obs.status', obs);
    emit('obs.status', { state: 'connected' });
    expect(settings).not.toHaveBeenCalled();
    expect(obs).toHaveBeenCalledWith({ state: 'connected' });
    emit(42, 'ignored');
  });

  it('subscribes once per topic in main and unsubscribes when the last listener leaves', () => {
    const { ipc, sent, emit } = fakeIpcRenderer();
    const bridge = createLiveCueBridge(ipc);
    const a = vi.fn();
    const b = vi.fn();
    const offA = bridge.subscribe('settings', a);
    const offB = bridge.subscribe('settings', b);
    expect(sent).toEqual([[IPC.subscribe, 'settings']]);
    offA();
    offA(); // idempotent
    expect(sent).toEqual([[IPC.subscribe, 'settings']]);
    emit('settings', 1);
    expect(a).not.toHaveBeenCalled();
    expect(b).toHaveBeenCalledWith(1);
    offB();
    expect(sent).toEqual([
      [IPC.subscribe, 'settings'],
      [IPC.unsubscribe, 'settings'],
    ]);
    bridge.subscribe('settings', a);
    expect(sent.at(-1)).toEqual([IPC.subscribe, 'settings']);
  });

  it('keeps delivering when one listener throws', () => {
    const { ipc, emit } = fakeIpcRenderer();
    const bridge = createLiveCueBridge(ipc);
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const good = vi.fn();
    bridge.subscribe('settings', () => {
      throw new Error('bad listener');
    });
    bridge.subscribe('settings', good);
    emit('settings', 'x');
    expect(good).toHaveBeenCalledWith('x');
    expect(error).toHaveBeenCalled();
    error.mockRestore();
  });

  it('rejects a subscribe without a topic string or a function', () => {
    const bridge = createLiveCueBridge(fakeIpcRenderer().ipc);
    expect(() => bridge.subscribe(1 as unknown as string, () => {})).toThrow(TypeError);
    expect(() => bridge.subscribe('settings', 'nope' as unknown as () => void)).toThrow(TypeError);
  });
});
