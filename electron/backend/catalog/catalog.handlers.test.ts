import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { TINY_PNG } from '../../../test/support/backend/catalogTestContext';
import { type Backend, createBackend } from '../createBackend';

let backend: Backend | undefined;
async function start() {
  backend = await createBackend({ dataDir: mkdtempSync(path.join(tmpdir(), 'livecue-api-')), appVersion: '1', host: 'serve' });
  return backend;
}
afterEach(async () => backend?.close());

describe('catalog through the typed API', () => {
  it('round-trips a product and names the field on bad input', async () => {
    const api = await start();
    const created = await api.dispatch('product.create', {
      sku: 'A-1',
      title: '口红',
      livePriceFen: 9_900,
      platformIds: { douyin: '358' },
    });
    expect(created).toMatchObject({ ok: true, value: { sku: 'A-1', livePriceFen: 9_900, listPriceFen: null } });
    if (!created.ok) return;
    const id = (created.value as { id: string }).id;
    expect(await api.dispatch('product.get', { id })).toEqual(created);

    const float = await api.dispatch('product.create', { sku: 'B', title: 'b', livePriceFen: 99.5 });
    expect(float).toMatchObject({
      ok: false,
      error: { code: 'INVALID_PAYLOAD', path: ['livePriceFen'], message: expect.stringContaining('livePriceFen') },
    });
    const noTitle = await api.dispatch('product.create', { sku: 'B' });
    expect(noTitle).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD', path: ['title'] } });
    const badPlatform = await api.dispatch('product.update', { id, platformIds: { amazon: 'x' } });
    expect(badPlatform).toMatchObject({
      ok: false,
      error: { code: 'INVALID_PAYLOAD', path: ['platformIds'], message: expect.stringContaining('amazon') },
    });

    const dup = await api.dispatch('product.create', { sku: 'A-1', title: 'copy' });
    expect(dup).toMatchObject({ ok: false, error: { code: 'CONFLICT', path: ['sku'] } });
    expect(await api.dispatch('product.list', { query: 'A-1' })).toMatchObject({ ok: true, value: { total: 1, limit: 50, offset: 0 } });
    expect(await api.dispatch('product.get', { id: '018f0000-0000-7000-8000-000000000000' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', path: ['id'] },
    });
  });

  it('stores an image from base64 and links it to a product; refuses SVG with a field error', async () => {
    const api = await start();
    const stored = await api.dispatch('image.store', { dataBase64: TINY_PNG.toString('base64') });
    expect(stored).toMatchObject({ ok: true, value: { mime: 'image/png', created: true } });
    if (!stored.ok) return;
    const hash = (stored.value as { hash: string }).hash;
    expect(await api.dispatch('product.create', { sku: 'P', title: 'p', images: [hash] })).toMatchObject({
      ok: true,
      value: { images: [hash] },
    });
    expect(await api.dispatch('image.read', { hash })).toEqual({
      ok: true,
      value: { hash, mime: 'image/png', dataBase64: TINY_PNG.toString('base64') },
    });
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>').toString('base64');
    expect(await api.dispatch('image.store', { dataBase64: svg })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_PAYLOAD', path: ['dataBase64'] },
    });
    expect(await api.dispatch('image.store', { dataBase64: 'not base64!' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_PAYLOAD', path: ['dataBase64'] },
    });
  });

  it('builds a run of show with coupons, tasks and cues in order', async () => {
    const api = await start();
    const call = async (method: string, payload: unknown) => {
      const r = await api.dispatch(method, payload);
      if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
      return r.value as { id: string } & Record<string, unknown>;
    };
    const p = await call('product.create', { sku: 'P', title: '面霜' });
    const coupon = await call('coupon.create', {
      name: '直降20',
      type: 'direct',
      value: 2_000,
      startsAt: 1,
      endsAt: 2,
      productIds: [p.id],
    });
    const task = await call('task.create', { type: 'comment_keyword', title: '扣"想要"', target: 200, keyword: '想要' });
    const show = await call('show.create', { name: '早场' });
    const c1 = await call('cue.insert', { showId: show.id, type: 'product', config: { productId: p.id } });
    await call('cue.insert', { showId: show.id, type: 'task', config: { taskId: task.id } });
    await call('cue.insert', { showId: show.id, type: 'coupon', config: { couponId: coupon.id }, afterId: c1.id });
    const full = await call('show.get', { id: show.id });
    expect((full.cues as { title: string }[]).map((c) => c.title)).toEqual(['面霜', '直降20', '扣"想要"']);

    const bad = await api.dispatch('cue.insert', { showId: show.id, type: 'scene', config: { sceneName: 7 } });
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD', path: ['config', 'sceneName'] } });
    const window = await api.dispatch('coupon.update', { id: coupon.id, endsAt: 0 });
    expect(window).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD', path: ['endsAt'] } });
    expect(await api.dispatch('product.delete', { id: p.id })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });
});
