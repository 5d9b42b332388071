import { describe, expect, it, vi } from 'vitest';
import { backendTestContext } from '../../../test/support/backend/catalogTestContext';
import { createGuardedProductImportSink, resumeProductImport } from './guardedProductImport';
import { createProductsService } from './products.service';

const context = () => backendTestContext();

const rows = (n: number, from = 0) =>
  Array.from({ length: n }, (_, i) => ({
    sku: `SKU-${String(from + i).padStart(5, '0')}`,
    title: `商品 ${from + i}`,
    livePriceFen: 990 + i,
  }));

const journalRows = (ctx: ReturnType<typeof context>) => ctx.count('product_import_stage') + ctx.count('product_import_job');

/** A 200-row import whose apply fails ("disk full") after its first 50 rows; resolves with its commit's rejection. */
async function applyFailingAfter50(ctx: ReturnType<typeof context>, products: ReturnType<typeof createProductsService>) {
  const failing = createGuardedProductImportSink(ctx, products, {
    sliceMs: 0,
    chunkRows: 50,
    onSlice: (applied) => {
      if (applied === 50) throw new Error('disk full');
    },
  }).begin([]);
  await failing.upsertChunk(rows(200));
  const refusal = await failing.commit().then(
    () => null,
    (error: unknown) => error,
  );
  await failing.abort();
  return refusal;
}

