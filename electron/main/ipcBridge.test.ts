import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { IPC } from '../../shared/api/bridge';
import { type ApiResult, ok } from '../../shared/api/errors';
import { type Backend, createBackend } from '../backend/createBackend';
import { type BridgeEvent, type IpcMainLike, installIpcBridge, type SubscriberContents } from './ipcBridge';
import type { SenderFrame } from './senderCheck';

type Listener = (event: BridgeEvent, ...args: unknown[]) => void;
type Handler = (event: BridgeEvent, ...args: unknown[]) => Promise<ApiResult<unknown>>;

function fakeIpcMain() {
  const handlers = new Map<string, Handler>();
  const listeners = new Map<string, Set<Listener>>();
  const ipcMain: IpcMainLike = {
    handle: (channel, handler) => {
      if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      handlers.set(channel, handler);
    },
    removeHandler: (channel) => {
      handlers.delete(channel);
    },
    on: (channel, listener) => {
      const set = listeners.get(channel) ?? new Set<Listener>();
      set.add(listener);
      listeners.set(channel, set);
    },
    removeListener: (channel, listener) => {
      listeners.get(channel)?.delete(listener);
    },
  };
  return {
    ipcMain,
    invoke(event: BridgeEvent, ...args: unknown[]) {
      const handler = handlers.get(IPC.invoke);
      if (!handler) throw new Error('No handler registered for livecue:invoke');
      return handler(event, ...args);
    },
    send(channel: string, event: BridgeEvent, ...args: unknown[]) {
      for (const listener of listeners.get(channel) ?? []) listener(event, ...args);
    },
    handlers,
    listeners,
  };
}

function fakeContents(id: number) {
  const sent: unknown[][] = [];
  let onDestroyed: (() => void) | null = null;
  let destroyed = false;
  const contents: SubscriberContents = {
    id,
    send: (...args) => {
      sent.push(args);
    },
    isDestroyed: () => destroyed,
    once: (_event, listener) => {
      onDestroyed = listener;
    },
  };
  return {
    contents,
    sent,
    destroy() {
      destroyed = true;
      onDestroyed?.();
    },
  };
}

const appFrame: SenderFrame = { url: 'livecue://app/index.html', parent: null };
const eventFrom = (contents: SubscriberContents, senderFrame: SenderFrame | null = appFrame): BridgeEvent => ({
  sender: contents,
  senderFrame,
});

function fakeBackend() {
  return {
    dispatch: vi.fn<Backend['dispatch']>(async (method, payload) => ok({ method, payload })),
    subscribe: vi.fn<Backend['subscribe']>(() => ok(() => {})),
  };
}

