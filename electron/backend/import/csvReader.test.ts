import { describe, expect, it } from 'vitest';
import { csvText, gbk, utf8, utf8Bom, utf16leBom } from '../../../test/fixtures/import/productFiles';
import { readCsv } from './csvReader';
import { ImportError } from './importError';
import { createYielder } from './yielder';

const read = (bytes: Uint8Array, sliceMs?: number) =>
  readCsv(bytes, { fileName: 'products.csv', yielder: createYielder(sliceMs === undefined ? {} : { sliceMs }) });

const table = [
  ['商品编码', '商品名称', '价格(元)'],
  ['A1', '连衣裙, 夏款', '￥1,299.00'],
  ['A2', '说 "好" 的', '99'],
];

describe('readCsv', () => {
  it.each([
    ['UTF-8', utf8(csvText(table)), 'utf-8', ','],
    ['UTF-8 with BOM', utf8Bom(csvText(table)), 'utf-8-bom', ','],
    ['GBK from Excel on Chinese Windows', gbk(csvText(table)), 'gb18030', ','],
    ['UTF-16LE "Unicode text", tab-separated', utf16leBom(csvText(table, '\t')), 'utf-16le', '\t'],
    ['semicolon-separated', utf8(csvText(table, ';')), 'utf-8', ';'],
  ])('reads %s', async (_name, bytes, encoding, delimiter) => {
    const result = await read(bytes);
    expect(result.source).toEqual({ fileName: 'products.csv', format: 'csv', encoding, delimiter, sheetName: null });
    expect(result.rows).toEqual([
      { line: 1, cells: table[0] },
      { line: 2, cells: table[1] },
      { line: 3, cells: table[2] },
    ]);
  });

  it('numbers rows as Excel does: quoted line breaks stay in the cell, empty lines count', async () => {
    const text = 'sku,卖点\r\nA1,"面料舒适\r\n版型显瘦"\r\n\r\nA2,x';
    const result = await read(utf8(text));
    expect(result.rows.map((r) => [r.line, r.cells[0]])).toEqual([
      [1, 'sku'],
      [2, 'A1'],
      [3, ''],
      [4, 'A2'],
    ]);
    expect(result.rows[1]?.cells[1]).toBe('面料舒适\r\n版型显瘦');
  });

  it('keeps ragged rows and stray quotes readable', async () => {
    const result = await read(utf8('sku,title\nA1,5" screen,extra\nA2'));
    expect(result.rows.map((r) => r.cells)).toEqual([['sku', 'title'], ['A1', '5" screen', 'extra'], ['A2']]);
  });

  it('refuses an empty file and an unterminated quote with a file-level error', async () => {
    await expect(read(utf8('  \r\n'))).rejects.toMatchObject({ code: 'FILE_EMPTY' });
    const error = await read(utf8('sku,title\nA1,"never closed')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect(error).toMatchObject({ code: 'FILE_UNREADABLE' });
  });

  it('parses a large file in several slices without splitting characters', async () => {
    const rows = [['sku', 'title'], ...Array.from({ length: 20_000 }, (_, i) => [`S${i}`, `连衣裙😀${i}`])];
    const yielder = createYielder({ sliceMs: 0 });
    const result = await readCsv(utf8(csvText(rows)), { fileName: 'big.csv', yielder });
    expect(result.rows).toHaveLength(20_001);
    expect(result.rows[20_000]?.cells).toEqual(['S19999', '连衣裙😀19999']);
    expect(yielder.yields).toBeGreaterThan(5);
  });
});
