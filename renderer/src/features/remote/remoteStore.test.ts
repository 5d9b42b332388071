import { describe, expect, it } from 'vitest';
import { fail, ok } from '../../../../shared/api/errors';
import type { RemoteInfo } from '../../../../shared/domain/remote/remoteDevice';
import { FakeTransport } from '../../../../test/support/renderer/fakeTransport';
import { createApiClient } from '../../api/client';
import { presenterUrl } from '../../ui/PresenterButton';
import { createRemoteSettingsStore } from './remoteStore';

const flush = async () => {
  for (let i = 0; i < 10; i++) await new Promise((resolve) => setTimeout(resolve, 0));
};

const info = (patch: Partial<RemoteInfo> = {}): RemoteInfo => ({
  enabled: true,
  canToggle: true,
  listening: true,
  origin: 'http://192.168.1.5:5319',
  problem: null,
  offer: null,
  devices: [],
  ...patch,
});
const phone = {
  id: 'd1',
  name: '小王的手机',
  role: 'control' as const,
  createdAt: 1,
  confirmedAt: null,
  lastSeenAt: null,
  address: '192.168.1.8',
  connected: false,
};

describe('Settings → 遥控 store', () => {
  it('reads the remote info, follows its pushes, and keeps what each action answers', async () => {
    const transport = new FakeTransport()
      .handle('remote.info', () => ok(info()))
      .handle('remote.offer', () => ok({ role: 'view', url: 'http://192.168.1.5:5319/presenter?pair=ABC', expiresAt: 10 }))
      .handle('remote.confirm', () => ok(info({ devices: [{ ...phone, status: 'active', confirmedAt: 2 }] })))
      .handle('remote.revoke', () => ok(info({ devices: [] })));
    const { store, dispose } = createRemoteSettingsStore(createApiClient(transport));
    await flush();
    expect(store.getState().status?.origin).toBe('http://192.168.1.5:5319');
    await store.getState().offer('view');
    expect(store.getState().status?.offer?.url).toContain('pair=ABC');
    transport.emit('remote.info', info({ devices: [{ ...phone, status: 'pending' }] }));
    expect(store.getState().status?.devices.map((d) => d.status)).toEqual(['pending']);
    await store.getState().confirm('d1', true);
    expect(store.getState().status?.devices.map((d) => d.status)).toEqual(['active']);
    await store.getState().revoke('d1');
    expect(store.getState().status?.devices).toEqual([]);
    expect(transport.calls.map((c) => c.method)).toEqual(['remote.info', 'remote.offer', 'remote.confirm', 'remote.revoke']);
    dispose();
  });

  it('says why an action failed and keeps the last info', async () => {
    const transport = new FakeTransport()
      .handle('remote.info', () => ok(info()))
      .handle('remote.offer', () => fail('CONFLICT', 'not reachable on the LAN'));
    const { store, dispose } = createRemoteSettingsStore(createApiClient(transport));
    await flush();
    await store.getState().offer('control');
    expect(store.getState()).toMatchObject({ actionError: 'not reachable on the LAN', busy: false });
    expect(store.getState().status?.listening).toBe(true);
    dispose();
  });
});

describe('presenterUrl', () => {
  it('is the presenter page on this host with the overlay link’s read-only token, never the console’s', () => {
    expect(presenterUrl('http://127.0.0.1:5173', 'http://127.0.0.1:5318/overlay?token=a%2Bb')).toBe(
      'http://127.0.0.1:5173/presenter?token=a%2Bb',
    );
    expect(presenterUrl('http://127.0.0.1:5173', null)).toBeNull();
    expect(presenterUrl('http://127.0.0.1:5173', 'http://127.0.0.1:5318/overlay')).toBeNull();
    expect(presenterUrl('http://127.0.0.1:5173', 'not a url')).toBeNull();
  });
});
