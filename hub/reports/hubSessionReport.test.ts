import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { StoreSessionSummary } from '../../shared/api/hub/hubEndpoints';
import { IngestResponse } from '../../shared/api/hub/hubIngest';
import { LoginResponse } from '../../shared/api/hub/hubProducer';
import { SessionReport } from '../../shared/domain/report/sessionReport';
import { hubBackends, stopHubBackends } from '../../test/helpers/hubBackends';
import { computeSessionReport } from '../../test/support/domain/computeSessionReport';
import { minuteRow, productRow, s, sessionLog } from '../../test/support/domain/reportFixtures';
import { asUploadEvents, enrolledStore, ok, refusal } from '../../test/support/hub/hubTestKit';
import { createHub, type Hub } from '../createHub';

afterAll(stopHubBackends);

const NOW = s(7200);

describe.each(hubBackends())('session reports on $name', (backend) => {
  let hub: Hub;
  beforeAll(async () => {
    hub = await createHub({ database: await backend.database(), clock: () => NOW });
    await hub.admin.createAccount({ username: 'hq', password: 'password1', role: 'viewer' });
    await hub.admin.createAccount({ username: 'south', password: 'password1', role: 'viewer', regions: ['华南'] });
  }, 60_000);
  afterAll(() => hub?.close());

  const signIn = async (username: string) => ({
    authorization: `Bearer ${ok(await hub.app.inject({ method: 'POST', url: '/v1/auth/login', payload: { username, password: 'password1' } }), LoginResponse).token}`,
  });

  it('gives the same review as the app’s report code over the same events, health samples and platform files included', async () => {
    const log = sessionLog('s1')
      .health(s(-10))
      .started(s(0))
      .cue(s(1), 'c1', 'product', { productId: 'p1' })
      .health(s(5), { droppedFrames: 3, totalFrames: 150 })
      .count(s(10), 'orders', 2, 'p1')
      .count(s(12), 'gmvFen', 19_900, 'p1')
      .coupon(s(20), 'k1', 100, s(300))
      .health(s(30), { congestion: 0.4 })
      .cueEnded(s(40), 'c1')
      .ended(s(60))
      // The platform's files, imported after the show: the hub merges them as the app does.
      .platformProducts(s(80), [productRow('p1', { orders: 3, gmvFen: 29_900 })])
      .platformTrend(s(85), [minuteRow(s(-20), { orders: 3, gmvFen: 29_900 })])
      .health(s(90));
    const { store, auth } = await enrolledStore(hub, { region: '华东' });
    const sent = await hub.app.inject({
      method: 'POST',
      url: '/v1/events',
      headers: auth,
      payload: { epoch: 1, epochStart: 1, sentAt: NOW, events: asUploadEvents(log.events) },
    });
    expect(ok(sent, IngestResponse).ackedSeq).toBe(log.events.length);

    const hq = await signIn('hq');
    const sessions = await hub.app.inject({ url: `/v1/stores/${store.code}/sessions`, headers: hq });
    expect(ok(sessions, z.object({ sessions: StoreSessionSummary.array() })).sessions).toEqual([
      expect.objectContaining({ sessionId: 's1', events: 9, firstReceivedAt: NOW, lastReceivedAt: NOW }),
    ]);

    const res = await hub.app.inject({ url: `/v1/stores/${store.code}/sessions/s1/report`, headers: hq });
    const expected = computeSessionReport(log.events, { sessionId: 's1', now: NOW });
    expect(ok(res, SessionReport)).toEqual(SessionReport.parse(JSON.parse(JSON.stringify(expected))));
    expect(expected.health.timeline.map((h) => h.at)).toEqual([s(5), s(30)]);
    expect([expected.totals.gmvFen, expected.sources.totals.gmvFen, expected.products[0]?.sources.orders]).toEqual([
      29_900,
      'platform',
      'platform',
    ]);

    expect(refusal(await hub.app.inject({ url: `/v1/stores/${store.code}/sessions/nope/report`, headers: hq }))).toMatchObject({
      status: 404,
    });
    const south = await signIn('south');
    expect(refusal(await hub.app.inject({ url: `/v1/stores/${store.code}/sessions`, headers: south }))).toMatchObject({
      status: 403,
      code: 'FORBIDDEN',
    });
    expect(refusal(await hub.app.inject({ url: `/v1/stores/${store.code}/sessions/s1/report`, headers: south }))).toMatchObject({
      status: 403,
      code: 'FORBIDDEN',
    });
    expect(refusal(await hub.app.inject({ url: `/v1/stores/${store.code}/sessions`, headers: auth }))).toMatchObject({ status: 401 });
  });
});
