import { describe, expect, it } from 'vitest';
import { fail, ok } from '../../../../shared/api/errors';
import { FakeTransport } from '../../../../test/support/renderer/fakeTransport';
import { createApiClient } from '../../api/client';
import { createOverlayLinkStore } from './overlayLinkStore';

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
const info = (token: string) => ({ url: `http://127.0.0.1:5318/overlay?token=${token}`, listening: true, port: 5318, problem: null });

describe('overlay link store', () => {
  it('reads the link on connection and again after a reconnection', async () => {
    let token = 'a';
    const transport = new FakeTransport().handle('overlay.info', () => ok(info(token)));
    const { store, dispose } = createOverlayLinkStore(createApiClient(transport));
    await flush();
    expect(store.getState().info?.url).toContain('token=a');
    token = 'b';
    transport.setStatus({ state: 'reconnecting' });
    transport.setStatus({ state: 'connected' });
    await flush();
    expect(store.getState().info?.url).toContain('token=b');
    dispose();
  });

  it('makes a new link, and keeps a failure as a message', async () => {
    const transport = new FakeTransport().handle('overlay.info', () => ok(info('a'))).handle('overlay.rotateToken', () => ok(info('new')));
    const { store, dispose } = createOverlayLinkStore(createApiClient(transport));
    await flush();
    await store.getState().rotate();
    expect(store.getState()).toMatchObject({ rotated: true, rotating: false, info: { url: expect.stringContaining('token=new') } });
    transport.handle('overlay.rotateToken', () => fail('INTERNAL', 'keychain locked'));
    await store.getState().rotate();
    expect(store.getState()).toMatchObject({ rotating: false, error: 'keychain locked' });
    dispose();
  });
});
