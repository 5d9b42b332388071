import { describe, expect, it } from 'vitest';
import { fail, ok } from '../../../../shared/api/errors';
import type { SessionPreflight } from '../../../../shared/domain/session/sessionPreflight';
import { toSessionUpdate } from '../../../../shared/domain/session/sessionView';
import { fresh } from '../../../../test/support/domain/testKit';
import { FakeTransport } from '../../../../test/support/renderer/fakeTransport';
import { createApiClient } from '../../api/client';
import { createLiveStore } from './liveStore';

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

const view = (revision: number, standbyId: string | null, sessionId = 's1') => ({
  sessionId,
  revision,
  state: { ...fresh(), sessionId, standbyId },
});

const SHOW_A = '0190a3c4-0000-7000-8000-000000000001';
const SHOW_B = '0190a3c4-0000-7000-8000-000000000002';
const showRow = (id: string, name: string) => ({
  id,
  name,
  notes: '',
  plannedStartAt: null,
  cueCount: 2,
  createdAt: 1,
  updatedAt: 2,
  origin: null,
});
const showList = () => ok({ items: [showRow(SHOW_A, 'Night'), showRow(SHOW_B, 'Morning')], total: 2, limit: 200, offset: 0 });

const preflightOf = (showId: string, obs: SessionPreflight['obs'] = { state: 'not_configured', outputs: null }): SessionPreflight => ({
  showId,
  checkedAt: 1,
  ready: obs.state === 'ready',
  checks: [
    {
      id: 'obs',
      status: obs.state === 'ready' ? 'ok' : 'failed',
      code: obs.state === 'ready' ? 'OK' : 'OBS_NOT_CONFIGURED',
      message: 'm',
      issues: [],
    },
  ],
  obs,
});

