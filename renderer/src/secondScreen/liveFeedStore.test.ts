import { describe, expect, it } from 'vitest';
import { ok } from '../../../shared/api/errors';
import { defaultOverlayTheme } from '../../../shared/domain/overlay/overlayTheme';
import { toSessionUpdate } from '../../../shared/domain/session/sessionView';
import { defaultSettings } from '../../../shared/domain/settings';
import { fresh } from '../../../test/support/domain/testKit';
import { FakeTransport } from '../../../test/support/renderer/fakeTransport';
import { createApiClient } from '../api/client';
import { createLiveFeed } from './liveFeedStore';

const flush = async () => {
  for (let i = 0; i < 10; i++) await new Promise((resolve) => setTimeout(resolve, 0));
};
const view = (revision: number, showName: string, sessionId = 's1') => ({
  sessionId,
  revision,
  state: { ...fresh(), sessionId, showName },
});
const settings = (accent: string) => ({ ...defaultSettings, overlayTheme: { ...defaultOverlayTheme, accent } });

function fakeBackend() {
  let current: ReturnType<typeof view> | null = view(3, 'three');
  const transport = new FakeTransport()
    .handle('session.current', () => ok(current))
    .handle('settings.get', () => ok(settings('#00FF00')))
    .handle('app.ping', () => ok({ echo: '', serverTime: Date.now() + 90_000 }));
  return { transport, setCurrent: (v: typeof current) => (current = v) };
}

describe('live feed (overlay, prompter, phone)', () => {
  it('loads session, settings and the server clock on connection, and calls nothing the overlay token may not', async () => {
    const { transport } = fakeBackend();
    const { store, dispose } = createLiveFeed(createApiClient(transport));
    await flush();
    expect(store.getState().view?.revision).toBe(3);
    expect(store.getState().settings?.overlayTheme.accent).toBe('#00FF00');
    expect(store.getState().clockOffset).toBeGreaterThan(89_000);
    expect(new Set(transport.calls.map((c) => c.method))).toEqual(new Set(['session.current', 'settings.get', 'app.ping']));
    dispose();
  });

  it('keeps only newer revisions of the session with the cues it read, re-reads a new session whole, and follows the settings', async () => {
    const { transport, setCurrent } = fakeBackend();
    const { store, dispose } = createLiveFeed(createApiClient(transport));
    await flush();
    const cues = store.getState().view?.state.cues;
    expect(cues?.length).toBeGreaterThan(0);
    transport.emit('session.state', toSessionUpdate(view(2, 'late')));
    expect(store.getState().view?.state.showName).toBe('three');
    transport.emit('session.state', toSessionUpdate(view(4, 'four')));
    expect(store.getState().view?.state.showName).toBe('four');
    // The update carries no cues: the ones read with the session stay, the very same array.
    expect(store.getState().view?.state.cues).toBe(cues);
    const reads = transport.calls.filter((c) => c.method === 'session.current').length;
    setCurrent(view(2, 'other session', 's2'));
    transport.emit('session.state', toSessionUpdate(view(1, 'other session', 's2')));
    transport.emit('session.state', toSessionUpdate(view(2, 'other session', 's2')));
    await flush();
    expect(store.getState().view?.sessionId).toBe('s2');
    expect(store.getState().view?.state.cues.length).toBe(cues?.length);
    // Two pushes of the unknown session while the first read was in flight: at most one more read.
    expect(transport.calls.filter((c) => c.method === 'session.current').length - reads).toBeLessThanOrEqual(2);
    transport.emit('settings', settings('#123456'));
    expect(store.getState().settings?.overlayTheme.accent).toBe('#123456');
    dispose();
  });

  it('keeps the picture while disconnected and re-reads everything on reconnection', async () => {
    const { transport, setCurrent } = fakeBackend();
    const { store, dispose } = createLiveFeed(createApiClient(transport));
    await flush();
    transport.setStatus({ state: 'reconnecting' });
    expect(store.getState().view?.revision).toBe(3);
    setCurrent(null); // the session ended while the page was away
    transport.setStatus({ state: 'connected' });
    await flush();
    expect(store.getState().view).toBeNull();
    dispose();
  });
});
