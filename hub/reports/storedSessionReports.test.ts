import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { IngestResponse } from '../../shared/api/hub/hubIngest';
import { LoginResponse } from '../../shared/api/hub/hubProducer';
import type { ReportEvent } from '../../shared/domain/report/reportEvent';
import { SessionReport } from '../../shared/domain/report/sessionReport';
import { hubBackends, stopHubBackends } from '../../test/helpers/hubBackends';
import { type PostgresCluster, postgresAvailable, startPostgresCluster } from '../../test/helpers/postgresCluster';
import { computeSessionReport } from '../../test/support/domain/computeSessionReport';
import { s, sessionLog } from '../../test/support/domain/reportFixtures';
import { asUploadEvents, enrollDevice, enrolledStore, ok, refusal } from '../../test/support/hub/hubTestKit';
import { createHub, type Hub } from '../createHub';

afterAll(stopHubBackends);

const NOW = s(7200);

/** What the app computes over the same events, as it looks after a trip through JSON. */
const appReport = (events: ReportEvent[], sessionId: string) =>
  SessionReport.parse(JSON.parse(JSON.stringify(computeSessionReport(events, { sessionId, now: NOW }))));

/** An ended session whose device logged a health sample, timed inside the session, after `session.ended`. */
function endedSession(sessionId: string) {
  return sessionLog(sessionId)
    .started(s(0))
    .cue(s(1), 'c1', 'product', { productId: 'p1' })
    .health(s(5), { droppedFrames: 3, totalFrames: 150 })
    .count(s(10), 'orders', 2, 'p1')
    .count(s(12), 'gmvFen', 19_900, 'p1')
    .ended(s(60))
    .health(s(55), { droppedFrames: 9, totalFrames: 1650 })
    .health(s(90)).events;
}

type Auth = { authorization: string };
async function send(hub: Hub, auth: Auth, events: ReportEvent[]) {
  const res = await hub.app.inject({
    method: 'POST',
    url: '/v1/events',
    headers: auth,
    payload: { epoch: 1, epochStart: 1, sentAt: NOW, events: asUploadEvents(events) },
  });
  return ok(res, IngestResponse);
}

function storedRow(hub: Hub, storeId: string, sessionId: string) {
  return hub.db
    .query<{ report: unknown; stale: boolean; events_counted: number; ended_at: number | null }>(
      'SELECT report, stale, events_counted, ended_at FROM session_reports WHERE store_id = $1 AND session_id = $2',
      [storeId, sessionId],
    )
    .then((rows) => rows[0]);
}

