import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/backend/createBackend';
import type { Hub } from '../../hub/createHub';
import type { Show } from '../../shared/domain/catalog/show';
import type { SyncStatus } from '../../shared/domain/sync/syncStatus';
import { makePng } from '../support/backend/testPackages';
import { call, enrollStore, refusal, startHub, storeBackend, syncNow, tempDir } from './syncKit';

let hub: Hub;
let url: string;
let producer: Backend;
let store: Backend;
let storeDir: string;
let deviceId: string;
const imageRequests: string[] = [];

beforeAll(async () => {
  ({ hub, url } = await startHub());
  await hub.admin.createAccount({ username: 'hq', password: 'correct horse', displayName: '总部', role: 'producer' });
  producer = await storeBackend(tempDir('producer'));
  storeDir = tempDir('store');
  // Counts image downloads: content-addressed, each image comes down once.
  const counting: typeof fetch = (input, init) => {
    if (String(input).includes('/v1/images/')) imageRequests.push(String(input));
    return fetch(input, init);
  };
  store = await storeBackend(storeDir, { http: { fetch: counting } });
  ({ deviceId } = await enrollStore(hub, url, store, { region: '华东' }));
}, 60_000);

afterAll(async () => {
  await Promise.all([producer.close(), store.close()]);
  await hub.close();
});

async function fromHeadOffice(): Promise<Show[]> {
  const page = await call<{ items: Show[] }>(store, 'show.list', { limit: 100, offset: 0 });
  return page.items.filter((s) => s.origin !== null);
}

async function deliveries(publicationId: number) {
  return hub.db.query<{ status: string; reason: string | null }>(
    'SELECT status, reason FROM deliveries WHERE publication_id = $1 AND device_id = $2',
    [publicationId, deviceId],
  );
}

