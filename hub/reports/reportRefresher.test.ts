import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportEvent } from '../../shared/domain/report/reportEvent';
import { hubBackends, stopHubBackends } from '../../test/helpers/hubBackends';
import { s, sessionLog } from '../../test/support/domain/reportFixtures';
import { enrolledStore } from '../../test/support/hub/hubTestKit';
import { upload } from '../../test/support/hub/resultsScenario';
import { createHub, type Hub } from '../createHub';
import { createReportRefresher, LIVE_REFRESH_MS } from './reportRefresher';

afterAll(stopHubBackends);

/** A session's log; its first events are what a store uploads while it is live, the last one ends it. */
const liveLog = (sessionId: string) =>
  sessionLog(sessionId)
    .started(s(0))
    .count(s(1), 'gmvFen', 100)
    .count(s(2), 'gmvFen', 200)
    .count(s(3), 'gmvFen', 300)
    .count(s(4), 'gmvFen', 400)
    .ended(s(5)).events;

describe.each(hubBackends())('the report refresher and live sessions on $name', (backend) => {
  let hub: Hub;
  let now = s(10);
  beforeAll(async () => {
    hub = await createHub({ database: await backend.database(), clock: () => now, reportRefreshMs: null });
  }, 60_000);
  afterAll(() => hub?.close());

  const send = (auth: { authorization: string }, events: ReportEvent[]) => upload(hub, auth, events, now);
  const liveGmv = async (storeId: string, sessionId: string) =>
    (
      await hub.db.query<{ gmv_fen: number | null; computed_at: number }>(
        'SELECT gmv_fen, computed_at FROM session_results WHERE store_id = $1 AND session_id = $2 AND live',
        [storeId, sessionId],
      )
    )[0];

  it('recomputes a stale live review at most once per 10 s, an ended one at once', async () => {
    const { store, auth } = await enrolledStore(hub);
    const log = liveLog('onair');
    await send(auth, log.slice(0, 2));
    expect(await hub.refreshReports()).toBe(1);
    expect(await liveGmv(store.id, 'onair')).toEqual({ gmv_fen: 100, computed_at: now });
    const first = now;

    // New events 5 s later: stale, but its review is too recent to recompute.
    now = first + 5_000;
    await send(auth, log.slice(0, 3));
    expect(await hub.refreshReports()).toBe(0);
    expect(await liveGmv(store.id, 'onair')).toEqual({ gmv_fen: 100, computed_at: first });

    // 10 s after the last recompute it is due.
    now = first + LIVE_REFRESH_MS;
    expect(await hub.refreshReports()).toBe(1);
    expect(await liveGmv(store.id, 'onair')).toEqual({ gmv_fen: 300, computed_at: now });
    expect(await hub.refreshReports()).toBe(0);

    // Its end is not held back: the batch that ends it is recomputed at once.
    now += 1_000;
    await send(auth, log);
    expect(await hub.refreshReports()).toBe(1);
    const [ended] = await hub.db.query<{ live: boolean; computed_at: number }>(
      'SELECT live, computed_at FROM session_results WHERE store_id = $1 AND session_id = $2',
      [store.id, 'onair'],
    );
    expect(ended).toEqual({ live: false, computed_at: now });
  });

  it('gives every other claim to a live session, so a backlog of ended reviews does not hold live figures back', async () => {
    const { store, auth } = await enrolledStore(hub);
    const log = liveLog('busy-live');
    await send(auth, log.slice(0, 2));
    expect(await hub.refreshReports()).toBe(1);
    // A backlog of ended sessions never computed (as after an upgrade), then the live one due again.
    for (const id of ['old-1', 'old-2', 'old-3']) await send((await enrolledStore(hub)).auth, liveLog(id));
    now += LIVE_REFRESH_MS;
    await send(auth, log.slice(0, 4));
    const oneAtATime = createReportRefresher(hub.db, () => now, null, 1);
    expect(await oneAtATime.refreshStale()).toBe(1);
    expect(await liveGmv(store.id, 'busy-live')).toEqual({ gmv_fen: 600, computed_at: now });
    await oneAtATime.stop();
    expect(await hub.refreshReports()).toBe(3);
  });

  it('leaves a live review that nothing changed alone', async () => {
    const { auth } = await enrolledStore(hub);
    await send(auth, liveLog('quiet').slice(0, 2));
    expect(await hub.refreshReports()).toBe(1);
    now += 60_000;
    expect(await hub.refreshReports()).toBe(0);
  });
});
