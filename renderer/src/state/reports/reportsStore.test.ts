import { describe, expect, it } from 'vitest';
import { fail, ok } from '../../../../shared/api/errors';
import type { SessionSummary } from '../../../../shared/api/methods/report.methods';
import { type RuntimeState, reduce, startSession } from '../../../../shared/domain/runtime';
import { toSessionUpdate } from '../../../../shared/domain/session/sessionView';
import { computeSessionReport } from '../../../../test/support/domain/computeSessionReport';
import { minuteRow, sessionLog, T0 } from '../../../../test/support/domain/reportFixtures';
import { fixtureSetup } from '../../../../test/support/domain/showFixture';
import { FakeTransport } from '../../../../test/support/renderer/fakeTransport';
import { createApiClient } from '../../api/client';
import { createReportsStore, type SaveFile } from './reportsStore';

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

const row = (sessionId: string, startedAt: number, extra: Partial<SessionSummary> = {}): SessionSummary => ({
  sessionId,
  showId: 'show-1',
  showName: `Show ${sessionId}`,
  phase: 'ended',
  startedAt,
  endedAt: startedAt + 60_000,
  cueCount: 3,
  firedCueCount: 2,
  gmvFen: null,
  peakViewers: null,
  ...extra,
});

const reportOf = (sessionId: string) =>
  computeSessionReport(
    sessionLog(sessionId)
      .started(T0)
      .ended(T0 + 60_000).events,
    { sessionId, now: T0 + 60_000 },
  );

function setup(transport: FakeTransport) {
  const saved: Parameters<SaveFile>[0][] = [];
  const { store, dispose } = createReportsStore(createApiClient(transport), (file) => saved.push(file));
  return { store, dispose, saved };
}