describe('guarded product import', () => {
  it('applies in many short transactions on its own connection, each recording how far it got, then one event', async () => {
    const ctx = context();
    const seen: { visible: number; recorded: number }[] = [];
    const sink = createGuardedProductImportSink(ctx, createProductsService(ctx), {
      sliceMs: 0, // one chunk per slice: many slices
      chunkRows: 50,
      onSlice: () => {
        const job = ctx.db.prepare('SELECT applied_through AS n FROM product_import_job').get() as { n: number };
        seen.push({ visible: ctx.count('products'), recorded: job.n });
      },
    });
    const write = sink.begin([]);
    await write.upsertChunk(rows(500));
    const progress: string[] = [];
    expect(await write.commit((applied, total) => progress.push(`${applied}/${total}`))).toEqual({ created: 500, updated: 0 });
    // The import dialog hears how far the apply got after each slice.
    expect(progress).toEqual(Array.from({ length: 10 }, (_, i) => `${(i + 1) * 50}/500`));
    // Each slice is committed on its own: the main connection sees the import arrive, and the journal says how far.
    expect(seen).toEqual(Array.from({ length: 10 }, (_, i) => ({ visible: (i + 1) * 50, recorded: (i + 1) * 50 })));
    expect(ctx.count('products')).toBe(500);
    expect(journalRows(ctx)).toBe(0);
    // One fact for the import, naming every SKU it created, instead of one event per product.
    expect(ctx.eventTypes()).toEqual(['product.imported']);
    const [imported] = ctx.events.listAfter(0, 10);
    if (!imported) throw new Error('no import event');
    expect(imported.payload).toMatchObject({ rows: 500, created: 500, updated: 0, skipped: 0 });
    expect((imported.payload as { skus: { created: string[] } }).skus.created).toHaveLength(500);
    ctx.db.close();
  });

  it('tells the event listeners (the sync loop) once its event is committed, not before', async () => {
    const ctx = context();
    const heard: number[] = [];
    ctx.events.onAppend(() => heard.push(ctx.events.outboxSize()));
    const sink = createGuardedProductImportSink(ctx, createProductsService(ctx), { sliceMs: 0, chunkRows: 50 });
    const write = sink.begin([]);
    await write.upsertChunk(rows(100));
    await write.commit();
    // Heard with the import's fact already in the outbox the sync loop reads.
    expect(heard).toEqual([1]);
    ctx.db.close();
  });

  it('lets a command that arrives mid-apply run before the next slice, rolling nothing back', async () => {
    const ctx = context();
    const order: string[] = [];
    let command: Promise<unknown> | null = null;
    const sink = createGuardedProductImportSink(ctx, createProductsService(ctx), {
      sliceMs: 0,
      chunkRows: 50,
      onSlice: (applied) => {
        order.push(`slice to ${applied}`);
        if (applied === 150 && !command) {
          command = ctx.writeGate.run(() => {
            // An everyday write on the main connection, like a cue being logged.
            ctx.events.append({ type: 'cue.fired', payload: { while: 'importing' } });
            order.push(`command ran with ${ctx.count('products')} products visible`);
          });
        }
      },
    });
    const write = sink.begin([]);
    await write.upsertChunk(rows(400));
    const result = await write.commit();
    await command;
    expect(result).toEqual({ created: 400, updated: 0 });
    expect(order.slice(2, 5)).toEqual(['slice to 150', 'command ran with 150 products visible', 'slice to 200']);
    expect(ctx.count('products')).toBe(400);
    const imported = ctx.events.listAfter(0, 10_000).find((e) => e.type === 'product.imported');
    expect(imported?.payload).toMatchObject({ rows: 400, created: 400 });
    expect(ctx.eventTypes()).toEqual(['cue.fired', 'product.imported']);
    ctx.db.close();
  });

  it('refuses a new SKU without a title before applying anything, and drops what it staged', async () => {
    const ctx = context();
    const sink = createGuardedProductImportSink(ctx, createProductsService(ctx), { sliceMs: 0, chunkRows: 20 });
    const write = sink.begin([]);
    // A new SKU without a title is refused at commit when the preview could not know (its product deleted since).
    await write.upsertChunk([...rows(100), { sku: 'NO-TITLE' }, ...rows(50, 100)]);
    await expect(write.commit()).rejects.toThrow(/Row 101 \(SKU "NO-TITLE"\): title is required/);
    expect(ctx.count('products')).toBe(0);
    expect(ctx.count('events')).toBe(0);
    expect(journalRows(ctx)).toBe(0);
    expect(ctx.writeGate.longWriteActive).toBe(false);
    ctx.db.close();
  });

  it('skips, and names, a row whose product was deleted mid-apply when it has no title to create it again', async () => {
    const ctx = context();
    const products = createProductsService(ctx);
    for (const row of rows(100)) products.create(row);
    let deleted = false;
    const sink = createGuardedProductImportSink(ctx, products, {
      sliceMs: 0,
      chunkRows: 25,
      onSlice: async () => {
        if (deleted) return;
        deleted = true;
        const victim = products.getBySkus(['SKU-00080']).get('SKU-00080');
        await ctx.writeGate.run(() => products.remove(victim?.id ?? ''));
      },
    });
    const write = sink.begin(['stock']);
    await write.upsertChunk(rows(100).map((r, i) => ({ sku: r.sku, stock: i + 1 })));
    expect(await write.commit()).toEqual({ created: 0, updated: 99 });
    expect(ctx.count('products')).toBe(99);
    const imported = ctx.events.listAfter(0, 10_000).find((e) => e.type === 'product.imported');
    expect(imported?.payload).toMatchObject({ rows: 100, created: 0, updated: 99, skipped: 1, skus: { skipped: ['SKU-00080'] } });
    ctx.db.close();
  });

  it('finishes an import a crash cut short while applying at the next start, with one event for all of it', async () => {
    const ctx = context();
    const crash = new Error('power cut');
    const sink = createGuardedProductImportSink(ctx, createProductsService(ctx), {
      sliceMs: 0,
      chunkRows: 50,
      onSlice: (applied) => {
        if (applied === 100) throw crash;
      },
    });
    const write = sink.begin([]);
    await write.upsertChunk(rows(300));
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    await expect(write.commit()).rejects.toMatchObject({ code: 'APPLY_UNFINISHED' });
    expect(logged).toHaveBeenCalledWith(expect.any(String), crash);
    logged.mockRestore();
    await write.abort();
    // Cut short: a third of it is in, and the journal holds the rest.
    expect(ctx.count('products')).toBe(100);
    expect(ctx.db.prepare('SELECT status, applied_through FROM product_import_job').get()).toEqual({
      status: 'applying',
      applied_through: 100,
    });

    // While it is being finished, a new import is refused rather than throwing it away.
    const finishing = resumeProductImport(ctx, { sliceMs: 0, chunkRows: 50 });
    const other = createGuardedProductImportSink(ctx, createProductsService(ctx)).begin([]);
    await expect(other.upsertChunk(rows(1, 1000))).rejects.toMatchObject({ code: 'JOB_BUSY' });
    await other.abort();

    const outcome = await finishing;
    expect(outcome?.created).toEqual(rows(300).map((r) => r.sku));
    expect(ctx.count('products')).toBe(300);
    expect(journalRows(ctx)).toBe(0);
    expect(ctx.eventTypes()).toEqual(['product.imported']);
    expect(ctx.events.listAfter(0, 10)[0]?.payload).toMatchObject({ rows: 300, created: 300, updated: 0, resumed: true });
    // Nothing left to finish.
    expect(await resumeProductImport(ctx)).toBeNull();
    ctx.db.close();
  });

  it('finishes an import whose apply failed (not a crash) before the next import of the same run starts', async () => {
    const ctx = context();
    const products = createProductsService(ctx);
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    // Not "failed": what was written stays and the rest is finished later, and the user is told so.
    expect(await applyFailingAfter50(ctx, products)).toMatchObject({ code: 'APPLY_UNFINISHED', message: 'disk full' });
    expect(logged).toHaveBeenCalledWith(expect.stringContaining('stopped partway'), expect.objectContaining({ message: 'disk full' }));
    logged.mockRestore();
    expect(ctx.count('products')).toBe(50);

    const next = createGuardedProductImportSink(ctx, products, { sliceMs: 0, chunkRows: 50 }).begin([]);
    await next.upsertChunk(rows(10, 1000));
    expect(await next.commit()).toEqual({ created: 10, updated: 0 });
    expect(ctx.count('products')).toBe(210);
    expect(ctx.events.listAfter(0, 10).map((e) => e.payload)).toMatchObject([
      { rows: 200, created: 200, resumed: true },
      { rows: 10, created: 10 },
    ]);
    expect(journalRows(ctx)).toBe(0);
    ctx.db.close();
  });

  it('does not start a new import while an earlier one cannot be finished, and says so rather than "unfinished"', async () => {
    const ctx = context();
    const products = createProductsService(ctx);
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(await applyFailingAfter50(ctx, products)).toMatchObject({ code: 'APPLY_UNFINISHED' });

    // The disk is still full when the next import comes.
    ctx.db.exec("CREATE TRIGGER still_full BEFORE INSERT ON products BEGIN SELECT RAISE(ABORT, 'disk still full'); END");
    const next = createGuardedProductImportSink(ctx, products, { sliceMs: 0, chunkRows: 50 }).begin([]);
    await expect(next.upsertChunk(rows(10, 1000))).rejects.toMatchObject({
      code: 'EARLIER_IMPORT_UNFINISHED',
      message: expect.stringContaining('disk still full'),
    });
    await next.abort();
    expect(logged).toHaveBeenCalledWith(expect.stringContaining('new import did not start'), expect.anything());
    logged.mockRestore();
    expect(ctx.count('products')).toBe(50);
    // Nothing of the new file was staged; the earlier import is still there to finish.
    expect(ctx.count('product_import_stage')).toBe(200);

    ctx.db.exec('DROP TRIGGER still_full');
    expect(await resumeProductImport(ctx)).toMatchObject({ created: expect.any(Array) });
    expect(ctx.count('products')).toBe(200);
    expect(journalRows(ctx)).toBe(0);
    ctx.db.close();
  });

  it('drops, at the next start, an import that was still being staged', async () => {
    const ctx = context();
    const write = createGuardedProductImportSink(ctx, createProductsService(ctx)).begin([]);
    await write.upsertChunk(rows(40));
    // The app stops here: never committed, never aborted.
    expect(ctx.count('product_import_stage')).toBe(40);
    expect(await resumeProductImport(ctx)).toBeNull();
    expect(journalRows(ctx)).toBe(0);
    expect(ctx.count('products')).toBe(0);
    ctx.db.close();
  });

  it('updates existing products by SKU, changing only the fields given', async () => {
    const ctx = context();
    const sink = createGuardedProductImportSink(ctx, createProductsService(ctx));
    const first = sink.begin([]);
    await first.upsertChunk(rows(10));
    await first.commit();
    const second = sink.begin([]);
    await second.upsertChunk([{ sku: 'SKU-00003', stock: 7 }]);
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
    await write.upsertChunk([
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
    await write.upsertChunk(rows(3));
    await expect(write.upsertChunk([{ sku: 'LONG', title: 'x'.repeat(201) }])).rejects.toMatchObject({ path: [3, 'title'] });
    await write.abort();
    expect(ctx.count('products')).toBe(0);
    expect(journalRows(ctx)).toBe(0);
    ctx.db.close();
  });
});
