import { describe, expect, it } from 'vitest';
import { backendTestContext } from '../../../test/support/backend/catalogTestContext';
import { createGuardedProductImportSink } from './guardedProductImport';
import { createProductsService } from './products.service';

const context = () => backendTestContext();

const rows = (n: number, from = 0) =>
  Array.from({ length: n }, (_, i) => ({
    sku: `SKU-${String(from + i).padStart(5, '0')}`,
    title: `商品 ${from + i}`,
    livePriceFen: 990 + i,
  }));

describe('guarded product import', () => {
  it('applies in many slices on its own connection; the main connection sees nothing until commit', async () => {
    const ctx = context();
    const seenDuringApply: number[] = [];
    const sink = createGuardedProductImportSink(ctx, createProductsService(ctx), {
      sliceMs: 0, // one chunk per slice: many slices
      chunkRows: 50,
      onSlice: () => {
        seenDuringApply.push(ctx.count('products'));
      },
    });
    const write = sink.begin([]);
    write.upsertChunk(rows(500));
    expect(await write.commit()).toEqual({ created: 500, updated: 0 });
    expect(seenDuringApply.length).toBe(10);
    expect(new Set(seenDuringApply)).toEqual(new Set([0]));
    expect(ctx.count('products')).toBe(500);
    // One fact for the import, naming every SKU it created, instead of one event per product.
    expect(ctx.eventTypes()).toEqual(['product.imported']);
    const [imported] = ctx.events.listAfter(0, 10);
    if (!imported) throw new Error('no import event');
    expect(imported.payload).toMatchObject({ rows: 500, created: 500, updated: 0 });
    expect((imported.payload as { skus: { created: string[] } }).skus.created).toHaveLength(500);
    ctx.db.close();
  });

  it('tells the event listeners (the sync loop) once its event is committed, not before', async () => {
    const ctx = context();
    const heard: number[] = [];
    ctx.events.onAppend(() => heard.push(ctx.events.outboxSize()));
    const sink = createGuardedProductImportSink(ctx, createProductsService(ctx), { sliceMs: 0, chunkRows: 50 });
    const write = sink.begin([]);
    write.upsertChunk(rows(100));
    await write.commit();
    // Heard with the import's fact already in the outbox the sync loop reads.
    expect(heard).toEqual([1]);
    ctx.db.close();
  });

  it('steps aside for a command that arrives mid-apply, then commits everything', async () => {
    const ctx = context();
    const order: string[] = [];
    let command: Promise<unknown> | null = null;
    const sink = createGuardedProductImportSink(ctx, createProductsService(ctx), {
      sliceMs: 0,
      chunkRows: 50,
      onSlice: (applied, attempt) => {
        if (attempt === 1 && applied === 150 && !command) {
          command = ctx.writeGate.run(() => {
            // An everyday write on the main connection, like a cue being logged.
            ctx.events.append({ type: 'cue.fired', payload: { while: 'importing' } });
            order.push(`command ran with ${ctx.count('products')} products visible`);
          });
        }
      },
    });
    const write = sink.begin([]);
    write.upsertChunk(rows(400));
    const result = await write.commit();
    order.push('import committed');
    await command;
    expect(result).toEqual({ created: 400, updated: 0 });
    expect(order).toEqual(['command ran with 0 products visible', 'import committed']);
    expect(ctx.count('products')).toBe(400);
    const imported = ctx.events.listAfter(0, 10_000).find((e) => e.type === 'product.imported');
    expect(imported?.payload).toMatchObject({ rows: 400, created: 400, attempts: 2 });
    expect(ctx.eventTypes().filter((t) => t === 'cue.fired')).toHaveLength(1);
    ctx.db.close();
  });

  it('leaves the catalog untouched when a row fails in the middle of the apply', async () => {
    const ctx = context();
    const sink = createGuardedProductImportSink(ctx, createProductsService(ctx), { sliceMs: 0, chunkRows: 20 });
    const write = sink.begin([]);
    // A new SKU without a title is only refused when applied (the preview would have caught it).
    write.upsertChunk([...rows(100), { sku: 'NO-TITLE' }, ...rows(50, 100)]);
    await expect(write.commit()).rejects.toThrow(/title is required/);
    expect(ctx.count('products')).toBe(0);
    expect(ctx.count('events')).toBe(0);
    expect(ctx.writeGate.longWriteActive).toBe(false);
    ctx.db.close();
  });

  it('updates existing products by SKU, changing only the fields given', async () => {
    const ctx = context();
    const sink = createGuardedProductImportSink(ctx, createProductsService(ctx));
    const first = sink.begin([]);
    first.upsertChunk(rows(10));
    await first.commit();
    const second = sink.begin([]);
    second.upsertChunk([{ sku: 'SKU-00003', stock: 7 }]);
    expect(await second.commit()).toEqual({ created: 0, updated: 1 });
    const row = ctx.db.prepare("SELECT title, stock, live_price_fen FROM products WHERE sku = 'SKU-00003'").get();
    expect(row).toEqual({ title: '商品 3', stock: 7, live_price_fen: 993 });
    const last = ctx.events.listAfter(0, 10).at(-1);
    expect(last?.payload).toMatchObject({ created: 0, updated: 1, skus: { created: [], updated: ['SKU-00003'] } });
    ctx.db.close();
  });

  it('patches only the fields a row gives, merges platform ids, and leaves rows that change nothing untouched', async () => {
    const ctx = context();
    const products = createProductsService(ctx);
    products.create({ sku: 'A', title: '旧 A', stock: 1, tags: ['新品'], platformIds: { tmall: 'T1' } });
    products.create({ sku: 'B', title: '旧 B', stock: 2 });
    const before = ctx.db.prepare("SELECT updated_at FROM products WHERE sku = 'B'").get();
    const sink = createGuardedProductImportSink(ctx, products, { chunkRows: 1 });
    const write = sink.begin([]);
    write.upsertChunk([
      { sku: 'A', stock: 5, platformIds: { douyin: 'D1' } },
      { sku: 'B', title: '旧 B', stock: 2 },
      { sku: 'C', title: '新 C' },
    ]);
    expect(await write.commit()).toEqual({ created: 1, updated: 1 });
    expect(products.getBySkus(['A', 'B', 'C'])).toMatchObject(
      new Map([
        ['A', { title: '旧 A', stock: 5, tags: ['新品'], platformIds: { tmall: 'T1', douyin: 'D1' } }],
        ['B', { title: '旧 B', stock: 2 }],
        ['C', { title: '新 C', subtitle: '', stock: null, tags: [], sellingPoints: [], platformIds: {} }],
      ]),
    );
    expect(ctx.db.prepare("SELECT updated_at FROM products WHERE sku = 'B'").get()).toEqual(before);
    // The new title is searchable: the search index is kept in step by the set-based apply too.
    expect(products.list({ query: '新 C', limit: 10, offset: 0 }).items.map((p) => p.sku)).toEqual(['C']);
    const last = ctx.events.listAfter(0, 100).at(-1);
    expect(last?.payload).toMatchObject({ skus: { created: ['C'], updated: ['A'] } });
    ctx.db.close();
  });

  it('refuses a row the catalog rules reject, naming its position across chunks, and writes nothing', async () => {
    const ctx = context();
    const sink = createGuardedProductImportSink(ctx, createProductsService(ctx));
    const write = sink.begin([]);
    write.upsertChunk(rows(3));
    expect(() => write.upsertChunk([{ sku: 'LONG', title: 'x'.repeat(201) }])).toThrow(expect.objectContaining({ path: [3, 'title'] }));
    write.abort();
    expect(ctx.count('products')).toBe(0);
    ctx.db.close();
  });
});
