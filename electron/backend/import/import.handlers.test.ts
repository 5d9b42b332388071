import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { csvText, gbk, utf8Bom } from '../../../test/fixtures/import/productFiles';
import { createBackend } from '../createBackend';

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

async function backend() {
  return createBackend({ dataDir: mkdtempSync(path.join(tmpdir(), 'livecue-import-api-')), appVersion: 't', host: 'serve' });
}

async function value<T>(result: Promise<{ ok: true; value: unknown } | { ok: false; error: { message: string } }>): Promise<T> {
  const r = await result;
  if (!r.ok) throw new Error(r.error.message);
  return r.value as T;
}

describe('import and export through the API', () => {
  it('previews a GBK CSV with Chinese headers, commits it, and the products are in the catalog', async () => {
    const api = await backend();
    const progress: unknown[] = [];
    const sub = api.subscribe('import.progress', (p) => progress.push(p));
    const file = gbk(
      csvText([
        ['商品编码', '商品名称', '原价', '直播价', '库存', '卖点'],
        ['A-1', '真丝连衣裙', '￥1,299.00', '999元', '1,000', '面料舒适\n显瘦'],
        ['A-2', '防晒霜', '129.9', '99', '50', ''],
      ]),
    );
    const preview = await value<{ previewId: string; source: { encoding: string }; totals: { create: number; invalid: number } }>(
      api.dispatch('import.products.preview', { jobId: 'job-gbk-0001', fileName: '商品.csv', bytesBase64: b64(file) }),
    );
    expect(preview.source.encoding).toBe('gb18030');
    expect(preview.totals).toMatchObject({ create: 2, invalid: 0 });
    expect(progress).toContainEqual(expect.objectContaining({ jobId: 'job-gbk-0001', phase: 'done' }));

    expect(await value(api.dispatch('import.products.commit', { previewId: preview.previewId }))).toEqual({
      created: 2,
      updated: 0,
      skippedInvalid: 0,
    });
    const list = await value<{ items: { sku: string; title: string; listPriceFen: number; livePriceFen: number; stock: number }[] }>(
      api.dispatch('product.list', { limit: 10, offset: 0 }),
    );
    expect(list.items.map((p) => [p.sku, p.title, p.listPriceFen, p.livePriceFen, p.stock])).toEqual([
      ['A-1', '真丝连衣裙', 129900, 99900, 1000],
      ['A-2', '防晒霜', 12990, 9900, 50],
    ]);
    if (sub.ok) sub.value();
    await api.close();
  });

  it('refuses to commit a preview with invalid rows unless told to skip them, and names the row and column', async () => {
    const api = await backend();
    const file = utf8Bom(
      csvText([
        ['SKU', 'Title', 'Live price'],
        ['B-1', 'Mug', '19.99'],
        ['B-2', 'Cup', '12.345'],
        ['B-1', 'Mug again', '5'],
      ]),
    );
    const preview = await value<{ previewId: string; issues: { row: number; column: string; code: string }[]; totals: { valid: number } }>(
      api.dispatch('import.products.preview', { fileName: 'p.csv', bytesBase64: b64(file) }),
    );
    expect(preview.issues).toContainEqual(expect.objectContaining({ row: 3, column: 'Live price', code: 'PRICE_TOO_MANY_DECIMALS' }));
    // The first B-1 row is imported; the second is left out, naming the first.
    expect(preview.issues.filter((i) => i.code === 'DUPLICATE_SKU')).toEqual([
      expect.objectContaining({
        row: 4,
        relatedRows: [2],
        message: 'Row 4, column "SKU": SKU "B-1" is also on row 2, which is imported instead of this row',
      }),
    ]);

    const refused = await api.dispatch('import.products.commit', { previewId: preview.previewId });
    expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD', reason: 'HAS_INVALID_ROWS' } });
    expect(await value<{ total: number }>(api.dispatch('product.list', { limit: 10, offset: 0 }))).toMatchObject({ total: 0 });

    // The user picks the later B-1 row; skipping the invalid B-2 imports it alone.
    const picked = await value<{
      duplicates: { sku: string; chosenRow: number; rows: { row: number }[] }[];
      totals: { duplicate: number };
    }>(api.dispatch('import.products.chooseDuplicate', { previewId: preview.previewId, sku: 'B-1', row: 4 }));
    expect(picked.duplicates).toEqual([
      { sku: 'B-1', chosenRow: 4, rows: [expect.objectContaining({ row: 2 }), expect.objectContaining({ row: 4 })] },
    ]);
    expect(picked.totals.duplicate).toBe(1);
    expect(await api.dispatch('import.products.chooseDuplicate', { previewId: preview.previewId, sku: 'B-1', row: 3 })).toMatchObject({
      ok: false,
      error: { reason: 'CHOICE_INVALID' },
    });
    expect(await value(api.dispatch('import.products.commit', { previewId: preview.previewId, skipInvalid: true }))).toEqual({
      created: 1,
      updated: 0,
      skippedInvalid: 1,
    });
    const list = await value<{ items: { sku: string; title: string }[] }>(api.dispatch('product.list', { limit: 10, offset: 0 }));
    expect(list.items.map((p) => [p.sku, p.title])).toEqual([['B-1', 'Mug again']]);
    await api.close();
  });

  it('reports a preview that no longer exists as NOT_FOUND', async () => {
    const api = await backend();
    expect(await api.dispatch('import.products.commit', { previewId: 'gone' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', reason: 'PREVIEW_NOT_FOUND' },
    });
    await api.close();
  });

  it('exports products to XLSX and CSV that import back unchanged', async () => {
    const api = await backend();
    await value(api.dispatch('product.create', { sku: 'C-1', title: '=HYPERLINK("x")', livePriceFen: 1999, tags: ['新品'] }));
    const xlsx = await value<{ fileName: string; bytesBase64: string; rows: number }>(
      api.dispatch('export.catalog', { what: 'products', format: 'xlsx', language: 'zh' }),
    );
    expect(xlsx.rows).toBe(1);
    expect(xlsx.fileName).toMatch(/^商品-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    // exceljs types want an ArrayBuffer; it reads Node buffers fine.
    await workbook.xlsx.load(Buffer.from(xlsx.bytesBase64, 'base64') as unknown as ArrayBuffer);
    expect(workbook.worksheets[0]?.getRow(2).getCell(2).value).toBe('\'=HYPERLINK("x")');

    const csv = await value<{ bytesBase64: string }>(api.dispatch('export.catalog', { what: 'products', format: 'csv', language: 'en' }));
    const again = await value<{ totals: { update: number; create: number; invalid: number } }>(
      api.dispatch('import.products.preview', { fileName: 'back.csv', bytesBase64: csv.bytesBase64 }),
    );
    expect(again.totals).toMatchObject({ update: 1, create: 0, invalid: 0 });
    await api.close();
  });

  it('exports coupons with their products as SKUs, and tasks', async () => {
    const api = await backend();
    const product = await value<{ id: string }>(api.dispatch('product.create', { sku: 'D-1', title: 'Lipstick' }));
    await value(
      api.dispatch('coupon.create', {
        name: '满199减20',
        type: 'threshold',
        value: 2000,
        thresholdFen: 19900,
        quantity: 100,
        perBuyerLimit: 1,
        startsAt: 1_700_000_000_000,
        endsAt: 1_700_003_600_000,
        productIds: [product.id],
      }),
    );
    await value(
      api.dispatch('task.create', { type: 'follow', title: '关注主播', target: 500, reward: '小样', durationMs: null, keyword: null }),
    );
    const coupons = await value<{ bytesBase64: string }>(
      api.dispatch('export.catalog', { what: 'coupons', format: 'csv', language: 'zh' }),
    );
    expect(Buffer.from(coupons.bytesBase64, 'base64').toString('utf8')).toContain('满199减20,满减,20.00,,199.00,100,1,');
    expect(Buffer.from(coupons.bytesBase64, 'base64').toString('utf8')).toContain(',D-1\r\n');
    const tasks = await value<{ bytesBase64: string; rows: number }>(
      api.dispatch('export.catalog', { what: 'tasks', format: 'csv', language: 'en' }),
    );
    expect(tasks.rows).toBe(1);
    expect(Buffer.from(tasks.bytesBase64, 'base64').toString('utf8')).toContain('关注主播,Follow,500,小样,,');
    await api.close();
  });
});