describe('live store', () => {
  it('loads the live session on connection and keeps only newer pushed revisions, with the cues it read', async () => {
    let current = view(3, 'a');
    const transport = new FakeTransport()
      .handle('session.current', () => ok(current))
      .handle('show.list', () => ok({ items: [], total: 0, limit: 200, offset: 0 }));
    const { store, dispose } = createLiveStore(createApiClient(transport));
    await flush();
    expect(store.getState().view?.revision).toBe(3);
    const cues = store.getState().view?.state.cues;
    const counters = store.getState().view?.state.counters;

    transport.emit('session.state', toSessionUpdate(view(2, 'old')));
    expect(store.getState().view?.state.standbyId).toBe('a');
    transport.emit('session.state', toSessionUpdate(view(4, 'b')));
    expect(store.getState().view?.state.standbyId).toBe('b');
    expect(store.getState().view?.state.cues).toBe(cues);
    // Parsed afresh, but equal to what was held: the same object, so memoised parts of the console skip the GO.
    expect(store.getState().view?.state.counters).toBe(counters);

    // An update of a session not held (started in another window) has the session read whole.
    current = view(2, 'x', 's2');
    transport.emit('session.state', toSessionUpdate(view(1, 'x', 's2')));
    await flush();
    expect(store.getState().view?.sessionId).toBe('s2');
    expect(store.getState().view?.state.cues.length).toBe(cues?.length);
    dispose();
  });

  it('checks the picked show again when OBS connects or drops, not on every status push', async () => {
    let obsState: SessionPreflight['obs']['state'] = 'connecting';
    let checks = 0;
    const transport = new FakeTransport()
      .handle('session.current', () => ok(null))
      .handle('show.list', showList)
      .handle('cue.list', () => ok([]))
      .handle('session.preflight', () => {
        checks++;
        return ok(preflightOf(SHOW_A, { state: obsState, outputs: null }));
      });
    const { store, dispose } = createLiveStore(createApiClient(transport));
    await flush();
    expect(store.getState().preflight?.ready).toBe(false);
    const before = checks;
    obsState = 'ready';
    transport.emit('obs.status', { state: 'ready' });
    await flush();
    expect(store.getState().preflight?.ready).toBe(true);
    transport.emit('obs.status', { state: 'ready', currentScene: 'Scene' });
    await flush();
    expect(checks).toBe(before + 1);
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
          items: [showRow('0190a3c4-0000-7000-8000-000000000001', 'Night')],
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

  it('checks the selected show, and keeps only the answer for the show picked last', async () => {
    const answers = new Map<string, (v: unknown) => void>();
    const transport = new FakeTransport()
      .handle('session.current', () => ok(null))
      .handle('show.list', showList)
      .handle('cue.list', () => ok([]))
      .handle(
        'session.preflight',
        (p) =>
          new Promise((resolve) => {
            const { showId } = p as { showId: string };
            answers.set(showId, (v) => resolve(ok(v)));
          }),
      );
    const { store, dispose } = createLiveStore(createApiClient(transport));
    await flush();
    expect(store.getState().preflightLoading).toBe(true);
    store.getState().selectShow(SHOW_B);
    answers.get(SHOW_B)?.(preflightOf(SHOW_B));
    await flush();
    answers.get(SHOW_A)?.(preflightOf(SHOW_A));
    await flush();
    expect(store.getState().preflight?.showId).toBe(SHOW_B);
    expect(store.getState().preflightLoading).toBe(false);
    dispose();
  });

  it('goes live with only the chosen outputs OBS can start, and keeps those that failed until dismissed', async () => {
    const obs = { state: 'ready' as const, outputs: { streaming: false, recording: true, virtualCam: null } };
    const transport = new FakeTransport()
      .handle('session.current', () => ok(null))
      .handle('show.list', showList)
      .handle('cue.list', () => ok([]))
      .handle('session.preflight', (p) => ok(preflightOf((p as { showId: string }).showId, obs)))
      .handle('session.start', () =>
        ok({ ...view(1, null), outputs: [{ output: 'stream', ok: false, alreadyActive: false, message: 'no stream key' }] }),
      );
    const { store, dispose } = createLiveStore(createApiClient(transport));
    await flush();
    await flush();
    for (const kind of ['stream', 'record', 'virtualCam'] as const) store.getState().chooseOutput(kind, true);
    await store.getState().start();
    const sent = transport.calls.find((c) => c.method === 'session.start')?.payload;
    // Recording already runs and there is no virtual camera: only the stream is asked for.
    expect(sent).toEqual({ showId: SHOW_A, outputs: { stream: true, record: false, virtualCam: false } });
    expect(store.getState().view?.sessionId).toBe('s1');
    expect(store.getState().outputFailures.map((f) => f.output)).toEqual(['stream']);
    store.getState().dismissOutputFailures();
    expect(store.getState().outputFailures).toEqual([]);
    dispose();
  });

  describe('counter bar, live mode and the end of a session', () => {
    const liveSession = () => {
      let revision = 1;
      const transport = new FakeTransport()
        .handle('session.current', () => ok(view(revision, 'a')))
        .handle('show.list', () => ok({ items: [], total: 0, limit: 200, offset: 0 }))
        .handle('session.command', (p) => {
          const { command } = p as { command: { type: string; by?: number } };
          if (command.type === 'increment' && command.by === -1) return fail('CONFLICT', 'below zero', { reason: 'counter_below_zero' });
          revision += 1;
          const ended = command.type === 'end';
          return ok(toSessionUpdate({ ...view(revision, 'a'), state: { ...view(revision, 'a').state, phase: ended ? 'ended' : 'live' } }));
        });
      return { transport, ...createLiveStore(createApiClient(transport)) };
    };
    const commands = (transport: FakeTransport) =>
      transport.calls.filter((c) => c.method === 'session.command').map((c) => (c.payload as { command: unknown }).command);

    it('undoes the last 成交 by sending its negation, once', async () => {
      const { transport, store, dispose } = liveSession();
      await flush();
      expect(await store.getState().sale(2, 39_800, 'p1')).toBe(true);
      expect(store.getState().lastEntry).toMatchObject({ kind: 'sale', orders: 2, gmvFen: 39_800, productId: 'p1' });
      expect(await store.getState().undoLastEntry()).toBe(true);
      expect(await store.getState().undoLastEntry()).toBe(false);
      expect(commands(transport)).toEqual([
        { type: 'sale', orders: 2, gmvFen: 39_800, productId: 'p1' },
        { type: 'sale', orders: -2, gmvFen: -39_800, productId: 'p1' },
      ]);
      dispose();
    });

    it('keeps a tap to undo when the undo is refused', async () => {
      const { store, dispose } = liveSession();
      await flush();
      await store.getState().tap('likes');
      expect(await store.getState().undoLastEntry()).toBe(false);
      expect(store.getState().lastEntry).toMatchObject({ kind: 'tap', counter: 'likes' });
      expect(store.getState().commandError?.reason).toBe('counter_below_zero');
      dispose();
    });

    it('leaves live mode and forgets the entry when the session ends, and keeps the ended session until closed', async () => {
      const { store, dispose } = liveSession();
      await flush();
      store.getState().setLiveMode(true);
      await store.getState().tap('likes');
      expect(store.getState().liveMode).toBe(true);
      await store.getState().command({ type: 'end' });
      expect(store.getState().liveMode).toBe(false);
      expect(store.getState().lastEntry).toBeNull();
      expect(store.getState().view?.state.phase).toBe('ended');
      // Live mode cannot be entered for an ended session.
      store.getState().setLiveMode(true);
      expect(store.getState().liveMode).toBe(false);
      store.getState().closeEnded();
      expect(store.getState().view).toBeNull();
      dispose();
    });
  });
});