describe('publications from head office', () => {
  let producerShowId: string;

  it('a producer signs in and publishes a show with its product and image; the store applies it read-only', async () => {
    expect(await refusal(producer, 'sync.producerSignIn', { hubUrl: url, username: 'hq', password: 'wrong password' })).toMatchObject({
      code: 'CONFLICT',
      reason: 'SIGN_IN_FAILED',
    });
    const signedIn = await call<SyncStatus>(producer, 'sync.producerSignIn', { hubUrl: url, username: 'hq', password: 'correct horse' });
    expect(signedIn.producer).toMatchObject({ username: 'hq', role: 'producer', hubUrl: url });
    expect(await call(producer, 'sync.targets')).toMatchObject({ regions: expect.arrayContaining([{ region: '华东', storeCount: 1 }]) });

    const image = await call<{ hash: string }>(producer, 'image.store', { dataBase64: makePng(200, 10, 10).toString('base64') });
    const product = await call<{ id: string }>(producer, 'product.create', { sku: 'SKU-1', title: '保温杯', images: [image.hash] });
    const show = await call<Show>(producer, 'show.create', { name: '早场' });
    producerShowId = show.id;
    await call(producer, 'cue.insert', { showId: show.id, type: 'product', config: { productId: product.id } });
    const published = await call<{ publicationId: number; version: number }>(producer, 'sync.publishShow', {
      showId: show.id,
      target: { kind: 'region', region: '华东' },
    });
    expect(published.version).toBe(1);

    expect(await syncNow(store)).toMatchObject({ state: 'synced', publications: { received: 0, deferred: 0, failed: 0 } });
    const [received] = await fromHeadOffice();
    expect(received).toMatchObject({
      name: '早场',
      cueCount: 1,
      origin: { key: producerShowId, publicationId: published.publicationId, version: 1 },
    });
    expect(imageRequests).toHaveLength(1);
    expect(await deliveries(published.publicationId)).toEqual([{ status: 'applied', reason: null }]);
    const products = await call<{ items: { sku: string; images: string[] }[] }>(store, 'product.list', { limit: 10, offset: 0 });
    expect(products.items).toEqual([expect.objectContaining({ sku: 'SKU-1', images: [image.hash] })]);

    // Read-only here; a duplicate is the store's own.
    const id = received?.id as string;
    const refused = await refusal(store, 'show.update', { id, name: '改名' });
    expect(refused).toMatchObject({ code: 'CONFLICT', reason: 'FROM_HEAD_OFFICE' });
    expect(refused.message).toMatch(/duplicate/);
    expect(await refusal(store, 'show.delete', { id })).toMatchObject({ reason: 'FROM_HEAD_OFFICE' });
    expect(await refusal(store, 'cue.insert', { showId: id, type: 'note', config: { text: 'x' } })).toMatchObject({
      reason: 'FROM_HEAD_OFFICE',
    });
    const copy = await call<Show>(store, 'show.duplicate', { id });
    expect(copy.origin).toBeNull();
    expect(await call<Show>(store, 'show.update', { id: copy.id, name: '我的早场' })).toMatchObject({ name: '我的早场' });
  }, 30_000);

  it('a newer version waits while its show is live, replaces the copy when the session ends, and images are not fetched again', async () => {
    const [current] = await fromHeadOffice();
    const liveShowId = current?.id as string;
    // Really live: the session service's own go-live (no OBS outputs chosen).
    const live = await call<{ sessionId: string }>(store, 'session.start', { showId: liveShowId });

    await call(producer, 'cue.insert', { showId: producerShowId, type: 'note', config: { text: '开场白' } });
    const v2 = await call<{ publicationId: number; version: number }>(producer, 'sync.publishShow', {
      showId: producerShowId,
      target: { kind: 'all' },
    });
    expect(v2.version).toBe(2);

    expect(await syncNow(store)).toMatchObject({ publications: { deferred: 1 } });
    expect(await fromHeadOffice()).toEqual([
      expect.objectContaining({ id: liveShowId, cueCount: 1, origin: expect.objectContaining({ version: 1 }) }),
    ]);
    const [deferred] = await deliveries(v2.publicationId);
    expect(deferred?.status).toBe('deferred');
    expect(deferred?.reason).toMatch(/live/);

    await call(store, 'session.command', { sessionId: live.sessionId, command: { type: 'end' } });
    expect(await syncNow(store)).toMatchObject({ state: 'synced', publications: { received: 0, deferred: 0, failed: 0 } });
    const after = await fromHeadOffice();
    expect(after).toEqual([expect.objectContaining({ name: '早场', cueCount: 2, origin: expect.objectContaining({ version: 2 }) })]);
    expect(await deliveries(v2.publicationId)).toEqual([{ status: 'applied', reason: null }]);
    expect(imageRequests).toHaveLength(1);
  }, 30_000);

  it('catalog and coupon publications upsert products by SKU and update the same coupons on a new version', async () => {
    const login = await hub.app.inject({ method: 'POST', url: '/v1/auth/login', payload: { username: 'hq', password: 'correct horse' } });
    const authorization = `Bearer ${(login.json() as { token: string }).token}`;
    const publish = async (kind: 'catalog' | 'coupons', entries: Record<string, unknown>) => {
      const content = { entries: Object.fromEntries(Object.entries(entries).map(([k, v]) => [k, JSON.stringify(v)])), images: [] };
      const res = await hub.app.inject({
        method: 'POST',
        url: '/v1/publications',
        headers: { authorization },
        payload: { kind, key: kind, title: kind, target: { kind: 'all' }, content },
      });
      expect(res.statusCode).toBe(200);
    };
    const cup = { id: randomUUID(), sku: 'SKU-1', title: '保温杯 2代' };
    const coupon = (name: string) => ({
      id: couponId,
      name,
      type: 'direct',
      value: 500,
      thresholdFen: null,
      quantity: 100,
      perBuyerLimit: 1,
      startsAt: 1_700_000_000_000,
      endsAt: 1_900_000_000_000,
      productIds: [cup.id],
    });
    const couponId = randomUUID();

    await publish('catalog', { 'products.json': { products: [cup, { id: randomUUID(), sku: 'SKU-2', title: '茶具' }] } });
    await publish('coupons', { 'products.json': { products: [cup] }, 'coupons.json': { coupons: [coupon('立减5元')] } });
    expect(await syncNow(store)).toMatchObject({ state: 'synced', publications: { received: 0, deferred: 0, failed: 0 } });
    const products = await call<{ items: { id: string; sku: string; title: string }[] }>(store, 'product.list', { limit: 10, offset: 0 });
    expect(products.items.map((p) => [p.sku, p.title]).sort()).toEqual([
      ['SKU-1', '保温杯 2代'],
      ['SKU-2', '茶具'],
    ]);
    const coupons = await call<{ items: { id: string; name: string; productIds: string[] }[] }>(store, 'coupon.list', {
      limit: 10,
      offset: 0,
    });
    const localCup = products.items.find((p) => p.sku === 'SKU-1')?.id;
    expect(coupons.items).toEqual([expect.objectContaining({ name: '立减5元', productIds: [localCup] })]);

    await publish('coupons', { 'products.json': { products: [cup] }, 'coupons.json': { coupons: [coupon('立减5元 (新)')] } });
    await syncNow(store);
    const updated = await call<{ items: { id: string; name: string }[] }>(store, 'coupon.list', { limit: 10, offset: 0 });
    expect(updated.items).toEqual([expect.objectContaining({ id: coupons.items[0]?.id, name: '立减5元 (新)' })]);
  }, 30_000);

  it('a publication this PC cannot apply is failed with the reason, reported, and does not stop the others', async () => {
    const login = await hub.app.inject({ method: 'POST', url: '/v1/auth/login', payload: { username: 'hq', password: 'correct horse' } });
    const res = await hub.app.inject({
      method: 'POST',
      url: '/v1/publications',
      headers: { authorization: `Bearer ${(login.json() as { token: string }).token}` },
      payload: {
        kind: 'catalog',
        key: 'catalog',
        title: '坏目录',
        target: { kind: 'all' },
        content: { entries: { 'products.json': '{"products": [{"sku": ""}]}' }, images: [] },
      },
    });
    const { publicationId } = res.json() as { publicationId: number };
    const after = await syncNow(store);
    expect(after).toMatchObject({ state: 'synced', publications: { failed: 1 } });
    const [delivery] = await deliveries(publicationId);
    expect(delivery?.status).toBe('failed');
    expect(delivery?.reason).toMatch(/products\.json/);
  }, 30_000);

  it('a show whose image the hub refuses fails with the reason; the store keeps syncing', async () => {
    // Stands in for a hub that lost an image: its answer for images is a NOT_FOUND refusal.
    const refusingImages: typeof fetch = (input, init) =>
      String(input).includes('/v1/images/')
        ? Promise.resolve(Response.json({ error: { code: 'NOT_FOUND', message: 'no such image' } }, { status: 404 }))
        : fetch(input, init);
    const other = await storeBackend(tempDir('store'), { http: { fetch: refusingImages } });
    const { deviceId: otherDevice } = await enrollStore(hub, url, other, { region: '华东' });
    const after = await syncNow(other);
    expect(after.state).toBe('synced');
    expect(after.publications.failed).toBeGreaterThanOrEqual(2);
    const failed = await hub.db.query<{ reason: string | null }>(
      "SELECT d.reason FROM deliveries d JOIN publications p ON p.id = d.publication_id WHERE d.device_id = $1 AND p.kind = 'show' AND d.status = 'failed'",
      [otherDevice],
    );
    expect(failed).toHaveLength(2);
    for (const f of failed) expect(f.reason).toMatch(/no such image/);
    await other.close();
  }, 30_000);
});

