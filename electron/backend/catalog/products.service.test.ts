import { afterEach, describe, expect, it } from 'vitest';
import { catalogTestContext, domainError, TINY_PNG } from '../../../test/support/backend/catalogTestContext';
import { createImageStore } from '../images/imageStore';
import { createShowsService } from '../shows/shows.service';
import { createProductsService } from './products.service';

let close: (() => void) | undefined;
function setup() {
  const ctx = catalogTestContext();
  close = () => ctx.db.close();
  return { ...ctx, products: createProductsService(ctx), images: createImageStore(ctx), shows: createShowsService(ctx) };
}
afterEach(() => close?.());

describe('products service', () => {
  it('creates, reads, updates and deletes, writing an event with each change', async () => {
    const { products, images, eventTypes, events } = setup();
    const img = await images.store(TINY_PNG);
    const created = products.create({
      sku: ' LIP-001 ',
      title: '丝绒口红 #01',
      listPriceFen: 19_900,
      livePriceFen: 12_900,
      stock: 300,
      tags: ['新品'],
      sellingPoints: ['持久不脱色', '滋润不拔干'],
      platformIds: { douyin: '3581', tmall: '6712' },
      images: [img.hash],
    });
    expect(created).toMatchObject({
      sku: 'LIP-001',
      subtitle: '',
      category: '',
      images: [img.hash],
      platformIds: { douyin: '3581', tmall: '6712' },
    });
    expect(products.get(created.id)).toEqual(created);

    const updated = products.update(created.id, { livePriceFen: 9_900, sellingPoints: ['买一送一'], images: [] });
    expect(updated).toMatchObject({ livePriceFen: 9_900, listPriceFen: 19_900, sellingPoints: ['买一送一'], images: [] });
    expect(updated.updatedAt).toBeGreaterThan(created.updatedAt);
    // Same values again: no change, no event.
    products.update(created.id, { livePriceFen: 9_900 });

    expect(products.remove(created.id)).toEqual({ id: created.id, deleted: true });
    expect(domainError(() => products.get(created.id))).toMatchObject({ code: 'NOT_FOUND', path: ['id'] });
    expect(eventTypes()).toEqual(['image.stored', 'product.created', 'product.updated', 'product.deleted']);
    const [, , changed] = events.listAfter(0);
    expect(changed?.payload).toEqual({
      id: created.id,
      sku: 'LIP-001',
      changes: { livePriceFen: 9_900, sellingPoints: ['买一送一'], images: [] },
    });
  });

  it('refuses a duplicate SKU with CONFLICT at "sku", on create and on update, writing nothing', () => {
    const { products, count, eventTypes } = setup();
    products.create({ sku: 'A', title: 'a' });
    const b = products.create({ sku: 'B', title: 'b' });
    expect(domainError(() => products.create({ sku: 'A', title: 'again' }))).toMatchObject({ code: 'CONFLICT', path: ['sku'] });
    expect(domainError(() => products.update(b.id, { sku: 'A' }))).toMatchObject({
      code: 'CONFLICT',
      path: ['sku'],
      message: expect.stringContaining('"A"'),
    });
    expect(count('products')).toBe(2);
    expect(products.get(b.id).sku).toBe('B');
    expect(eventTypes()).toEqual(['product.created', 'product.created']);
  });

  it('refuses images the store does not hold, naming the list position', async () => {
    const { products, images, count } = setup();
    const img = await images.store(TINY_PNG);
    const ghost = 'f'.repeat(64);
    expect(domainError(() => products.create({ sku: 'A', title: 'a', images: [img.hash, ghost] }))).toMatchObject({
      code: 'NOT_FOUND',
      path: ['images', 1],
    });
    expect(count('products')).toBe(0);
  });

  it('refuses to delete a product a cue still uses', () => {
    const { products, shows } = setup();
    const p = products.create({ sku: 'A', title: '爆款' });
    const show = shows.createShow({ name: '周五专场', notes: '', plannedStartAt: null });
    shows.insertCue({ showId: show.id, type: 'product', config: { productId: p.id } });
    expect(domainError(() => products.remove(p.id))).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('周五专场') });
    expect(products.get(p.id).sku).toBe('A');
  });

  it('searches SKU and title by substring (Chinese included), by category, with paging', () => {
    const { products } = setup();
    const rows = [
      { sku: 'LIP-001', title: '丝绒口红 正红色', category: '彩妆' },
      { sku: 'LIP-002', title: '水光口红 豆沙色', category: '彩妆' },
      { sku: 'CRM-100', title: '保湿面霜', category: '护肤' },
      { sku: 'crm-101', title: 'Night Cream 晚霜', category: '护肤' },
    ];
    for (const r of rows) products.create(r);
    const skus = (q: Parameters<typeof products.list>[0]) => products.list(q).items.map((p) => p.sku);
    expect(skus({ query: '口红', limit: 50, offset: 0 })).toEqual(['LIP-001', 'LIP-002']); // short: LIKE
    expect(skus({ query: '口红 豆沙', limit: 50, offset: 0 })).toEqual(['LIP-002']); // trigram index
    expect(skus({ query: 'crm-1', limit: 50, offset: 0 })).toEqual(['CRM-100', 'crm-101']); // case-insensitive
    expect(skus({ query: 'cream', limit: 50, offset: 0 })).toEqual(['crm-101']);
    expect(skus({ query: '%', limit: 50, offset: 0 })).toEqual([]); // wildcards are literal
    expect(skus({ query: '"x', limit: 50, offset: 0 })).toEqual([]); // quotes cannot break the match syntax
    expect(skus({ category: '护肤', limit: 50, offset: 0 })).toEqual(['CRM-100', 'crm-101']);
    const page = products.list({ limit: 2, offset: 2 });
    expect(page).toMatchObject({ total: 4, limit: 2, offset: 2 });
    expect(page.items.map((p) => p.sku)).toEqual(['LIP-002', 'crm-101']); // byte order: upper case first
    // The index follows renames.
    const crm = products.list({ query: 'CRM-100', limit: 1, offset: 0 }).items[0];
    products.update(crm?.id as string, { title: '修护精华' });
    expect(skus({ query: '修护精华', limit: 50, offset: 0 })).toEqual(['CRM-100']);
    expect(skus({ query: '保湿面霜', limit: 50, offset: 0 })).toEqual([]);
  });

  it('uses the search index rather than scanning for long queries, and the SKU index for order', () => {
    const { db } = setup();
    const plan = db
      .prepare(
        'EXPLAIN QUERY PLAN SELECT * FROM products WHERE num IN (SELECT rowid FROM products_search WHERE products_search MATCH \'"abc"\') ORDER BY sku',
      )
      .all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' | ')).toMatch(/VIRTUAL TABLE INDEX/);
    const order = db.prepare('EXPLAIN QUERY PLAN SELECT * FROM products ORDER BY sku LIMIT 50').all() as { detail: string }[];
    expect(order.map((p) => p.detail).join(' | ')).not.toMatch(/TEMP B-TREE/);
    const byCategory = db.prepare('EXPLAIN QUERY PLAN SELECT * FROM products WHERE category = ? ORDER BY sku LIMIT 50').all('彩妆') as {
      detail: string;
    }[];
    expect(byCategory.map((p) => p.detail).join(' | ')).toMatch(/USING INDEX products_category \(category=\?\)/);
  });
});

