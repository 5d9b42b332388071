import { describe, expect, it } from 'vitest';
import { ok } from '../../../../shared/api/errors';
import { toSessionUpdate } from '../../../../shared/domain/session/sessionView';
import { fresh } from '../../../../test/support/domain/testKit';
import { FakeTransport } from '../../../../test/support/renderer/fakeTransport';
import { createApiClient } from '../../api/client';
import { createFirstShowStore } from './firstShowStore';

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('first-show store', () => {
  it('counts products and sessions on connection and again on load', async () => {
    let products = 0;
    const transport = new FakeTransport()
      .handle('product.list', () => ok({ items: [], total: products, limit: 1, offset: 0 }))
      .handle('report.sessions', () => ok({ items: [], total: 0, next: null }));
    const { store, dispose } = createFirstShowStore(createApiClient(transport));
    await flush();
    expect(store.getState()).toMatchObject({ productCount: 0, sessionCount: 0 });

    products = 40;
    await store.getState().load();
    expect(store.getState().productCount).toBe(40);
    dispose();
  });

  it('a session going live counts as the first show without asking again', async () => {
    const transport = new FakeTransport()
      .handle('product.list', () => ok({ items: [], total: 1, limit: 1, offset: 0 }))
      .handle('report.sessions', () => ok({ items: [], total: 0, next: null }));
    const { store, dispose } = createFirstShowStore(createApiClient(transport));
    await flush();
    expect(store.getState().sessionCount).toBe(0);
    transport.emit('session.state', toSessionUpdate({ sessionId: 's1', revision: 1, state: { ...fresh(), sessionId: 's1' } }));
    expect(store.getState().sessionCount).toBe(1);
    dispose();
  });
});