describe('publishing the catalog and coupons from the producer’s LiveCue', () => {
  it('sync.publishCatalog and sync.publishCoupons reach a store in the target region, images and links included', async () => {
    const image = await call<{ hash: string }>(producer, 'image.store', { dataBase64: makePng(90, 12, 12).toString('base64') });
    const kettle = await call<{ id: string }>(producer, 'product.create', { sku: 'SKU-KETTLE', title: '电水壶', images: [image.hash] });
    await call(producer, 'coupon.create', {
      name: '水壶立减20',
      type: 'direct',
      value: 2000,
      thresholdFen: null,
      quantity: 50,
      perBuyerLimit: 1,
      startsAt: 1_700_000_000_000,
      endsAt: 1_900_000_000_000,
      productIds: [kettle.id],
    });
    const other = await storeBackend(tempDir('store'));
    await enrollStore(hub, url, other, { region: '华南' });

    const catalog = await call<{ version: number; storeCount: number }>(producer, 'sync.publishCatalog', {
      target: { kind: 'region', region: '华东' },
    });
    const coupons = await call<{ version: number }>(producer, 'sync.publishCoupons', { target: { kind: 'region', region: '华东' } });
    expect(catalog.storeCount).toBeGreaterThanOrEqual(1);
    expect(coupons.version).toBeGreaterThanOrEqual(1);
    await syncNow(store);
    await syncNow(other);

    const storeProducts = await call<{ items: { id: string; sku: string; images: string[] }[] }>(store, 'product.list', {
      limit: 100,
      offset: 0,
    });
    const localKettle = storeProducts.items.find((p) => p.sku === 'SKU-KETTLE');
    expect(localKettle?.images).toEqual([image.hash]);
    expect(await call(store, 'image.get', { hash: image.hash })).toBeTruthy();
    const storeCoupons = await call<{ items: { name: string; productIds: string[] }[] }>(store, 'coupon.list', { limit: 100, offset: 0 });
    expect(storeCoupons.items).toContainEqual(expect.objectContaining({ name: '水壶立减20', productIds: [localKettle?.id] }));
    // A store in another region receives neither.
    const otherProducts = await call<{ items: { sku: string }[] }>(other, 'product.list', { limit: 100, offset: 0 });
    expect(otherProducts.items.map((p) => p.sku)).not.toContain('SKU-KETTLE');
    await other.close();
  }, 30_000);

  it('publishing an empty catalog is refused with a reason, nothing sent', async () => {
    const empty = await storeBackend(tempDir('producer'));
    await call(empty, 'sync.producerSignIn', { hubUrl: url, username: 'hq', password: 'correct horse' });
    expect(await refusal(empty, 'sync.publishCoupons', { target: { kind: 'all' } })).toMatchObject({ reason: 'NOTHING_TO_PUBLISH' });
    await empty.close();
  }, 30_000);
});

describe('signing in from the producer’s LiveCue', () => {
  it('too many failed sign-ins are refused as SIGN_IN_LIMITED at the password, the right password included', async () => {
    await hub.admin.createAccount({ username: 'guessed', password: 'right password', role: 'producer' });
    const signIn = (password: string) => refusal(producer, 'sync.producerSignIn', { hubUrl: url, username: 'guessed', password });
    for (let i = 0; i < 10; i++) expect(await signIn(`guess ${i}`)).toMatchObject({ reason: 'SIGN_IN_FAILED' });
    expect(await signIn('right password')).toMatchObject({ code: 'CONFLICT', reason: 'SIGN_IN_LIMITED', path: ['password'] });
  }, 30_000);
});