describe('reports store', () => {
  it('loads the first page on connection, then the next page from its cursor without repeating a session', async () => {
    const transport = new FakeTransport().handle('report.sessions', (payload) => {
      const before = (payload as { before?: { sessionId: string } }).before;
      return before
        ? ok({ items: [row('b', T0 + 1), row('a', T0)], total: 3, next: null })
        : ok({ items: [row('c', T0 + 2), row('b', T0 + 1)], total: 3, next: { startedAt: T0 + 1, sessionId: 'b' } });
    });
    const { store, dispose } = setup(transport);
    await flush();
    expect(store.getState().sessions.map((s) => s.sessionId)).toEqual(['c', 'b']);
    await store.getState().loadMore();
    expect(transport.calls.at(-1)).toEqual({
      method: 'report.sessions',
      payload: { limit: 50, before: { startedAt: T0 + 1, sessionId: 'b' } },
    });
    expect(store.getState().sessions.map((s) => s.sessionId)).toEqual(['c', 'b', 'a']);
    expect(store.getState().next).toBeNull();
    dispose();
  });

  it('keeps why the list failed', async () => {
    const transport = new FakeTransport().handle('report.sessions', () => fail('INTERNAL', 'disk is gone'));
    const { store, dispose } = setup(transport);
    await flush();
    expect(store.getState().listError).toBe('disk is gone');
    expect(store.getState().listLoading).toBe(false);
    dispose();
  });

  it('shows the review of the session selected last, even when an earlier one answers later', async () => {
    const pending = new Map<string, (value: ReturnType<typeof ok>) => void>();
    const transport = new FakeTransport()
      .handle('report.sessions', () => ok({ items: [], total: 0, next: null }))
      .handle('report.session', (payload) => {
        const { sessionId } = payload as { sessionId: string };
        return new Promise((resolve) => pending.set(sessionId, resolve));
      });
    const { store, dispose } = setup(transport);
    const first = store.getState().select('slow');
    const second = store.getState().select('fast');
    pending.get('fast')?.(ok(reportOf('fast')));
    await second;
    pending.get('slow')?.(ok(reportOf('slow')));
    await first;
    expect(store.getState().selectedId).toBe('fast');
    expect(store.getState().report?.session.sessionId).toBe('fast');
    expect(store.getState().reportLoading).toBe(false);
    dispose();
  });

  it('shows the platform GMV and peak of a review in its list row once read (files imported after the list was)', async () => {
    const withTrend = computeSessionReport(
      sessionLog('a')
        .started(T0)
        .count(T0 + 1_000, 'gmvFen', 10_000)
        .ended(T0 + 60_000)
        .platformTrend(T0 + 120_000, [minuteRow(T0, { viewersOnline: 1_500, gmvFen: 157_000 })]).events,
      { sessionId: 'a', now: T0 + 120_000 },
    );
    const transport = new FakeTransport()
      .handle('report.sessions', () => ok({ items: [row('a', T0, { gmvFen: 10_000 }), row('b', T0 - 1)], total: 2, next: null }))
      .handle('report.session', () => ok(withTrend));
    const { store } = setup(transport);
    await store.getState().loadSessions();
    await store.getState().select('a');
    expect(store.getState().sessions.map((s) => [s.sessionId, s.gmvFen, s.peakViewers])).toEqual([
      ['a', 157_000, 1_500],
      ['b', null, null],
    ]);
  });

  it('keeps why a review failed, and no stale review', async () => {
    const transport = new FakeTransport()
      .handle('report.sessions', () => ok({ items: [], total: 0, next: null }))
      .handle('report.session', () => fail('NOT_FOUND', 'Session x does not exist'));
    const { store, dispose } = setup(transport);
    await store.getState().select('x');
    expect(store.getState()).toMatchObject({ report: null, reportLoading: false, reportError: 'Session x does not exist' });
    dispose();
  });

  it('exports the selected session in the asked format and language and saves the file', async () => {
    const transport = new FakeTransport()
      .handle('report.sessions', () => ok({ items: [], total: 0, next: null }))
      .handle('report.session', (payload) => ok(reportOf((payload as { sessionId: string }).sessionId)))
      .handle('report.export', () => ok({ fileName: 'livecue-report-s1.csv', mimeType: 'text/csv; charset=utf-8', text: '\uFEFF概览' }));
    const { store, dispose, saved } = setup(transport);
    await store.getState().select('s1');
    await store.getState().exportReport('csv', 'zh-CN');
    expect(transport.calls.at(-1)).toEqual({ method: 'report.export', payload: { sessionId: 's1', format: 'csv', language: 'zh-CN' } });
    expect(saved).toEqual([{ fileName: 'livecue-report-s1.csv', mimeType: 'text/csv; charset=utf-8', text: '\uFEFF概览' }]);
    expect(store.getState().exportOutcome).toEqual({ tone: 'ok', fileName: 'livecue-report-s1.csv' });

    transport.handle('report.export', () => fail('INTERNAL', 'no space left'));
    await store.getState().exportReport('json', 'en');
    expect(store.getState().exportOutcome).toEqual({ tone: 'error', message: 'no space left' });
    expect(saved).toHaveLength(1);
    dispose();
  });

  it('follows a session going live and ending, and re-reads the review of the selected one when it ends', async () => {
    // A real runtime state: the contract checks pushed updates against it.
    const started = startSession({ ...fixtureSetup(), sessionId: 'new', showName: 'Night' }, T0 + 5000).state;
    const fired = reduce(started, { type: 'go', expectedStandbyId: started.standbyId }, T0 + 6000).state;
    const ended = reduce(fired, { type: 'end' }, T0 + 9000).state;
    const view = (revision: number, state: RuntimeState) => toSessionUpdate({ sessionId: 'new', revision, state });
    const transport = new FakeTransport()
      .handle('report.sessions', () => ok({ items: [row('old', T0)], total: 1, next: null }))
      .handle('report.session', (payload) => ok(reportOf((payload as { sessionId: string }).sessionId)));
    const { store, dispose } = setup(transport);
    await flush();

    // Pushes carry no cues, only their count.
    transport.emit('session.state', view(1, started));
    expect(store.getState().sessions[0]?.cueCount).toBe(started.cues.length);
    expect(store.getState().sessions.map((s) => [s.sessionId, s.phase])).toEqual([
      ['new', 'live'],
      ['old', 'ended'],
    ]);
    expect(store.getState().total).toBe(2);

    await store.getState().select('new');
    const reads = () => transport.calls.filter((c) => c.method === 'report.session').length;
    expect(reads()).toBe(1);
    // A tick that changes nothing the list shows neither re-renders the list nor re-reads the review.
    const before = store.getState().sessions;
    transport.emit('session.state', view(2, { ...started, lastGoAt: null }));
    expect(store.getState().sessions).toBe(before);

    transport.emit('session.state', view(3, ended));
    expect(store.getState().sessions[0]).toMatchObject({
      sessionId: 'new',
      phase: 'ended',
      endedAt: T0 + 9000,
      firedCueCount: 1,
      cueCount: started.cues.length,
    });
    expect(store.getState().total).toBe(2);
    expect(reads()).toBe(2);
    dispose();
  });
});
