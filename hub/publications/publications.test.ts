import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IngestResponse } from '../../shared/api/hub/hubIngest';
import { LoginResponse, TargetsResponse } from '../../shared/api/hub/hubProducer';
import { PublicationsPage, PublicationsQuery, PublishResponse } from '../../shared/api/hub/hubPublications';
import { hubBackends, stopHubBackends } from '../../test/helpers/hubBackends';
import { enrolledStore, event, ok, refusal } from '../../test/support/hub/hubTestKit';
import { createHub, type Hub } from '../createHub';

afterAll(stopHubBackends);

type Auth = { authorization: string };

const png = (n: number) => {
  const bytes = Buffer.from([0x89, 0x50, 0x4e, 0x47, n]);
  return { bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
};

describe.each(hubBackends())('publications and isolation on $name', (backend) => {
  let hub: Hub;
  let admin: { authorization: string };
  let tag = 0;
  beforeAll(async () => {
    hub = await createHub({ database: await backend.database() });
    await hub.admin.createAccount({ username: 'boss', password: 'correct horse', role: 'admin' });
    admin = await signIn('boss', 'correct horse');
  }, 60_000);
  afterAll(() => hub?.close());

  async function signIn(username: string, password: string) {
    const res = await hub.app.inject({ method: 'POST', url: '/v1/auth/login', payload: { username, password } });
    return { authorization: `Bearer ${ok(res, LoginResponse).token}` };
  }
  const upload = (auth: Auth, image: ReturnType<typeof png>) =>
    hub.app.inject({
      method: 'POST',
      url: '/v1/images',
      headers: auth,
      payload: { sha256: image.sha256, mime: 'image/png', base64: image.bytes.toString('base64') },
    });
  const publish = (auth: Auth, target: object, images: string[] = []) =>
    hub.app.inject({
      method: 'POST',
      url: '/v1/publications',
      headers: auth,
      payload: {
        kind: 'show',
        key: `show-${++tag}`,
        title: '春季上新',
        target,
        content: { entries: { 'show.json': '{"id":"x"}' }, images: images.map((sha256) => ({ sha256, mime: 'image/png', bytes: 5 })) },
      },
    });
  const pull = async (auth: Auth, after = 0) =>
    ok(await hub.app.inject({ url: `/v1/publications?after=${after}&limit=50`, headers: auth }), PublicationsPage);

  it('sends a store only what targets it, and its images only to it', async () => {
    const region = `R${++tag}`;
    const a = await enrolledStore(hub, { region, group: `G${tag}` });
    const b = await enrolledStore(hub, { region: `other-${tag}` });
    const image = png(tag);
    expect((await upload(admin, image)).json().created).toBe(true);
    expect((await upload(admin, image)).json().created).toBe(false);
    const toRegion = ok(await publish(admin, { kind: 'region', region }, [image.sha256]), PublishResponse);
    const toStore = ok(await publish(admin, { kind: 'store', storeCode: a.store.code }), PublishResponse);
    expect(toRegion.storeCount).toBe(1);

    const aPage = await pull(a.auth);
    expect(aPage.publications.map((p) => p.id)).toEqual(expect.arrayContaining([toRegion.publicationId, toStore.publicationId]));
    const bIds = (await pull(b.auth)).publications.map((p) => p.id);
    expect(bIds).not.toContain(toRegion.publicationId);
    expect(bIds).not.toContain(toStore.publicationId);

    const imageUrl = `/v1/images/${image.sha256}`;
    const got = await hub.app.inject({ url: imageUrl, headers: a.auth });
    expect([got.statusCode, got.headers['content-type'], got.rawPayload.equals(image.bytes)]).toEqual([200, 'image/png', true]);
    expect(refusal(await hub.app.inject({ url: imageUrl, headers: b.auth }))).toMatchObject({ status: 404, code: 'NOT_FOUND' });
    expect((await hub.app.inject({ url: imageUrl, headers: admin })).rawPayload.equals(image.bytes)).toBe(true);

    const report = (auth: Auth, publicationId: number) =>
      hub.app.inject({
        method: 'POST',
        url: '/v1/deliveries',
        headers: auth,
        payload: { reports: [{ publicationId, status: 'applied', reason: null, at: 1 }] },
      });
    expect((await report(a.auth, toStore.publicationId)).json()).toEqual({ recorded: 1 });
    expect(refusal(await report(b.auth, toStore.publicationId))).toMatchObject({ status: 403, code: 'FORBIDDEN' });
    const deliveries = await hub.db.query<{ store_id: string; status: string }>(
      'SELECT store_id, status FROM deliveries WHERE publication_id = $1',
      [toStore.publicationId],
    );
    expect(deliveries).toEqual([{ store_id: a.store.id, status: 'applied' }]);
  });

  it('pages a store’s publications oldest first by cursor', async () => {
    const group = `page-${++tag}`;
    const s = await enrolledStore(hub, { group });
    const ids: number[] = [];
    for (let i = 0; i < 3; i++) ids.push(ok(await publish(admin, { kind: 'group', group }), PublishResponse).publicationId);
    const start = Math.min(...ids) - 1;
    const first = ok(await hub.app.inject({ url: `/v1/publications?after=${start}&limit=2`, headers: s.auth }), PublicationsPage);
    expect(first.publications.map((p) => p.id)).toEqual(ids.slice(0, 2));
    expect(first.more).toBe(true);
    const rest = ok(await hub.app.inject({ url: `/v1/publications?after=${first.cursor}&limit=2`, headers: s.auth }), PublicationsPage);
    expect(rest.publications.map((p) => p.id)).toEqual(ids.slice(2));
    expect(rest.cursor).toBe(ids[2]);
  });

  it('versions a key, and refuses a publication naming an image the hub lacks', async () => {
    const first = ok(await publish(admin, { kind: 'all' }), PublishResponse);
    const again = await hub.app.inject({
      method: 'POST',
      url: '/v1/publications',
      headers: admin,
      payload: { kind: 'show', key: `show-${tag}`, title: 'v2', target: { kind: 'all' }, content: { entries: {}, images: [] } },
    });
    expect(ok(again, PublishResponse).version).toBe(first.version + 1);
    const missing = png(200).sha256;
    const refused = refusal(await publish(admin, { kind: 'all' }, [missing]));
    expect(refused).toMatchObject({ status: 409, code: 'CONFLICT' });
    expect(refused.message).toContain(missing);
  });

  it('refuses an image whose bytes do not hash to the claimed SHA-256', async () => {
    const res = await hub.app.inject({
      method: 'POST',
      url: '/v1/images',
      headers: admin,
      payload: { sha256: png(1).sha256, mime: 'image/png', base64: Buffer.from('other').toString('base64') },
    });
    expect(refusal(res)).toMatchObject({ status: 400, code: 'INVALID_PAYLOAD' });
  });

  it('keeps a producer inside its regions and a viewer from publishing', async () => {
    const n = ++tag;
    const east = `华东-${n}`;
    await enrolledStore(hub, { region: east });
    await hub.admin.createAccount({ username: `east${n}`, password: 'password1', role: 'producer', regions: [east] });
    await hub.admin.createAccount({ username: `view${n}`, password: 'password1', role: 'viewer' });
    const producer = await signIn(`east${n}`, 'password1');
    expect(ok(await publish(producer, { kind: 'region', region: east }), PublishResponse).storeCount).toBe(1);
    expect(refusal(await publish(producer, { kind: 'all' }))).toMatchObject({ status: 403, code: 'FORBIDDEN' });
    expect(refusal(await publish(producer, { kind: 'region', region: '华南' }))).toMatchObject({ status: 403, code: 'FORBIDDEN' });
    const targets = ok(await hub.app.inject({ url: '/v1/targets', headers: producer }), TargetsResponse);
    expect(targets).toEqual({ storeCount: 1, regions: [{ region: east, storeCount: 1 }], groups: [] });
    const viewer = await signIn(`view${n}`, 'password1');
    expect(refusal(await publish(viewer, { kind: 'all' }))).toMatchObject({ status: 403, code: 'FORBIDDEN' });
    expect(
      refusal(await hub.app.inject({ method: 'POST', url: '/v1/auth/login', payload: { username: `east${n}`, password: 'nope' } })),
    ).toMatchObject({
      status: 401,
      code: 'UNAUTHENTICATED',
    });
  });

  it('tells stores who published by the account’s display name, the name the store shows', async () => {
    const n = ++tag;
    const store = await enrolledStore(hub);
    await hub.admin.createAccount({ username: `lin${n}`, displayName: '林晓', password: 'password1', role: 'producer' });
    const sent = ok(await publish(await signIn(`lin${n}`, 'password1'), { kind: 'store', storeCode: store.store.code }), PublishResponse);
    const received = (await pull(store.auth)).publications.find((p) => p.id === sent.publicationId);
    expect(received?.publishedBy).toBe('林晓');
  });

  it('notes the events a store says are waiting when it pulls, the latest word kept', async () => {
    const s = await enrolledStore(hub);
    const backlog = () => hub.db.query('SELECT events_waiting FROM device_backlog WHERE device_id = $1', [s.deviceId]);
    const pullWith = (query: string) => hub.app.inject({ url: `/v1/publications?after=0&${query}`, headers: s.auth });
    ok(await pullWith('waiting=12'), PublicationsPage);
    expect(await backlog()).toEqual([{ events_waiting: 12 }]);
    ok(await pullWith('limit=5'), PublicationsPage); // an older store says nothing: what it said last stands
    expect(await backlog()).toEqual([{ events_waiting: 12 }]);
    ok(await pullWith('waiting=0'), PublicationsPage);
    expect(await backlog()).toEqual([{ events_waiting: 0 }]);
    for (const bad of ['waiting=-1', 'waiting=2.5', 'waiting=many']) {
      const res = await pullWith(bad);
      expect(refusal(res)).toMatchObject({ status: 400, code: 'INVALID_PAYLOAD' });
      expect(res.json().error.path).toEqual(['query', 'waiting']);
    }
    expect(await backlog()).toEqual([{ events_waiting: 0 }]);
  });

  it('answers a pull carrying query keys it does not know, as an older hub answers a newer store', async () => {
    const s = await enrolledStore(hub);
    ok(await hub.app.inject({ url: '/v1/publications?after=0&waiting=3&sentBy=2027', headers: s.auth }), PublicationsPage);
    // An older hub's query had no `waiting`: it strips the key rather than refusing the pull.
    expect(PublicationsQuery.omit({ waiting: true }).parse({ after: '4', waiting: '3' })).toEqual({ after: 4, limit: 10 });
  });

  it('files a device’s events under its own store whatever it claims, and tells a revoked device so everywhere', async () => {
    const a = await enrolledStore(hub);
    const b = await enrolledStore(hub);
    const sent = await hub.app.inject({
      method: 'POST',
      url: '/v1/events',
      headers: a.auth,
      payload: { epoch: 1, epochStart: 1, sentAt: Date.now(), events: [event(1, { payload: { storeId: b.store.id } })] },
    });
    expect(ok(sent, IngestResponse).inserted).toBe(1);
    const rows = await hub.db.query<{ store_id: string }>('SELECT store_id FROM events WHERE device_id = $1', [a.deviceId]);
    expect(rows).toEqual([{ store_id: a.store.id }]);

    await hub.admin.revokeDevice(a.store.code, a.deviceId);
    const calls = [
      { url: '/v1/device' },
      { url: '/v1/publications' },
      { url: `/v1/images/${png(1).sha256}` },
      { method: 'POST' as const, url: '/v1/events', payload: { epoch: 1, epochStart: 1, sentAt: 0, events: [event(2)] } },
      {
        method: 'POST' as const,
        url: '/v1/deliveries',
        payload: { reports: [{ publicationId: 1, status: 'received', reason: null, at: 0 }] },
      },
    ];
    for (const call of calls) {
      expect(refusal(await hub.app.inject({ ...call, headers: a.auth }))).toMatchObject({ status: 401, code: 'DEVICE_REVOKED' });
    }
    expect((await hub.admin.listDevices(a.store.code))[0]?.revokedAt).toEqual(expect.any(Number));
  });
});
