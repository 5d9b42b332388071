import { describe, expect, it } from 'vitest';
import { fail, ok } from '../../../../shared/api/errors';
import { createApiClient } from '../../api/client';
import { FakeTransport } from '../../api/testing/fakeTransport';
import { createLiveStore } from './liveStore';

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

const view = (revision: number, standbyId: string | null, sessionId = 's1') => ({
  sessionId,
  revision,
  state: { sessionId, phase: 'live', cues: [], running: [], standbyId },
});

describe('live store', () => {
  it('loads the live session on connection and keeps only newer pushed revisions', async () => {
    const transport = new FakeTransport()
      .handle('session.current', () => ok(view(3, 'a')))
      .handle('show.list', () => ok({ items: [], total: 0, limit: 200, offset: 0 }));
    const { store, dispose } = createLiveStore(createApiClient(transport));
    await flush();
    expect(store.getState().view?.revision).toBe(3);

    transport.emit('session.state', view(2, 'old'));
    expect(store.getState().view?.state.standbyId).toBe('a');
    transport.emit('session.state', view(4, 'b'));
    expect(store.getState().view?.state.standbyId).toBe('b');
    dispose();
  });

  it('keeps a refused command as a brief problem with its reason', async () => {
    const transport = new FakeTransport()
      .handle('session.current', () => ok(view(1, 'a')))
      .handle('show.list', () => ok({ items: [], total: 0, limit: 200, offset: 0 }))
      .handle('session.command', () => fail('CONFLICT', 'standby moved', { reason: 'stale_standby' }));
    const { store, dispose } = createLiveStore(createApiClient(transport));
    await flush();
    const sent = await store.getState().command({ type: 'go', expectedStandbyId: 'a' });
    expect(sent).toBe(false);
    expect(store.getState().commandError?.reason).toBe('stale_standby');
    expect(store.getState().view?.revision).toBe(1);
    dispose();
  });

  it('shows why going live failed', async () => {
    const transport = new FakeTransport()
      .handle('session.current', () => ok(null))
      .handle('show.list', () =>
        ok({
          items: [
            {
              id: '0190a3c4-0000-7000-8000-000000000001',
              name: 'Night',
              notes: '',
              plannedStartAt: null,
              cueCount: 2,
              createdAt: 1,
              updatedAt: 2,
            },
          ],
          total: 1,
          limit: 200,
          offset: 0,
        }),
      )
      .handle('session.start', () => fail('CONFLICT', 'A session is already live', { reason: 'SESSION_LIVE' }));
    const { store, dispose } = createLiveStore(createApiClient(transport));
    await flush();
    expect(store.getState().selectedShowId).toBe('0190a3c4-0000-7000-8000-000000000001');
    await store.getState().start();
    expect(store.getState().startError?.reason).toBe('SESSION_LIVE');
    dispose();
  });
});
