import { describe, expect, it, vi } from 'vitest';
import type { LiveCueBridge } from '../../../shared/api/bridge';
import { ApiCallError } from '../../../shared/api/errors';
import { defaultSettings } from '../../../shared/domain/settings';
import { createApiClient } from './client';
import { createIpcTransport } from './ipcTransport';

const about = {
  appName: 'LiveCue',
  version: '0.1.0',
  host: 'electron',
  dataDir: '/data',
  databaseFile: '/data/livecue.db',
  sqliteVersion: '3.50.0',
  nodeVersion: '22.0.0',
  electronVersion: '45.0.0',
  platform: 'linux',
  arch: 'x64',
};

function fakeBridge() {
  const listeners = new Map<string, (data: unknown) => void>();
  const unsubscribe = vi.fn();
  const bridge: LiveCueBridge = {
    invoke: vi.fn(async (method: string) =>
      method === 'app.about' ? { ok: true as const, value: about } : { ok: true as const, value: {} },
    ),
    subscribe: vi.fn((topic: string, listener: (data: unknown) => void) => {
      listeners.set(topic, listener);
      return unsubscribe;
    }),
  };
  return { bridge, listeners, unsubscribe };
}

describe('IPC transport', () => {
  it('passes calls through the bridge and reports always connected', async () => {
    const { bridge } = fakeBridge();
    const client = createApiClient(createIpcTransport(bridge));
    expect(client.connection()).toEqual({ state: 'connected' });
    await expect(client.call('app.about', {})).resolves.toEqual(about);
    expect(bridge.invoke).toHaveBeenCalledWith('app.about', {});
  });

  it('passes subscriptions through, validating payloads, and unsubscribes through the bridge', () => {
    const { bridge, listeners, unsubscribe } = fakeBridge();
    const client = createApiClient(createIpcTransport(bridge));
    const seen: unknown[] = [];
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const off = client.subscribe('settings', (data) => seen.push(data));
    listeners.get('settings')?.({ ...defaultSettings, language: 'en' });
    listeners.get('settings')?.({ ...defaultSettings, language: 'klingon' });
    expect(seen).toEqual([{ ...defaultSettings, language: 'en' }]);
    expect(errors).toHaveBeenCalledOnce();
    off();
    expect(unsubscribe).toHaveBeenCalledOnce();
    errors.mockRestore();
  });

  it('turns a rejected bridge call into UNAVAILABLE', async () => {
    const bridge: LiveCueBridge = { invoke: () => Promise.reject(new Error('ipc gone')), subscribe: () => () => {} };
    const client = createApiClient(createIpcTransport(bridge));
    const error = await client.call('settings.get', {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiCallError);
    expect((error as ApiCallError).code).toBe('UNAVAILABLE');
  });

  it('surfaces backend errors with their code and path', async () => {
    const bridge: LiveCueBridge = {
      invoke: async () => ({ ok: false, error: { code: 'INVALID_PAYLOAD', message: 'bad language', path: ['language'] } }),
      subscribe: () => () => {},
    };
    const client = createApiClient(createIpcTransport(bridge));
    const error = (await client.call('settings.update', { language: 'en' }).catch((e: unknown) => e)) as ApiCallError;
    expect(error.code).toBe('INVALID_PAYLOAD');
    expect(error.path).toEqual(['language']);
  });
});
