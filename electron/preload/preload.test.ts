import { afterEach, describe, expect, it, vi } from 'vitest';
import { IPC } from '../../shared/api/bridge';

afterEach(() => {
  vi.doUnmock('electron');
  vi.resetModules();
});

describe('preload', () => {
  it('exposes window.livecue with invoke and subscribe only, and never ipcRenderer', async () => {
    const ipcRenderer = { invoke: vi.fn(async () => ({ ok: true, value: 1 })), send: vi.fn(), on: vi.fn() };
    const exposeInMainWorld = vi.fn();
    vi.doMock('electron', () => ({ contextBridge: { exposeInMainWorld }, ipcRenderer }));
    await import('./preload');

    expect(exposeInMainWorld).toHaveBeenCalledTimes(1);
    const [name, api] = exposeInMainWorld.mock.calls[0] as [string, Record<string, unknown>];
    expect(name).toBe('livecue');
    expect(Object.keys(api).sort()).toEqual(['invoke', 'subscribe']);
    for (const value of Object.values(api)) expect(value).not.toBe(ipcRenderer);
    expect(JSON.stringify(Object.getOwnPropertyNames(api))).not.toContain('ipc');

    const invoke = api.invoke as (method: string, payload: unknown) => Promise<unknown>;
    await invoke('app.about', {});
    expect(ipcRenderer.invoke).toHaveBeenCalledWith(IPC.invoke, 'app.about', {});
    expect(ipcRenderer.on).toHaveBeenCalledWith(IPC.event, expect.any(Function));
  });
});