describe('products upsertMany (the importer entry point)', () => {
  it('creates new SKUs, patches known ones, skips rows that change nothing, merging platform ids', () => {
    const { products, events } = setup();
    const a = products.create({ sku: 'A', title: 'a', livePriceFen: 100, platformIds: { tmall: 't-1' } });
    products.create({ sku: 'B', title: 'b', stock: 5 });
    const before = events.lastSeq();

    const result = products.upsertMany([
      { sku: 'A', livePriceFen: 90, platformIds: { douyin: 'd-1' } },
      { sku: 'B', stock: 5 },
      { sku: 'C', title: 'c', listPriceFen: 1_000 },
      { sku: 'C', stock: 7 }, // same SKU twice: applied in order
    ]);
    expect(result).toMatchObject({ created: 1, updated: 2, unchanged: 1 });
    expect(result.rows.map((r) => [r.sku, r.action])).toEqual([
      ['A', 'updated'],
      ['B', 'unchanged'],
      ['C', 'created'],
      ['C', 'updated'],
    ]);
    expect(products.get(a.id)).toMatchObject({ livePriceFen: 90, title: 'a', platformIds: { tmall: 't-1', douyin: 'd-1' } });
    const bySku = products.getBySkus(['A', 'C', 'nope']);
    expect([...bySku.keys()].sort()).toEqual(['A', 'C']);
    expect(bySku.get('C')).toMatchObject({ title: 'c', listPriceFen: 1_000, stock: 7 });
    expect(events.listAfter(before).map((e) => e.type)).toEqual(['product.updated', 'product.created', 'product.updated']);
  });

  it('writes nothing at all when a row fails half way, and names the row', () => {
    const { products, count, events } = setup();
    products.create({ sku: 'A', title: 'a', stock: 1 });
    const before = events.lastSeq();
    const err = domainError(() =>
      products.upsertMany([
        { sku: 'A', stock: 2 },
        { sku: 'N1', title: 'new one' },
        { sku: 'N2', stock: 3 }, // new SKU without a title
        { sku: 'N3', title: 'never reached' },
      ]),
    );
    expect(err).toMatchObject({ code: 'INVALID_PAYLOAD', path: [2, 'title'], message: expect.stringContaining('N2') });
    expect(count('products')).toBe(1);
    expect(products.getBySkus(['A']).get('A')?.stock).toBe(1);
    expect(events.lastSeq()).toBe(before);
    expect(count('outbox')).toBe(before);
  });

  it('validates every row before writing, reporting the row index and field', () => {
    const { products, count } = setup();
    const err = domainError(() =>
      products.upsertMany([
        { sku: 'A', title: 'a' },
        { sku: 'B', title: 'b', livePriceFen: 12.5 },
      ]),
    );
    expect(err).toMatchObject({ code: 'INVALID_PAYLOAD', path: [1, 'livePriceFen'] });
    expect(count('products')).toBe(0);
  });

  it('handles a large batch in one transaction', () => {
    const { products, count } = setup();
    const rows = Array.from({ length: 5_000 }, (_, i) => ({ sku: `SKU-${i}`, title: `商品 ${i}`, livePriceFen: i }));
    expect(products.upsertMany(rows).created).toBe(5_000);
    expect(products.upsertMany(rows).unchanged).toBe(5_000);
    expect(count('products')).toBe(5_000);
    expect(products.list({ query: '商品 4999', limit: 10, offset: 0 }).items.map((p) => p.sku)).toEqual(['SKU-4999']);
  });
});
