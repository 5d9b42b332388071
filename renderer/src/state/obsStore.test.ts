import { describe, expect, it } from 'vitest';
import { ok } from '../../../shared/api/errors';
import { FakeTransport } from '../../../test/support/renderer/fakeTransport';
import { createApiClient } from '../api/client';
import { createAboutStore } from './aboutStore';
import { createObsStore } from './obsStore';

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('obs store', () => {
  it('loads the OBS status and follows the topic', async () => {
    const transport = new FakeTransport().handle('obs.status', () => ok({ state: 'not_configured' }));
    const { store } = createObsStore(createApiClient(transport));
    await flush();
    expect(store.getState().status).toEqual({ state: 'not_configured' });
  });

  it('keeps the error when the backend answers with something off-contract', async () => {
    const transport = new FakeTransport().handle('obs.status', () => ok({ state: 'dancing' }));
    const original = console.error;
    console.error = () => {};
    const { store } = createObsStore(createApiClient(transport));
    await flush();
    console.error = original;
    expect(store.getState().status).toBeNull();
    expect(store.getState().error).toMatch(/obs\.status/);
  });
});

describe('about store', () => {
  it('refetches on reconnect (the backend may have been restarted)', async () => {
    let version = '0.1.0';
    const transport = new FakeTransport().handle('app.about', () =>
      ok({
        appName: 'LiveCue',
        version,
        host: 'serve',
        dataDir: '/d',
        databaseFile: '/d/livecue.db',
        sqliteVersion: '3.50.0',
        nodeVersion: '20.0.0',
        electronVersion: null,
        platform: 'linux',
        arch: 'x64',
      }),
    );
    const { store } = createAboutStore(createApiClient(transport));
    await flush();
    expect(store.getState().about?.version).toBe('0.1.0');
    version = '0.2.0';
    transport.setStatus({ state: 'connected' });
    await flush();
    expect(store.getState().about?.version).toBe('0.2.0');
  });
});
