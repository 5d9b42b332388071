import { describe, expect, it } from 'vitest';
import { MemorySink } from '../../../test/fixtures/import/memorySink';
import { douyinShopCsv, kuaishouShopXlsx, SELLER_PRODUCTS, taobaoAssistantTsv } from '../../../test/fixtures/import/sellerExports';
import { buildPreview } from './preview';
import { readTable } from './readTable';
import { createYielder } from './yielder';

async function previewOf(bytes: Uint8Array, fileName: string) {
  const yielder = createYielder();
  const table = await readTable(bytes, { fileName, yielder });
  return buildPreview(table, new MemorySink(), yielder);
}

const expected = SELLER_PRODUCTS.map((p) => ({
  sku: p.code,
  title: p.title,
  listPriceFen: Math.round(Number(p.priceYuan) * 100),
  stock: p.stock,
}));

describe('exports of the platforms seller tools', () => {
  it('淘宝助理: UTF-16 TSV with a version line and a field-id line above the Chinese header', async () => {
    const state = await previewOf(taobaoAssistantTsv(), '宝贝.csv');
    expect(state.table.source).toMatchObject({ encoding: 'utf-16le', delimiter: '\t' });
    expect(state.headerRow).toBe(3);
    expect(state.blocking).toEqual([]);
    expect(state.issues).toEqual([]);
    const mapped = Object.fromEntries(state.columns.filter((c) => c.field).map((c) => [c.header, c.field]));
    expect(mapped).toEqual({ 宝贝名称: 'title', 宝贝价格: 'listPrice', 宝贝数量: 'stock', 商家编码: 'sku', 宝贝卖点: 'subtitle' });
    expect(state.rows.map((r) => r.product)).toEqual(expected.map((p) => ({ ...p, subtitle: '新品上市 包邮' })));
  });

  it('抖店: the merchant code is the SKU, not the platform 商品ID before it', async () => {
    const state = await previewOf(douyinShopCsv(), '商品导出.csv');
    expect(state.blocking).toEqual([]);
    expect(state.columns.find((c) => c.field === 'sku')?.header).toBe('商家编码');
    expect(state.columns.find((c) => c.header === '商品ID')).toMatchObject({ field: null, conflictsWith: 6 });
    expect(state.totals).toMatchObject({ valid: 2, invalid: 0 });
    expect(state.rows[0]?.product).toMatchObject({ sku: 'TB-DRESS-01', listPriceFen: 19900, stock: 120 });
  });

  it('快手小店: XLSX with a note line; SKU编码 is the SKU', async () => {
    const state = await previewOf(await kuaishouShopXlsx(), '快手商品.xlsx');
    expect(state.headerRow).toBe(2);
    expect(state.columns.find((c) => c.field === 'sku')?.header).toBe('SKU编码');
    expect(state.issues).toEqual([]);
    expect(state.rows.map((r) => r.product)).toEqual(expected.map((p) => ({ ...p, category: '女装' })));
  });
});
