import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PublicationStoresResponse, PublicationsStatusResponse } from '../../shared/api/hub/hubConsole';
import { PublishResponse } from '../../shared/api/hub/hubPublications';
import { hubBackends, stopHubBackends } from '../../test/helpers/hubBackends';
import { type Auth, asAccount, signedIn } from '../../test/support/hub/consoleTestKit';
import { enrollDevice, ok, refusal } from '../../test/support/hub/hubTestKit';
import { createHub, type Hub } from '../createHub';

afterAll(stopHubBackends);

type Status = 'received' | 'applied' | 'deferred' | 'failed';

describe.each(hubBackends())('publications status on $name', (backend) => {
  let hub: Hub;
  let admin: Auth;
  let n = 0;
  let keys = 0;
  beforeAll(async () => {
    hub = await createHub({ database: await backend.database(), reportRefreshMs: null });
    admin = await signedIn(hub, 'admin');
  }, 60_000);
  afterAll(() => hub?.close());

  const publish = async (target: object) =>
    ok(
      await asAccount(hub, admin, {
        method: 'POST',
        url: '/v1/publications',
        payload: {
          kind: 'show',
          key: `show-${++keys}`,
          title: `节目 ${keys}`,
          target,
          content: { entries: { 'show.json': '{}' }, images: [] },
        },
      }),
      PublishResponse,
    ).publicationId;
  const store = async (code: string, region: string, group: string) => {
    await hub.admin.createStore({ code, name: `店 ${code}`, region, group });
    return enrollDevice(hub, code);
  };
  const report = async (device: Auth, publicationId: number, status: Status, at: number, reason: string | null = null) => {
    const res = await hub.app.inject({
      method: 'POST',
      url: '/v1/deliveries',
      headers: device,
      payload: { reports: [{ publicationId, status, reason, at }] },
    });
    expect(res.json()).toEqual({ recorded: 1 });
  };
  const statusList = async (auth: Auth) => ok(await asAccount(hub, auth, { url: '/v1/publications/status' }), PublicationsStatusResponse);
  const storesOf = (auth: Auth, id: number) => asAccount(hub, auth, { url: `/v1/publications/${id}/stores` });

  it('counts target stores by their latest report over their devices: applied, failed, deferred, and silent ones waiting', async () => {
    const t = ++n;
    const [east, south, group] = [`华东-${t}`, `华南-${t}`, `直营-${t}`];
    const applied = await store(`A-${t}`, east, group);
    const appliedSecondPc = await enrollDevice(hub, `A-${t}`);
    const failed = await store(`B-${t}`, east, group);
    const deferred = await store(`C-${t}`, east, group);
    await store(`D-${t}`, east, group); // silent
    const elsewhere = await store(`E-${t}`, south, group);
    const toGroup = await publish({ kind: 'group', group });
    const toSouth = await publish({ kind: 'region', region: south });

    await report(applied.auth, toGroup, 'received', 10);
    await report(appliedSecondPc.auth, toGroup, 'applied', 20); // the other PC's later report is the store's
    await report(failed.auth, toGroup, 'failed', 10, '图片下载失败');
    await report(deferred.auth, toGroup, 'received', 10);
    await report(deferred.auth, toGroup, 'deferred', 30, '直播中');
    await report(elsewhere.auth, toGroup, 'applied', 10);
    await report(elsewhere.auth, toSouth, 'applied', 10);

    const counts = { received: 0, applied: 2, deferred: 1, failed: 1, waiting: 1 };
    const all = (await statusList(admin)).publications;
    expect(all.slice(0, 2).map((p) => p.id)).toEqual([toSouth, toGroup]);
    expect(all[1]).toEqual({
      id: toGroup,
      kind: 'show',
      key: `show-${keys - 1}`,
      version: 1,
      title: `节目 ${keys - 1}`,
      target: { kind: 'group', group },
      publishedAt: expect.any(Number),
      publishedBy: expect.any(String),
      storeCount: 5,
      ...counts,
    });
    expect(all[0]).toMatchObject({ target: { kind: 'region', region: south }, storeCount: 1, applied: 1, waiting: 0 });

    const regional = await signedIn(hub, 'producer', [east]);
    const seen = (await statusList(regional)).publications;
    expect(seen.map((p) => p.id)).toEqual([toGroup]);
    expect(seen[0]).toMatchObject({ storeCount: 4, ...counts, applied: 1 });

    const row = (code: string, status: Status | null, reason: string | null, at: number | null) => ({
      storeCode: code,
      storeName: `店 ${code}`,
      region: east,
      group,
      status,
      reason,
      at,
    });
    expect(ok(await storesOf(regional, toGroup), PublicationStoresResponse).stores).toEqual([
      row(`A-${t}`, 'applied', null, 20),
      row(`B-${t}`, 'failed', '图片下载失败', 10),
      row(`C-${t}`, 'deferred', '直播中', 30),
      row(`D-${t}`, null, null, null),
    ]);
    expect(ok(await storesOf(admin, toGroup), PublicationStoresResponse).stores.map((s) => s.storeCode)).toEqual([
      `A-${t}`,
      `B-${t}`,
      `C-${t}`,
      `D-${t}`,
      `E-${t}`,
    ]);
    expect(refusal(await storesOf(regional, toSouth))).toMatchObject({ status: 403, code: 'FORBIDDEN' });
    expect(refusal(await storesOf(admin, 9_999_999))).toMatchObject({ status: 404, code: 'NOT_FOUND' });
  });

  it('leaves a revoked PC’s reports out of its store’s status', async () => {
    const t = ++n;
    const code = `R-${t}`;
    const working = await store(code, `华北-${t}`, '');
    const revoked = await enrollDevice(hub, code);
    const toStore = await publish({ kind: 'store', storeCode: code });
    await report(working.auth, toStore, 'applied', 10);
    await report(revoked.auth, toStore, 'failed', 50, '磁盘已满');
    expect((await statusList(admin)).publications.find((p) => p.id === toStore)).toMatchObject({ applied: 0, failed: 1 });
    await hub.admin.revokeDevice(code, revoked.deviceId);
    expect((await statusList(admin)).publications.find((p) => p.id === toStore)).toMatchObject({ applied: 1, failed: 0 });
    expect(ok(await storesOf(admin, toStore), PublicationStoresResponse).stores).toMatchObject([{ storeCode: code, status: 'applied' }]);
  });

  it('lists the newest 200 publications, newest first', async () => {
    await hub.db.query(
      `INSERT INTO publications (kind, key, version, title, target_kind, target_value, content, published_at, published_by)
       SELECT 'catalog', 'bulk-' || i, 1, 'bulk', 'all', NULL, '{}'::jsonb, i, 'hq' FROM generate_series(1, 205) AS i`,
    );
    const [newest] = await hub.db.query<{ id: number }>('SELECT max(id) AS id FROM publications');
    const ids = (await statusList(admin)).publications.map((p) => p.id);
    expect(ids).toHaveLength(200);
    expect(ids[0]).toBe(newest?.id);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
  });
});
