import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IngestResponse } from '../../shared/api/hub/hubIngest';
import { type PostgresCluster, postgresAvailable, startPostgresCluster } from '../../test/helpers/postgresCluster';
import { enrolledStore, event, range, refusal } from '../../test/support/hub/hubTestKit';
import { createHub, type Hub } from '../createHub';

/** Two stateless hub processes on one PostgreSQL, as behind a load balancer: the row locks must hold across them. */
describe.runIf(postgresAvailable())('two hub processes on one PostgreSQL', () => {
  let cluster: PostgresCluster;
  let hubs: Hub[] = [];
  beforeAll(async () => {
    cluster = await startPostgresCluster();
    const url = await cluster.createDatabase();
    // Started together: migrations and the first partition race too.
    const started = await Promise.allSettled([
      createHub({ database: { kind: 'postgres', url } }),
      createHub({ database: { kind: 'postgres', url } }),
    ]);
    hubs = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
    for (const s of started) if (s.status === 'rejected') throw s.reason;
  }, 60_000);
  afterAll(async () => {
    await Promise.all(hubs.map((h) => h.close()));
    await cluster?.stop();
  });

  it('stores every event of a device exactly once when overlapping batches hit both processes at once', async () => {
    const [a, b] = hubs as [Hub, Hub];
    const { auth, deviceId } = await enrolledStore(a);
    const total = 300;
    // Overlapping windows, some reversed, each sent to both hubs at once, several rounds deep.
    const batches = range(0, 29).map((i) => {
      const from = 1 + i * 10;
      const seqs = range(from, Math.min(total, from + 24));
      return (i % 2 ? seqs.reverse() : seqs).map((s) => event(s));
    });
    const post = (hub: Hub, events: ReturnType<typeof event>[]) =>
      hub.app.inject({
        method: 'POST',
        url: '/v1/events',
        headers: auth,
        payload: { epoch: 1, epochStart: 1, sentAt: Date.now(), events },
      });
    let inserted = 0;
    for (let round = 0; round < 3; round++) {
      const answers = await Promise.all(batches.flatMap((batch) => [post(a, batch), post(b, batch)]));
      for (const answer of answers) {
        expect(answer.statusCode, answer.body).toBe(200);
        inserted += IngestResponse.parse(answer.json()).inserted;
      }
    }
    // Concurrent arrival order may leave gaps held; the store then resends in order, as its outbox does.
    for (const [i, batch] of batches.entries()) {
      const answer = await post(i % 2 ? a : b, batch);
      inserted += IngestResponse.parse(answer.json()).inserted;
    }
    const rows = await a.db.query<{ seq: number; copies: number }>(
      'SELECT seq, count(*) AS copies FROM events WHERE device_id = $1 GROUP BY seq ORDER BY seq',
      [deviceId],
    );
    expect(rows.map((r) => r.seq)).toEqual(range(1, total));
    expect(rows.every((r) => r.copies === 1)).toBe(true);
    expect(inserted).toBe(total);
    const [stream] = await b.db.query<{ acked_seq: number }>('SELECT acked_seq FROM device_streams WHERE device_id = $1', [deviceId]);
    expect(stream?.acked_seq).toBe(total);
  }, 120_000);

  it('lets one of two processes enroll with a code, never both', async () => {
    const [a, b] = hubs as [Hub, Hub];
    await a.admin.createStore({ code: 'TWO-1', name: '双进程' });
    const { code } = await b.admin.issueEnrollmentCode('TWO-1');
    const payload = { code, deviceName: 'PC', appVersion: '0.1.0', localDeviceId: 'l' };
    const answers = await Promise.all([a, b, a, b].map((h) => h.app.inject({ method: 'POST', url: '/v1/enroll', payload })));
    expect(answers.map((r) => r.statusCode).sort()).toEqual([200, 409, 409, 409]);
  });

  it('holds the enrollment rate limit across both processes, parallel guesses included', async () => {
    const [a, b] = hubs as [Hub, Hub];
    const guess = (hub: Hub, i: number, remoteAddress: string) =>
      hub.app.inject({
        method: 'POST',
        url: '/v1/enroll',
        remoteAddress,
        payload: { code: `${'23456789ABCDEFGHJKMN'[i]}2222-22222`, deviceName: 'PC', appVersion: '0.1.0', localDeviceId: 'l' },
      });
    for (let i = 0; i < 10; i++) expect((await guess(i % 2 ? a : b, i, '10.1.0.1')).statusCode).toBe(409);
    expect(refusal(await guess(a, 10, '10.1.0.1'))).toMatchObject({ status: 429, code: 'RATE_LIMITED' });
    expect(refusal(await guess(b, 11, '10.1.0.1'))).toMatchObject({ status: 429, code: 'RATE_LIMITED' });
    const parallel = await Promise.all(range(0, 19).map((i) => guess(i % 2 ? a : b, i, '10.1.0.2')));
    const statuses = parallel.map((r) => r.statusCode);
    expect(statuses.filter((st) => st === 409).length).toBeLessThanOrEqual(10);
    expect(statuses.filter((st) => st !== 409 && st !== 429)).toEqual([]);
  });

  it('counts the client named by X-Forwarded-For only behind a trusted proxy', async () => {
    const url = await cluster.createDatabase();
    const direct = await createHub({ database: { kind: 'postgres', url }, reportRefreshMs: null });
    const proxied = await createHub({ database: { kind: 'postgres', url }, reportRefreshMs: null, trustProxy: '127.0.0.1' });
    try {
      for (const hub of [direct, proxied]) {
        await hub.app.inject({
          method: 'POST',
          url: '/v1/enroll',
          remoteAddress: '127.0.0.1',
          headers: { 'x-forwarded-for': '203.0.113.7' },
          payload: { code: '22222-22222', deviceName: 'PC', appVersion: '0.1.0', localDeviceId: 'l' },
        });
      }
      const rows = await direct.db.query<{ client_ip: string }>('SELECT client_ip FROM enrollment_failures ORDER BY id');
      expect(rows.map((r) => r.client_ip)).toEqual(['127.0.0.1', '203.0.113.7']);
    } finally {
      await direct.close();
      await proxied.close();
    }
  }, 60_000);
});
