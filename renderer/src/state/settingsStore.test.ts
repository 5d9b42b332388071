import { describe, expect, it, vi } from 'vitest';
import { ok } from '../../../shared/api/errors';
import { defaultSettings } from '../../../shared/domain/settings';
import { FakeTransport } from '../../../test/support/renderer/fakeTransport';
import { createApiClient } from '../api/client';
import { createSettingsStore } from './settingsStore';

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

function setup(initial: 'connected' | 'connecting' = 'connected') {
  let language = 'system';
  const transport = new FakeTransport({ state: initial })
    .handle('settings.get', () => ok({ ...defaultSettings, language }))
    .handle('settings.update', (payload) => {
      language = (payload as { language: string }).language;
      return ok({ ...defaultSettings, language });
    });
  const bound = createSettingsStore(createApiClient(transport));
  return { transport, store: bound.store, setBackendLanguage: (l: string) => (language = l) };
}

describe('settings store', () => {
  it('loads at once when already connected', async () => {
    const { store } = setup();
    await flush();
    expect(store.getState().settings).toEqual({ ...defaultSettings, language: 'system' });
  });

  it('waits for the first connection before loading', async () => {
    const { store, transport } = setup('connecting');
    await flush();
    expect(transport.calls).toEqual([]);
    transport.setStatus({ state: 'connected' });
    await flush();
    expect(store.getState().settings).toEqual({ ...defaultSettings, language: 'system' });
  });

  it('follows pushes from the settings topic (another window changed it)', async () => {
    const { store, transport } = setup();
    await flush();
    transport.emit('settings', { ...defaultSettings, language: 'zh-CN' });
    expect(store.getState().settings).toEqual({ ...defaultSettings, language: 'zh-CN' });
  });

  it('refetches after a reconnect', async () => {
    const { store, transport, setBackendLanguage } = setup();
    await flush();
    transport.setStatus({ state: 'reconnecting' });
    setBackendLanguage('en');
    transport.setStatus({ state: 'connected' });
    await flush();
    expect(store.getState().settings).toEqual({ ...defaultSettings, language: 'en' });
  });

  it('saves the language through settings.update', async () => {
    const { store, transport } = setup();
    await store.getState().setLanguage('zh-CN');
    expect(transport.calls.at(-1)).toEqual({ method: 'settings.update', payload: { language: 'zh-CN' } });
    expect(store.getState()).toMatchObject({ settings: { language: 'zh-CN' }, saving: false, saveError: null });
  });

  it('reports a failed save and keeps the last known settings', async () => {
    const { store, transport } = setup();
    await flush();
    transport.setStatus({ state: 'reconnecting' });
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    await store.getState().setLanguage('en');
    errors.mockRestore();
    expect(store.getState().settings).toEqual({ ...defaultSettings, language: 'system' });
    expect(store.getState().saveError).toMatch(/not connected/);
    expect(store.getState().saving).toBe(false);
  });
});
