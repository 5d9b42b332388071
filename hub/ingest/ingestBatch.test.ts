import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLOCK_SKEW_FLAG_MS, IngestResponse, type UploadEvent } from '../../shared/api/hub/hubIngest';
import { hubBackends, stopHubBackends } from '../../test/helpers/hubBackends';
import { enrolledStore, event, ok, range, refusal } from '../../test/support/hub/hubTestKit';
import { createHub, type Hub } from '../createHub';
import { storedPlacesById } from './storedEvents';

afterAll(stopHubBackends);

const DAY = 24 * 60 * 60 * 1000;

describe.each(hubBackends())('ingest on $name', (backend) => {
  let hub: Hub;
  let now = Date.UTC(2026, 11, 6, 12);
  beforeAll(async () => {
    hub = await createHub({ database: await backend.database(), clock: () => now });
  }, 60_000);
  afterAll(() => hub?.close());

  type Auth = { authorization: string };
  const post = (auth: Auth, events: UploadEvent[], batch: { epoch?: number; epochStart?: number; sentAt?: number } = {}) =>
    hub.app.inject({
      method: 'POST',
      url: '/v1/events',
      headers: auth,
      payload: { epoch: batch.epoch ?? 1, epochStart: batch.epochStart ?? 1, sentAt: batch.sentAt ?? now, events },
    });
  const send = async (auth: Auth, events: UploadEvent[], batch: { epoch?: number; epochStart?: number; sentAt?: number } = {}) =>
    ok(await post(auth, events, batch), IngestResponse);
  const held = (deviceId: string) =>
    hub.db.query<{ epoch: number; seq: number; event_id: string }>(
      'SELECT epoch, seq, event_id FROM events WHERE device_id = $1 ORDER BY epoch, seq',
      [deviceId],
    );

  it('stores a batch once: the same batch again is all duplicates', async () => {
    const { auth, deviceId } = await enrolledStore(hub);
    const batch = range(1, 5).map((s) => event(s));
    expect(await send(auth, batch)).toMatchObject({ epoch: 1, ackedSeq: 5, inserted: 5, duplicates: 0, rewind: null });
    expect(await send(auth, batch)).toMatchObject({ ackedSeq: 5, inserted: 0, duplicates: 5, rewind: null });
    expect((await held(deviceId)).map((r) => r.seq)).toEqual(range(1, 5));
  });

  it('sorts a reordered batch and drops repeats inside it', async () => {
    const { auth, deviceId } = await enrolledStore(hub);
    const shuffled = [4, 2, 5, 1, 3, 2].map((s) => event(s));
    expect(await send(auth, shuffled)).toMatchObject({ ackedSeq: 5, inserted: 5, duplicates: 0 });
    expect((await held(deviceId)).map((r) => r.seq)).toEqual(range(1, 5));
  });

  it('takes a truncated batch, then the full one stores only the rest', async () => {
    const { auth, deviceId } = await enrolledStore(hub);
    const full = range(1, 10).map((s) => event(s));
    expect(await send(auth, full.slice(0, 4))).toMatchObject({ ackedSeq: 4, inserted: 4 });
    expect(await send(auth, full)).toMatchObject({ ackedSeq: 10, inserted: 6, duplicates: 4 });
    expect((await held(deviceId)).map((r) => r.seq)).toEqual(range(1, 10));
  });

  it('holds a gap: events past it are not stored until it is filled', async () => {
    const { auth, deviceId } = await enrolledStore(hub);
    expect(
      await send(
        auth,
        [1, 2, 3].map((s) => event(s)),
      ),
    ).toMatchObject({ ackedSeq: 3 });
    const pastGap = await send(
      auth,
      [6, 7].map((s) => event(s)),
    );
    expect(pastGap).toMatchObject({ ackedSeq: 3, inserted: 0, duplicates: 0 });
    expect((await held(deviceId)).map((r) => r.seq)).toEqual([1, 2, 3]);
    // A batch straddling the gap stores up to it and acknowledges no further.
    expect(
      await send(
        auth,
        [4, 6, 7].map((s) => event(s)),
      ),
    ).toMatchObject({ ackedSeq: 4, inserted: 1 });
    expect(
      await send(
        auth,
        range(5, 7).map((s) => event(s)),
      ),
    ).toMatchObject({ ackedSeq: 7, inserted: 3 });
    expect((await held(deviceId)).map((r) => r.seq)).toEqual(range(1, 7));
  });

  it('acknowledges no further than the batch itself carried', async () => {
    const { auth } = await enrolledStore(hub);
    await send(
      auth,
      range(1, 8).map((s) => event(s)),
    );
    expect(
      await send(
        auth,
        [2, 3].map((s) => event(s)),
      ),
    ).toMatchObject({ ackedSeq: 3, duplicates: 2 });
  });

  it('opens a new epoch on a rewound seq, keeping both copies and overwriting nothing', async () => {
    const { auth, deviceId } = await enrolledStore(hub);
    await send(
      auth,
      range(1, 6).map((s) => event(s)),
    );
    // A backup from seq 3 was restored: seq 4 onward are different events.
    const restored = [3, 4, 5].map((s) => event(s, s >= 4 ? { eventId: `restored-${s}` } : {}));
    const answer = await send(auth, restored);
    expect(answer).toMatchObject({ ackedSeq: 3, inserted: 0, rewind: { seq: 4, newEpoch: 2 } });
    // The answer was lost and the batch resent: the same epoch, not another.
    expect((await send(auth, restored)).rewind).toEqual({ seq: 4, newEpoch: 2 });
    const resent = await send(auth, restored.slice(1), { epoch: 2, epochStart: 4 });
    expect(resent).toMatchObject({ epoch: 2, ackedSeq: 5, inserted: 2, rewind: null });
    expect(await held(deviceId)).toEqual([
      ...range(1, 6).map((seq) => ({ epoch: 1, seq, event_id: `e-${seq}` })),
      { epoch: 2, seq: 4, event_id: 'restored-4' },
      { epoch: 2, seq: 5, event_id: 'restored-5' },
    ]);
  });

  it('refuses an epoch whose start disagrees with the hub, and an event id reused under another seq', async () => {
    const { auth, deviceId } = await enrolledStore(hub);
    await send(
      auth,
      range(1, 3).map((s) => event(s)),
    );
    expect(refusal(await post(auth, [event(5)], { epochStart: 5 }))).toMatchObject({ status: 409, code: 'CONFLICT' });
    const reused = refusal(await post(auth, [event(4, { eventId: 'e-2' })]));
    expect(reused).toMatchObject({ status: 409, code: 'CONFLICT' });
    expect(reused.message).toContain('e-2');
    expect((await held(deviceId)).map((r) => r.seq)).toEqual([1, 2, 3]);
  });

  it('finds held ids by one range read, and by id when the range holds too many (a clock that went back)', async () => {
    const { auth, deviceId, store } = await enrolledStore(hub);
    await send(
      auth,
      range(1, 6).map((s) => event(s, { eventId: `id-${s}` })),
    );
    const key = { storeId: store.id, deviceId, epoch: 1 };
    const ask = ['id-2', 'id-5', 'id-9'];
    const expected = new Map([
      ['id-2', { epoch: 1, seq: 2 }],
      ['id-5', { epoch: 1, seq: 5 }],
    ]);
    expect(await storedPlacesById(hub.db, key, ask)).toEqual(expected);
    // id-3 and id-4 lie between the asked ids: with room for only one row the range read gives up and each id is looked up.
    expect(await storedPlacesById(hub.db, key, ask, 1)).toEqual(expected);
  });

  it('refuses a batch with two events under one seq, naming it, and stores none of it', async () => {
    const { auth, deviceId } = await enrolledStore(hub);
    const res = refusal(await post(auth, [event(1), event(2), event(2, { eventId: 'other' })]));
    expect(res).toMatchObject({ status: 400, code: 'INVALID_PAYLOAD' });
    expect(res.message).toContain('Seq 2');
    expect(await held(deviceId)).toEqual([]);
  });

  it('names the invalid field of a malformed batch', async () => {
    const { auth } = await enrolledStore(hub);
    const res = await post(auth, [{ ...event(1), seq: -1 }]);
    expect(refusal(res)).toMatchObject({ status: 400, code: 'INVALID_PAYLOAD' });
    expect(res.json().error.path).toEqual(['body', 'events', 0, 'seq']);
  });

  it('refuses a body over the ingest cap as TOO_LARGE, storing nothing', async () => {
    const { auth, deviceId } = await enrolledStore(hub);
    const big = range(1, 5).map((s) => event(s, { payload: { text: 'x'.repeat(1024 * 1024) } }));
    expect(refusal(await post(auth, big))).toMatchObject({ status: 413, code: 'TOO_LARGE' });
    expect(await held(deviceId)).toEqual([]);
  });

  it('flags a device clock a day off either way, and clears the flag when it is right again', async () => {
    const { auth, store } = await enrolledStore(hub);
    const skew = async () => (await hub.admin.listDevices(store.code))[0]?.clockSkewMs;
    const flagged = async () =>
      (await hub.db.query<{ clock_flagged: boolean }>('SELECT clock_flagged FROM devices WHERE store_id = $1', [store.id]))[0]
        ?.clock_flagged;
    expect((await send(auth, [event(1)], { sentAt: now - DAY })).clockSkewMs).toBe(DAY);
    expect([await skew(), await flagged()]).toEqual([DAY, true]);
    expect((await send(auth, [event(2)], { sentAt: now + DAY })).clockSkewMs).toBe(-DAY);
    expect([await skew(), await flagged()]).toEqual([-DAY, true]);
    await send(auth, [event(3)], { sentAt: now - CLOCK_SKEW_FLAG_MS + 1 });
    expect(await flagged()).toBe(false);
    expect((await hub.admin.listDevices(store.code))[0]?.lastSeenAt).toBe(now);
  });

  it('keeps a far-future wall time as a fact, partitioning by the hub receive time', async () => {
    const { auth, deviceId } = await enrolledStore(hub);
    const year9999 = Date.UTC(9999, 11, 31);
    expect(await send(auth, [event(1, { wallTime: year9999 }), event(2)])).toMatchObject({ ackedSeq: 2, inserted: 2 });
    const rows = await hub.db.query<{ wall_time: number; received_at: number; partition: string }>(
      'SELECT wall_time, received_at, tableoid::regclass::text AS partition FROM events WHERE device_id = $1 ORDER BY seq',
      [deviceId],
    );
    expect(rows[0]).toEqual({ wall_time: year9999, received_at: now, partition: 'events_2026_12' });
    expect(await send(auth, [event(3)])).toMatchObject({ ackedSeq: 3, inserted: 1 });
  });

  it('creates next month’s partition when the hub clock crosses into it', async () => {
    const { auth } = await enrolledStore(hub);
    const before = now;
    now = Date.UTC(2027, 0, 1, 0, 0, 1);
    try {
      expect(await send(auth, [event(1)])).toMatchObject({ ackedSeq: 1, inserted: 1 });
      const [row] = await hub.db.query<{ partition: string }>(
        'SELECT tableoid::regclass::text AS partition FROM events WHERE received_at = $1',
        [now],
      );
      expect(row?.partition).toBe('events_2027_01');
    } finally {
      now = before;
    }
  });
});