describe('installIpcBridge: the presenter window', () => {
  const main = fakeContents(1);
  const presenter = fakeContents(3);

  it('gives the presenter window the view-only API: reads pass, commands and other topics are FORBIDDEN', async () => {
    const ipc = fakeIpcMain();
    const backend = fakeBackend();
    let presenterOpen = true;
    installIpcBridge({
      ipcMain: ipc.ipcMain,
      backend,
      getMainContents: () => main.contents,
      getPresenterContents: () => (presenterOpen ? presenter.contents : null),
      log: () => {},
    });
    const fromPresenter = eventFrom(presenter.contents, { url: 'livecue://app/presenter/index.html', parent: null });
    expect(await ipc.invoke(fromPresenter, 'session.current', {})).toMatchObject({ ok: true });
    expect(await ipc.invoke(fromPresenter, 'session.command', { sessionId: 's', command: { type: 'panic' } })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', reason: 'ROLE_FORBIDDEN' },
    });
    expect(await ipc.invoke(fromPresenter, 'settings.update', { language: 'en' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    ipc.send(IPC.subscribe, fromPresenter, 'import.progress');
    ipc.send(IPC.subscribe, fromPresenter, 'session.state');
    expect(backend.subscribe.mock.calls.map(([topic]) => topic)).toEqual(['session.state']);
    // The console in the main window keeps everything.
    expect(await ipc.invoke(eventFrom(main.contents), 'settings.update', { language: 'en' })).toMatchObject({ ok: true });
    expect(backend.dispatch.mock.calls.map(([method]) => method)).toEqual(['session.current', 'settings.update']);
    // Once the presenter window is closed its id opens nothing.
    presenterOpen = false;
    expect(await ipc.invoke(fromPresenter, 'session.current', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});

describe('installIpcBridge: invoke', () => {
  const main = fakeContents(1);
  const other = fakeContents(2);

  function setup() {
    const ipc = fakeIpcMain();
    const backend = fakeBackend();
    const log = vi.fn();
    const bridge = installIpcBridge({ ipcMain: ipc.ipcMain, backend, getMainContents: () => main.contents, log });
    return { ipc, backend, bridge, log };
  }

  it('passes a call from the app frame of the main window to dispatch', async () => {
    const { ipc, backend } = setup();
    const result = await ipc.invoke(eventFrom(main.contents), 'app.ping', { echo: 'hi' });
    expect(backend.dispatch).toHaveBeenCalledWith('app.ping', { echo: 'hi' });
    expect(result).toEqual(ok({ method: 'app.ping', payload: { echo: 'hi' } }));
  });

  it('answers FORBIDDEN, without dispatching, to other frames, origins and webContents', async () => {
    const { ipc, backend, log } = setup();
    const events = [
      eventFrom(main.contents, { url: 'https://evil.example/', parent: null }),
      eventFrom(main.contents, { url: 'livecue://app/index.html', parent: appFrame }),
      eventFrom(main.contents, { url: 'file:///tmp/index.html', parent: null }),
      eventFrom(main.contents, null),
      eventFrom(other.contents),
    ];
    for (const event of events) {
      const result = await ipc.invoke(event, 'settings.update', { language: 'en' });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('FORBIDDEN');
    }
    expect(backend.dispatch).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalledTimes(events.length);
  });

  it('answers INVALID_REQUEST when the method is not a string', async () => {
    const { ipc, backend } = setup();
    const result = await ipc.invoke(eventFrom(main.contents), { method: 'app.ping' }, {});
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
    expect(backend.dispatch).not.toHaveBeenCalled();
  });

  it('turns a throwing dispatch into INTERNAL instead of a rejected invoke', async () => {
    const { ipc, backend } = setup();
    backend.dispatch.mockRejectedValueOnce(new Error('boom'));
    await expect(ipc.invoke(eventFrom(main.contents), 'app.ping', {})).resolves.toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });

  it('refuses everything when there is no main window', async () => {
    const ipc = fakeIpcMain();
    const backend = fakeBackend();
    installIpcBridge({ ipcMain: ipc.ipcMain, backend, getMainContents: () => null, log: () => {} });
    await expect(ipc.invoke(eventFrom(main.contents), 'app.ping', {})).resolves.toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('removes its handlers on dispose', async () => {
    const { ipc, bridge } = setup();
    bridge.dispose();
    bridge.dispose();
    expect(ipc.handlers.size).toBe(0);
    expect(ipc.listeners.get(IPC.subscribe)?.size).toBe(0);
    expect(() => ipc.invoke(eventFrom(main.contents), 'app.ping', {})).toThrow(/No handler/);
  });
});

describe('installIpcBridge with the real backend', () => {
  let dataDir: string | null = null;
  let backend: Backend | null = null;

  afterEach(async () => {
    await backend?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  async function setup() {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'livecue-ipc-'));
    backend = await createBackend({ dataDir, appVersion: '0.0.0-test', host: 'electron' });
    const ipc = fakeIpcMain();
    const main = fakeContents(1);
    const log = vi.fn();
    const bridge = installIpcBridge({ ipcMain: ipc.ipcMain, backend, getMainContents: () => main.contents, log });
    return { ipc, main, bridge, backend, log };
  }

  it('reaches dispatch and returns its result', async () => {
    const { ipc, main } = await setup();
    const result = await ipc.invoke(eventFrom(main.contents), 'app.ping', { echo: '你好' });
    expect(result).toMatchObject({ ok: true, value: { echo: '你好' } });
    const bad = await ipc.invoke(eventFrom(main.contents), 'app.ping', { echo: 42 });
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD' } });
  });

  it('forwards topic data (only the data) to the subscribing webContents, once per topic', async () => {
    const { ipc, main, bridge } = await setup();
    ipc.send(IPC.subscribe, eventFrom(main.contents), 'settings');
    ipc.send(IPC.subscribe, eventFrom(main.contents), 'settings');
    expect(bridge.topicsOf(1)).toEqual(['settings']);
    await ipc.invoke(eventFrom(main.contents), 'settings.update', { language: 'zh-CN' });
    expect(main.sent).toHaveLength(1);
    expect(main.sent[0]?.[0]).toBe(IPC.event);
    expect(main.sent[0]?.[1]).toBe('settings');
    expect(main.sent[0]?.[2]).toMatchObject({ language: 'zh-CN' });

    ipc.send(IPC.unsubscribe, eventFrom(main.contents), 'settings');
    expect(bridge.topicsOf(1)).toEqual([]);
    await ipc.invoke(eventFrom(main.contents), 'settings.update', { language: 'en' });
    expect(main.sent).toHaveLength(1);
  });

  it('ignores unknown topics and subscriptions from untrusted frames', async () => {
    const { ipc, main, bridge, log } = await setup();
    ipc.send(IPC.subscribe, eventFrom(main.contents), 'no.such.topic');
    ipc.send(IPC.subscribe, eventFrom(main.contents, { url: 'https://evil.example/', parent: null }), 'settings');
    ipc.send(IPC.subscribe, eventFrom(main.contents), 42);
    expect(bridge.topicsOf(1)).toEqual([]);
    expect(log).toHaveBeenCalledTimes(3);
    await ipc.invoke(eventFrom(main.contents), 'settings.update', { language: 'en' });
    expect(main.sent).toEqual([]);
  });

  it('drops every subscription on dispose, so a closed backend publishes to nobody', async () => {
    const { ipc, main, bridge, backend } = await setup();
    ipc.send(IPC.subscribe, eventFrom(main.contents), 'settings');
    bridge.dispose();
    expect(bridge.topicsOf(1)).toEqual([]);
    await backend.dispatch('settings.update', { language: 'en' });
    expect(main.sent).toEqual([]);
    ipc.send(IPC.subscribe, eventFrom(main.contents), 'settings');
    expect(bridge.topicsOf(1)).toEqual([]);
  });

  it('drops the subscriptions of a destroyed webContents', async () => {
    const { ipc, main, bridge } = await setup();
    ipc.send(IPC.subscribe, eventFrom(main.contents), 'settings');
    ipc.send(IPC.subscribe, eventFrom(main.contents), 'obs.status');
    expect(bridge.topicsOf(1).sort()).toEqual(['obs.status', 'settings']);
    main.destroy();
    expect(bridge.topicsOf(1)).toEqual([]);
    // No send to a dead webContents even if something still published.
    const replacement = fakeContents(1);
    await ipc.invoke(eventFrom(replacement.contents), 'settings.update', { language: 'en' });
    expect(main.sent).toEqual([]);
  });
});
