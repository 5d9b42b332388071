import { describe, expect, it } from 'vitest';
import { xlsxBytes } from '../../../test/fixtures/import/productFiles';
import { readTable } from './readTable';
import { readXlsx, toRawCell } from './xlsxReader';
import { createYielder } from './yielder';

describe('readXlsx', () => {
  it('reads the first sheet with its name, numbers and text, keeping Excel row numbers', async () => {
    const bytes = await xlsxBytes([['货号', '商品名称', '价格'], ['A1', '连衣裙', 129.9], [], ['A2', '裤子', 59]], {
      extraSheets: ['说明'],
    });
    const result = await readXlsx(bytes, { fileName: 'p.xlsx', yielder: createYielder() });
    expect(result.source).toEqual({ fileName: 'p.xlsx', format: 'xlsx', encoding: null, delimiter: null, sheetName: '商品' });
    expect(result.rows).toEqual([
      { line: 1, cells: ['货号', '商品名称', '价格'] },
      { line: 2, cells: ['A1', '连衣裙', 129.9] },
      { line: 4, cells: ['A2', '裤子', 59] },
    ]);
  });

  it('is chosen by content, not by the file name', async () => {
    const bytes = await xlsxBytes([['sku'], ['A1']]);
    const result = await readTable(bytes, { fileName: 'renamed.csv', yielder: createYielder() });
    expect(result.source.format).toBe('xlsx');
  });

  it('reports a damaged workbook as unreadable', async () => {
    const bytes = await xlsxBytes([['sku'], ['A1']]);
    const broken = bytes.slice(0, Math.floor(bytes.length / 2));
    await expect(readXlsx(broken, { fileName: 'broken.xlsx', yielder: createYielder() })).rejects.toMatchObject({
      code: 'FILE_UNREADABLE',
    });
  });

  it('refuses old .xls workbooks with a hint', async () => {
    const bytes = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    await expect(readTable(bytes, { fileName: 'old.xls', yielder: createYielder() })).rejects.toMatchObject({ code: 'FILE_UNREADABLE' });
  });
});

describe('toRawCell', () => {
  it('flattens exceljs value shapes', () => {
    expect(toRawCell({ richText: [{ text: '连' }, { text: '衣裙' }] })).toBe('连衣裙');
    expect(toRawCell({ formula: 'A1*2', result: 19.98 })).toBe(19.98);
    expect(toRawCell({ sharedFormula: 'A1', result: 'x' })).toBe('x');
    expect(toRawCell({ formula: 'A1' })).toBeNull();
    expect(toRawCell({ error: '#N/A' })).toEqual({ error: '#N/A' });
    expect(toRawCell({ text: '链接', hyperlink: 'https://x' })).toBe('链接');
    expect(toRawCell(new Date('2024-11-11T00:00:00Z'))).toBe('2024-11-11');
    expect(toRawCell(new Date('2026-12-06T20:01:00Z'))).toBe('2026-12-06 20:01:00');
    expect(toRawCell(undefined)).toBeNull();
  });
});
