import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConsoleStore, EnrollmentCodeResponse, ONLINE_WINDOW_MS, StoresResponse } from '../../shared/api/hub/hubConsole';
import { EnrollResponse } from '../../shared/api/hub/hubDevice';
import { hubBackends, stopHubBackends } from '../../test/helpers/hubBackends';
import { asAccount, signedIn } from '../../test/support/hub/consoleTestKit';
import { enrollDevice, enrolledStore, ok, refusal } from '../../test/support/hub/hubTestKit';
import { OPERATOR } from '../admin/operator';
import { createHub, type Hub } from '../createHub';
import type { HubQueryable } from '../db/hubDb';
import { listStores } from './consoleStores';

afterAll(stopHubBackends);

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

describe.each(hubBackends())('the console’s stores on $name', (backend) => {
  let hub: Hub;
  let now = Date.UTC(2026, 11, 7, 8);
  let n = 0;
  beforeAll(async () => {
    hub = await createHub({ database: await backend.database(), clock: () => now, reportRefreshMs: null });
  }, 60_000);
  afterAll(() => hub?.close());

  const region = () => `区域-${++n}`;
  const list = async (auth: { authorization: string }) => ok(await asAccount(hub, auth, { url: '/v1/stores' }), StoresResponse);
  const seen = (auth: { authorization: string }) => hub.app.inject({ url: '/v1/device', headers: auth });
  async function session(
    storeId: string,
    s: { id: string; live: boolean; startedAt: number; cue?: string; viewers?: number; gmv?: number },
  ) {
    await hub.db.query('INSERT INTO session_reports (store_id, session_id, stale) VALUES ($1, $2, false)', [storeId, s.id]);
    await hub.db.query(
      `INSERT INTO session_results (store_id, session_id, show_name, started_at, live, explain_ms, current_cue, viewers_online, gmv_fen, computed_at)
       VALUES ($1, $2, $3, $4, $5, 0, $6, $7, $8, $9)`,
      [storeId, s.id, `节目 ${s.id}`, s.startedAt, s.live, s.cue ?? null, s.viewers ?? null, s.gmv ?? null, now],
    );
  }
  const backlog = (storeId: string, deviceId: string, waiting: number) =>
    hub.db.query('INSERT INTO device_backlog (store_id, device_id, events_waiting, reported_at) VALUES ($1, $2, $3, $4)', [
      storeId,
      deviceId,
      waiting,
      now,
    ]);

  it('lists stores by region then code with their devices, online by the hub clock, waiting sums and what is live while online', async () => {
    const [east, west] = [region(), region()];
    const admin = await signedIn(hub, 'admin');
    const t0 = now;
    // Ordered by region then code, whatever order the stores were created in.
    const make = async (code: string, storeRegion: string, group = '') => {
      const store = await hub.admin.createStore({ code: `${code}-${n}`, name: `店 ${code}`, region: storeRegion, group });
      return { store, ...(await enrollDevice(hub, store.code)) };
    };
    const w = await hub.admin.createStore({ code: `W-${n}`, name: '西店', region: west });
    const b = await make('B', east, '加盟');
    expect((await seen(b.auth)).statusCode).toBe(200); // b: seen at t0 only
    const quiet = await hub.admin.createStore({ code: `C-${n}`, name: '新店', region: east });
    const a = await make('A', east, '直营');
    now += 1000;
    const aSecond = await enrollDevice(hub, a.store.code);
    now = t0 + 4 * MINUTE;
    expect((await seen(a.auth)).statusCode).toBe(200);
    expect((await seen(aSecond.auth)).statusCode).toBe(200);
    await hub.admin.revokeDevice(a.store.code, aSecond.deviceId);
    await backlog(a.store.id, a.deviceId, 5);
    await backlog(a.store.id, aSecond.deviceId, 100); // revoked: not counted in the store's sum
    await session(a.store.id, { id: 'old-live', live: true, startedAt: t0 - DAY }); // never ended (the PC crashed)
    await session(a.store.id, { id: 'on-air', live: true, startedAt: t0, cue: '保温杯讲解', viewers: 321, gmv: 45_600 });
    await session(a.store.id, { id: 'ended', live: false, startedAt: t0 - 2 * DAY });
    await session(b.store.id, { id: 'b-live', live: true, startedAt: t0, viewers: 9 });
    const asOf = now;

    now = t0 + 4 * MINUTE + 30_000;
    const mine = (stores: ConsoleStore[]) => stores.filter((s) => s.region === east || s.region === west);
    const listed = await list(admin);
    expect(listed.hubTime).toBe(now);
    expect(mine(listed.stores).map((s) => s.code)).toEqual([a.store.code, b.store.code, quiet.code, w.code]);
    const byCode = new Map(listed.stores.map((s) => [s.code, s]));
    expect(byCode.get(a.store.code)).toEqual({
      code: a.store.code,
      name: a.store.name,
      region: east,
      group: '直营',
      createdAt: t0,
      devices: [
        {
          deviceId: a.deviceId,
          name: 'Front PC',
          appVersion: '0.1.0',
          enrolledAt: t0,
          lastSeenAt: t0 + 4 * MINUTE,
          revokedAt: null,
          eventsWaiting: 5,
          clockFlagged: false,
        },
        expect.objectContaining({ deviceId: aSecond.deviceId, enrolledAt: t0 + 1000, revokedAt: t0 + 4 * MINUTE, eventsWaiting: 100 }),
      ],
      lastSeenAt: t0 + 4 * MINUTE,
      online: true,
      eventsWaiting: 5,
      live: {
        sessionId: 'on-air',
        showName: '节目 on-air',
        startedAt: t0,
        currentCue: '保温杯讲解',
        viewersOnline: 321,
        gmvFen: 45_600,
        asOf,
      },
    });
    // b's PC last called 4.5 minutes ago: offline, so its "live" session is not shown as on air.
    expect(byCode.get(b.store.code)).toMatchObject({ lastSeenAt: t0, online: false, eventsWaiting: null, live: null });
    expect(byCode.get(quiet.code)).toMatchObject({ devices: [], lastSeenAt: null, online: false, eventsWaiting: null, live: null });

    // A newer session that has ended: nothing is on air, though older ones were never ended.
    await session(a.store.id, { id: 'after', live: false, startedAt: t0 + MINUTE });
    expect((await list(admin)).stores.find((s) => s.code === a.store.code)).toMatchObject({ online: true, live: null });

    now = t0 + 4 * MINUTE + ONLINE_WINDOW_MS + 1;
    expect((await list(admin)).stores.find((s) => s.code === a.store.code)).toMatchObject({ online: false, live: null, eventsWaiting: 5 });
  });

  it('reads a fixed number of queries however many stores there are', async () => {
    const counted = async (regions: string[]) => {
      let queries = 0;
      const db: HubQueryable = {
        query: (sql, params) => {
          queries++;
          return hub.db.query(sql, params);
        },
      };
      const { stores } = await listStores(db, { ...OPERATOR, regions }, now);
      return { stores: stores.length, queries };
    };
    const [few, many] = [region(), region()];
    await enrolledStore(hub, { region: few });
    for (let i = 0; i < 12; i++) await enrolledStore(hub, { region: many });
    const small = await counted([few]);
    const large = await counted([many]);
    expect([small.stores, large.stores]).toEqual([1, 12]);
    expect(large.queries).toBe(small.queries);
  });

  it('keeps a regional producer to its regions: it lists, creates and enrolls only there', async () => {
    const [mine, other] = [region(), region()];
    const inside = await enrolledStore(hub, { region: mine });
    const outside = await enrolledStore(hub, { region: other });
    const producer = await signedIn(hub, 'producer', [mine]);
    expect((await list(producer)).stores.map((s) => s.code)).toEqual([inside.store.code]);

    const create = (body: object) => asAccount(hub, producer, { method: 'POST', url: '/v1/stores', payload: body });
    const refusedOutside = refusal(await create({ code: `X-${n}`, name: '外区店', region: other }));
    expect(refusedOutside).toMatchObject({ status: 403, code: 'FORBIDDEN' });
    expect(refusedOutside.message).toContain(other);
    expect(refusal(await create({ code: `X-${n}`, name: '无区店' }))).toMatchObject({
      status: 403,
      code: 'FORBIDDEN',
      message: expect.stringContaining('without a region'),
    });
    const created = ok(await create({ code: ` N-${n} `, name: ' 新开店 ', region: mine, group: '直营' }), ConsoleStore);
    expect(created).toEqual({
      code: `N-${n}`,
      name: '新开店',
      region: mine,
      group: '直营',
      createdAt: now,
      devices: [],
      lastSeenAt: null,
      online: false,
      eventsWaiting: null,
      live: null,
    });
    // The operator's CLI creates stores through the same function, under the same rules.
    await expect(hub.admin.createStore({ code: `N-${n}`, name: '重复' })).rejects.toMatchObject({ code: 'CONFLICT' });
    const taken = refusal(await create({ code: `N-${n}`, name: '重复', region: mine }));
    expect(taken).toMatchObject({ status: 409, code: 'CONFLICT', message: expect.stringContaining(`N-${n}`) });
    const bad = await create({ code: 'has space', name: '店', region: mine });
    expect(refusal(bad)).toMatchObject({ status: 400, code: 'INVALID_PAYLOAD' });
    expect(bad.json().error.path).toEqual(['body', 'code']);

    const enrollOutside = asAccount(hub, producer, {
      method: 'POST',
      url: `/v1/stores/${outside.store.code}/enrollment-codes`,
      payload: {},
    });
    expect(refusal(await enrollOutside)).toMatchObject({ status: 403, code: 'FORBIDDEN' });
    const revokeOutside = asAccount(hub, producer, {
      method: 'POST',
      url: `/v1/stores/${outside.store.code}/devices/${outside.deviceId}/revoke`,
    });
    expect(refusal(await revokeOutside)).toMatchObject({ status: 403, code: 'FORBIDDEN' });
    expect((await seen(outside.auth)).statusCode).toBe(200);
  });

  it('refuses a viewer creating, enrolling or revoking', async () => {
    const s = await enrolledStore(hub, { region: region() });
    const viewer = await signedIn(hub, 'viewer');
    expect((await list(viewer)).stores.some((x) => x.code === s.store.code)).toBe(true);
    const attempts = [
      { method: 'POST' as const, url: '/v1/stores', payload: { code: `V-${n}`, name: '店' } },
      { method: 'POST' as const, url: `/v1/stores/${s.store.code}/enrollment-codes`, payload: {} },
      { method: 'POST' as const, url: `/v1/stores/${s.store.code}/devices/${s.deviceId}/revoke` },
    ];
    for (const attempt of attempts)
      expect(refusal(await asAccount(hub, viewer, attempt))).toMatchObject({ status: 403, code: 'FORBIDDEN' });
    expect(await hub.db.query('SELECT 1 FROM stores WHERE code = $1', [`V-${n}`])).toEqual([]);
    expect((await seen(s.auth)).statusCode).toBe(200);
  });

  it('issues a one-time code with its QR code and the requested lifetime', async () => {
    const store = await hub.admin.createStore({ code: `Q-${++n}`, name: '扫码店', region: region() });
    const producer = await signedIn(hub, 'producer');
    const issue = (payload: object) =>
      asAccount(hub, producer, { method: 'POST', url: `/v1/stores/${store.code}/enrollment-codes`, payload });
    const issued = ok(await issue({ ttlDays: 3 }), EnrollmentCodeResponse);
    expect(issued.code).toMatch(/^[2-9A-Z]{5}-[2-9A-Z]{5}$/);
    expect(issued.expiresAt).toBe(now + 3 * DAY);
    expect(issued.qrSvg).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"[\s\S]*<\/svg>\s*$/);
    expect(ok(await issue({}), EnrollmentCodeResponse).expiresAt).toBe(now + 7 * DAY);
    expect(refusal(await issue({ ttlDays: 0 }))).toMatchObject({ status: 400, code: 'INVALID_PAYLOAD' });
    const missing = asAccount(hub, producer, { method: 'POST', url: '/v1/stores/NO-SUCH/enrollment-codes', payload: {} });
    expect(refusal(await missing)).toMatchObject({ status: 404, code: 'NOT_FOUND' });

    const enroll = () =>
      hub.app.inject({
        method: 'POST',
        url: '/v1/enroll',
        payload: { code: issued.code, deviceName: '收银台', appVersion: '0.2.0', localDeviceId: 'l' },
      });
    expect(ok(await enroll(), EnrollResponse).store.code).toBe(store.code);
    expect(refusal(await enroll())).toMatchObject({ code: 'ENROLLMENT_CODE_INVALID' });
  });

  it('revokes a device of the store once: the device is then refused, and revoking again answers the first time', async () => {
    const s = await enrolledStore(hub, { region: region() });
    const other = await enrolledStore(hub);
    const producer = await signedIn(hub, 'producer');
    const revoke = (storeCode: string, deviceId: string) =>
      asAccount(hub, producer, { method: 'POST', url: `/v1/stores/${storeCode}/devices/${deviceId}/revoke` });
    expect(refusal(await revoke(s.store.code, other.deviceId))).toMatchObject({ status: 404, code: 'NOT_FOUND' });
    expect((await seen(other.auth)).statusCode).toBe(200);

    const revokedAt = now;
    expect((await revoke(s.store.code, s.deviceId)).json()).toEqual({ revokedAt });
    expect(refusal(await seen(s.auth))).toMatchObject({ status: 401, code: 'DEVICE_REVOKED' });
    now += MINUTE;
    expect((await revoke(s.store.code, s.deviceId)).json()).toEqual({ revokedAt });
    expect(await hub.admin.revokeDevice(s.store.code, s.deviceId)).toBe(revokedAt);
    const listed = (await list(producer)).stores.find((x) => x.code === s.store.code);
    expect(listed?.devices).toEqual([expect.objectContaining({ deviceId: s.deviceId, revokedAt })]);
  });
});