describe.each(hubBackends())('session reviews kept ready on $name', (backend) => {
  let hub: Hub;
  let viewer: Auth;
  beforeAll(async () => {
    hub = await createHub({ database: await backend.database(), clock: () => NOW, reportRefreshMs: null });
    await hub.admin.createAccount({ username: 'hq', password: 'password1', role: 'viewer' });
    const login = await hub.app.inject({ method: 'POST', url: '/v1/auth/login', payload: { username: 'hq', password: 'password1' } });
    viewer = { authorization: `Bearer ${ok(login, LoginResponse).token}` };
  }, 60_000);
  afterAll(() => hub?.close());

  const readReport = async (storeCode: string, sessionId: string) =>
    ok(await hub.app.inject({ url: `/v1/stores/${storeCode}/sessions/${sessionId}/report`, headers: viewer }), SessionReport);

  it('stores the review computeSessionReport gives over the uploaded events, and serves it', async () => {
    const { store, auth } = await enrolledStore(hub);
    const events = endedSession('ready');
    await send(hub, auth, events.slice(0, 6));
    expect(await storedRow(hub, store.id, 'ready')).toMatchObject({ stale: true, report: null });
    expect(await hub.refreshReports()).toBe(1);
    const row = await storedRow(hub, store.id, 'ready');
    expect(row).toMatchObject({ stale: false, events_counted: 5, ended_at: s(60) });
    expect(SessionReport.parse(row?.report)).toEqual(appReport(events.slice(0, 6), 'ready'));
    expect(await hub.refreshReports()).toBe(0);
    expect(await readReport(store.code, 'ready')).toEqual(appReport(events.slice(0, 6), 'ready'));
  });

  it('marks a review stale when a later batch reaches it, and the next read is current', async () => {
    const { store, auth } = await enrolledStore(hub);
    const events = endedSession('later');
    await send(hub, auth, events.slice(0, 6));
    await hub.refreshReports();
    // A health sample timed inside the session, logged after its end: it changes the review.
    await send(hub, auth, events.slice(0, 7));
    expect(await storedRow(hub, store.id, 'later')).toMatchObject({ stale: true });
    const current = await readReport(store.code, 'later');
    expect(current).toEqual(appReport(events.slice(0, 7), 'later'));
    expect(current.health.summary.droppedFrames).toBe(6);
    const row = await storedRow(hub, store.id, 'later');
    expect(row).toMatchObject({ stale: false });
    expect(SessionReport.parse(row?.report)).toEqual(current);
    // A sample after the end reaches no ended review: it stays fresh.
    await send(hub, auth, events);
    expect(await storedRow(hub, store.id, 'later')).toMatchObject({ stale: false });
    expect(await readReport(store.code, 'later')).toEqual(appReport(events, 'later'));
  });

  it('keeps a live session’s review too, and the reads measure it to now', async () => {
    const { store, auth } = await enrolledStore(hub);
    const events = endedSession('live').slice(0, 5);
    await send(hub, auth, events);
    expect(await storedRow(hub, store.id, 'live')).toMatchObject({ stale: true, ended_at: null });
    expect(await hub.refreshReports()).toBe(1);
    expect(await storedRow(hub, store.id, 'live')).toMatchObject({ stale: false, ended_at: null });
    const report = await readReport(store.code, 'live');
    expect(report.session).toMatchObject({ live: true, asOf: NOW });
    expect(report).toEqual(appReport(events, 'live'));
    expect(await storedRow(hub, store.id, 'live')).toMatchObject({ stale: false, ended_at: null });
    // The batch that ends it hands it to the refresher at once, though its live review was computed just now.
    await send(hub, auth, endedSession('live').slice(0, 6));
    expect(await storedRow(hub, store.id, 'live')).toMatchObject({ stale: true, ended_at: s(60) });
    expect(await hub.refreshReports()).toBe(1);
    expect(SessionReport.parse((await storedRow(hub, store.id, 'live'))?.report)).toEqual(
      appReport(endedSession('live').slice(0, 6), 'live'),
    );
  });

  it('writes nothing for a session the hub does not hold', async () => {
    const { store } = await enrolledStore(hub);
    expect(refusal(await hub.app.inject({ url: `/v1/stores/${store.code}/sessions/none/report`, headers: viewer }))).toMatchObject({
      status: 404,
    });
    expect(await storedRow(hub, store.id, 'none')).toBeUndefined();
  });

  it('refreshes in the background at the configured interval, and stops on close', async () => {
    const own = await createHub({ database: await backend.database(), clock: () => NOW, reportRefreshMs: 10 });
    try {
      const { store, auth } = await enrolledStore(own);
      await send(own, auth, endedSession('bg'));
      await vi.waitFor(async () => expect(await storedRow(own, store.id, 'bg')).toMatchObject({ stale: false }), { timeout: 20_000 });
    } finally {
      await own.close();
    }
  }, 60_000);
});

/** Two hub processes on one PostgreSQL refreshing at once: each review is claimed by one of them, none waits or fails. */
describe.runIf(postgresAvailable())('two hubs refreshing reviews on one PostgreSQL', () => {
  let cluster: PostgresCluster;
  let hubs: Hub[] = [];
  beforeAll(async () => {
    cluster = await startPostgresCluster();
    const url = await cluster.createDatabase();
    const database = { kind: 'postgres', url } as const;
    hubs = [await createHub({ database, clock: () => NOW, reportRefreshMs: null })];
    hubs.push(await createHub({ database, clock: () => NOW, reportRefreshMs: null }));
  }, 60_000);
  afterAll(async () => {
    await Promise.all(hubs.map((h) => h.close()));
    await cluster?.stop();
  });

  it('recomputes every stale review exactly once between them', async () => {
    const [a, b] = hubs as [Hub, Hub];
    const sessions: { storeId: string; sessionId: string; events: ReportEvent[] }[] = [];
    for (let i = 0; i < 8; i++) {
      const { store } = await enrolledStore(a);
      for (const sessionId of [`x${i}`, `y${i}`, `z${i}`]) {
        const events = endedSession(sessionId);
        // Each log starts at seq 1, so each session comes from a device of its own.
        await send(a, (await enrollDevice(a, store.code)).auth, events);
        sessions.push({ storeId: store.id, sessionId, events });
      }
    }
    const counts = await Promise.all([a.refreshReports(), b.refreshReports(), a.refreshReports(), b.refreshReports()]);
    expect(counts.reduce((x, y) => x + y, 0)).toBe(sessions.length);
    for (const { storeId, sessionId, events } of sessions) {
      const row = await storedRow(b, storeId, sessionId);
      expect(row?.stale).toBe(false);
      expect(SessionReport.parse(row?.report)).toEqual(appReport(events, sessionId));
    }
  }, 120_000);
});
