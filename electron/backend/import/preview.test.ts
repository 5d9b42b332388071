import { describe, expect, it } from 'vitest';
import { MemorySink } from '../../../test/fixtures/import/memorySink';
import { type Cell, csvText, utf8 } from '../../../test/fixtures/import/productFiles';
import { readCsv } from './csvReader';
import { buildPreview, columnLetter, SKU_CHECK_CHUNK, toPublicPreview } from './preview';
import { createYielder } from './yielder';

async function preview(rows: Cell[][], sink = new MemorySink(), mapping?: Record<string, string | null>) {
  const yielder = createYielder();
  const table = await readCsv(utf8(csvText(rows)), { fileName: 'p.csv', yielder });
  return buildPreview(table, sink, yielder, mapping ? { mapping: mapping as never } : {});
}

describe('buildPreview', () => {
  it('gives the event loop turns while it sets totals lines aside, before validating', async () => {
    const rows: Cell[][] = [['货号', '商品名称'], ...Array.from({ length: 50 }, (_, i) => [`S${i}`, `商品 ${i}`])];
    const table = await readCsv(utf8(csvText(rows)), { fileName: 'p.csv', yielder: createYielder() });
    const yielder = createYielder({ sliceMs: 0 });
    let yieldsBeforeValidating = -1;
    await buildPreview(table, new MemorySink(), yielder, {
      onProgress: (phase) => {
        if (phase === 'mapping') yieldsBeforeValidating = yielder.yields;
      },
    });
    expect(yieldsBeforeValidating).toBeGreaterThan(0);
  });

  it('classes valid rows as create or update by asking the sink', async () => {
    const sink = new MemorySink([{ sku: 'OLD', title: '旧款' }]);
    const state = await preview(
      [
        ['货号', '商品名称', '直播价'],
        ['NEW', '新款', '99'],
        ['OLD', '', '79.9'],
      ],
      sink,
    );
    expect(state.totals).toEqual({ rows: 2, valid: 2, invalid: 0, create: 1, update: 1, duplicate: 0, warned: 0 });
    expect(state.rows).toEqual([
      { row: 2, action: 'create', product: { sku: 'NEW', title: '新款', livePriceFen: 9900 } },
      { row: 3, action: 'update', product: { sku: 'OLD', livePriceFen: 7990 } },
    ]);
    expect(state.fields).toEqual(['sku', 'title', 'livePrice']);
  });

  it('imports the first row of a duplicated SKU and leaves the others out, naming the row that is imported', async () => {
    const state = await preview([
      ['SKU', 'Title'],
      ['A', 'x'],
      ['B', 'y'],
      ['A', 'z'],
      ['A', 'w'],
    ]);
    expect(state.totals).toMatchObject({ valid: 2, invalid: 0, duplicate: 2, create: 2 });
    expect(state.rows.map((r) => [r.row, r.action])).toEqual([
      [2, 'create'],
      [3, 'create'],
      [4, 'duplicate'],
      [5, 'duplicate'],
    ]);
    const dup = state.issues.filter((i) => i.code === 'DUPLICATE_SKU');
    expect(dup.map((i) => [i.row, i.relatedRows])).toEqual([
      [4, [2]],
      [5, [2]],
    ]);
    expect(dup[0]?.message).toBe('Row 4, column "SKU": SKU "A" is also on row 2, which is imported instead of this row');
    expect(state.duplicates).toEqual([
      {
        sku: 'A',
        chosenRow: 2,
        rows: [
          { row: 2, product: { sku: 'A', title: 'x' } },
          { row: 4, product: { sku: 'A', title: 'z' } },
          { row: 5, product: { sku: 'A', title: 'w' } },
        ],
      },
    ]);
  });

  it('imports the row the user chose for a duplicated SKU', async () => {
    const yielder = createYielder();
    const rows: Cell[][] = [
      ['SKU', 'Title'],
      ['A', 'x'],
      ['A', 'z'],
    ];
    const table = await readCsv(utf8(csvText(rows)), { fileName: 'p.csv', yielder });
    const state = await buildPreview(table, new MemorySink(), yielder, { choices: { A: 3 } });
    expect(state.rows.map((r) => [r.row, r.action])).toEqual([
      [2, 'duplicate'],
      [3, 'create'],
    ]);
    expect(state.issues).toEqual([expect.objectContaining({ row: 2, code: 'DUPLICATE_SKU', relatedRows: [3] })]);
    expect(state.duplicates[0]?.chosenRow).toBe(3);
  });

  it('sets totals lines (合计 / 总计 / 小计) aside instead of treating them as products', async () => {
    const state = await preview([
      ['商品编码', '商品名称', '价格', '库存'],
      ['A1', '裙', '99', '3'],
      ['小计', null, '99', '3'],
      [null, '合 计：', '99', '3'],
      ['Total', null, '99', '3'],
    ]);
    expect(state.totals).toMatchObject({ rows: 1, valid: 1, invalid: 0 });
    expect(state.issues).toEqual([]);
    expect(state.totalsLines).toEqual([
      { row: 3, label: '小计' },
      { row: 4, label: '合 计：' },
      { row: 5, label: 'Total' },
    ]);
  });

  it('warns about a new product with no price and a live price above the list price, and imports both', async () => {
    const sink = new MemorySink([{ sku: 'OLD', title: '旧款' }]);
    const state = await preview(
      [
        ['货号', '商品名称', '划线价', '直播价'],
        ['NOPRICE', '没定价', null, null],
        ['OLD', null, null, null],
        ['HIGH', '直播更贵', '99', '129'],
        ['OK', '正常', '129', '99'],
      ],
      sink,
    );
    expect(state.totals).toMatchObject({ valid: 4, invalid: 0, warned: 2 });
    expect(state.issues.map((i) => [i.row, i.code, i.column, i.value])).toEqual([
      [2, 'PRICE_MISSING_FOR_NEW', '直播价', null],
      [4, 'LIVE_PRICE_ABOVE_LIST', '直播价', '129.00'],
    ]);
    expect(state.issues[1]?.message).toBe('Row 4, column "直播价": the live price ¥129.00 is above the list price ¥99.00');
  });

  it('refuses a title that is a spreadsheet formula, naming the row', async () => {
    const state = await preview([
      ['SKU', 'Title'],
      ['A', '=HYPERLINK("https://x.invalid","裙子")'],
      ['B', '-50%大促连衣裙'],
    ]);
    expect(state.totals).toMatchObject({ valid: 1, invalid: 1 });
    expect(state.issues).toEqual([
      expect.objectContaining({
        row: 2,
        column: 'Title',
        code: 'TITLE_LOOKS_LIKE_FORMULA',
        value: '=HYPERLINK("https://x.invalid","裙子")',
      }),
    ]);
  });

  it('needs a title for SKUs that are new, not for updates', async () => {
    const sink = new MemorySink([{ sku: 'OLD', title: 't' }]);
    const state = await preview(
      [
        ['货号', '库存'],
        ['OLD', '5'],
        ['NEW', '7'],
      ],
      sink,
    );
    expect(state.totals).toMatchObject({ valid: 1, invalid: 1, update: 1 });
    expect(state.issues).toEqual([expect.objectContaining({ row: 3, code: 'TITLE_REQUIRED_FOR_NEW', field: 'title' })]);
  });

  it('skips blank rows and a title line above the header, keeping Excel row numbers', async () => {
    const state = await preview([['双11直播商品'], ['商品编码', '商品名称', '价格'], [], ['A1', '裙', 'abc']]);
    expect(state.headerRow).toBe(2);
    expect(state.totals.rows).toBe(1);
    expect(state.issues[0]).toMatchObject({ row: 4, column: '价格', code: 'PRICE_INVALID', value: 'abc' });
  });

  it('blocks when no column is the SKU, and the user can map one by hand', async () => {
    const rows: Cell[][] = [
      ['编号X', '商品名称'],
      ['A1', '裙'],
    ];
    const auto = await preview(rows);
    expect(auto.blocking.map((b) => b.code)).toEqual(['SKU_COLUMN_MISSING']);
    const manual = await preview(rows, new MemorySink(), { '0': 'sku' });
    expect(manual.blocking).toEqual([]);
    expect(manual.columns[0]).toMatchObject({ field: 'sku', match: 'manual' });
    expect(manual.rows[0]?.product).toEqual({ sku: 'A1', title: '裙' });
  });

  it('refuses a mapping that names a missing column', async () => {
    await expect(preview([['sku'], ['A']], new MemorySink(), { '5': 'title' })).rejects.toMatchObject({ code: 'MAPPING_INVALID' });
  });

  it('names empty header cells by their Excel column letter', async () => {
    const state = await preview([
      ['SKU', 'Title', ''],
      ['A', 't', 'x'],
    ]);
    expect(state.columns[2]?.header).toBe('Column C');
    expect(toPublicPreview('p1', state).unmappedColumns).toEqual([{ index: 2, header: 'Column C' }]);
  });

  it('asks the sink in chunks, not once per row or all at once', async () => {
    const sink = new MemorySink();
    const rows: Cell[][] = [['SKU', 'Title'], ...Array.from({ length: 1200 }, (_, i) => [`S${i}`, 't'])];
    await preview(rows, sink);
    const chunks = Array.from({ length: Math.ceil(1200 / SKU_CHECK_CHUNK) }, (_, i) =>
      Math.min(SKU_CHECK_CHUNK, 1200 - i * SKU_CHECK_CHUNK),
    );
    expect(chunks.length).toBeGreaterThan(1);
    expect(sink.existenceQueries).toEqual(chunks);
  });
});

describe('columnLetter', () => {
  it('counts like Excel', () => {
    expect([0, 25, 26, 701, 702].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'ZZ', 'AAA']);
  });
});
