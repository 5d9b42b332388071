import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { MemorySink } from '../../../test/fixtures/import/memorySink';
import { couponExportColumns, type ExportProduct, productExportColumns } from './exportColumns';
import { createImportJobs } from './importJob';
import { writeXlsx, xlsxSheet } from './xlsxWriter';
import { createYielder } from './yielder';

const products: ExportProduct[] = [
  {
    sku: 'A1',
    title: '连衣裙',
    listPriceFen: 1999,
    stock: 0,
    tags: ['新品'],
    sellingPoints: ['一', '二'],
    platformIds: { taobao: '612345678901' },
  },
  { sku: 'A2', title: '=1+1', subtitle: '-3' },
];

async function load(bytes: Uint8Array) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return workbook;
}

describe('writeXlsx', () => {
  it('writes typed cells: yuan as numbers with 0.00, guarded text, one sheet per table', async () => {
    const bytes = await writeXlsx(
      [
        xlsxSheet('商品', productExportColumns(), products),
        xlsxSheet('优惠券', couponExportColumns(), [
          {
            id: '0190a6b1-0000-7000-8000-000000000002',
            name: 'n',
            type: 'direct',
            value: 500,
            thresholdFen: null,
            quantity: 3,
            perBuyerLimit: null,
            startsAt: 0,
            endsAt: 1,
            productIds: [],
            productSkus: [],
            createdAt: 0,
            updatedAt: 0,
          },
        ]),
      ],
      { yielder: createYielder() },
    );
    const workbook = await load(bytes);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['商品', '优惠券']);
    const sheet = workbook.getWorksheet('商品');
    expect(sheet?.getRow(1).getCell(1).value).toBe('商品编码');
    expect(sheet?.getRow(2).getCell(4).value).toBe(19.99);
    expect(sheet?.getRow(2).getCell(4).numFmt).toBe('0.00');
    expect(sheet?.getRow(2).getCell(6).value).toBe(0);
    expect(sheet?.getRow(3).getCell(2).value).toBe("'=1+1");
    expect(sheet?.getRow(3).getCell(3).value).toBe("'-3");
    const coupons = workbook.getWorksheet('优惠券');
    expect(coupons?.getRow(2).getCell(3).value).toBe(5);
    expect(coupons?.getRow(2).getCell(6).value).toBe(3);
  });

  it('keeps negative numbers as numbers: they are not formulas', async () => {
    const bytes = await writeXlsx([xlsxSheet('n', [{ header: 'delta', kind: 'integer', value: (r: { n: number }) => r.n }], [{ n: -5 }])], {
      yielder: createYielder(),
    });
    expect((await load(bytes)).getWorksheet('n')?.getRow(2).getCell(1).value).toBe(-5);
  });

  it('round-trips products through the importer', async () => {
    const clean = products.slice(0, 1);
    const bytes = await writeXlsx([xlsxSheet('商品', productExportColumns(), clean)], { yielder: createYielder() });
    const sink = new MemorySink();
    const jobs = createImportJobs({ sink });
    const preview = await jobs.preview({ fileName: 'export.xlsx', bytes });
    expect(preview.issues).toEqual([]);
    await jobs.commit(preview.previewId);
    expect([...sink.products.values()]).toEqual(clean);
  });

  it('writes a large sheet in slices', async () => {
    const yielder = createYielder({ sliceMs: 0 });
    const many = Array.from({ length: 3000 }, (_, i): ExportProduct => ({ sku: `S${i}`, title: 't', listPriceFen: i }));
    const bytes = await writeXlsx([xlsxSheet('商品', productExportColumns(), many)], { yielder });
    expect(yielder.yields).toBeGreaterThan(100);
    const workbook = await load(bytes);
    expect(workbook.getWorksheet('商品')?.rowCount).toBe(3001);
  });
});
