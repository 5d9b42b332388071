import { describe, expect, it } from 'vitest';
import { MemorySink } from '../../../test/fixtures/import/memorySink';
import { writeCsv } from './csvWriter';
import { couponExportColumns, type ExportProduct, productExportColumns, taskExportColumns } from './exportColumns';
import { createImportJobs } from './importJob';
import { createYielder } from './yielder';

const products: ExportProduct[] = [
  {
    sku: 'A1',
    title: '连衣裙, "夏款"',
    listPriceFen: 129900,
    livePriceFen: 10,
    stock: 1000,
    tags: ['新品', '热卖'],
    sellingPoints: ['面料舒适', '版型显瘦'],
    platformIds: { douyin: '3612345678901234567' },
  },
  { sku: '=A2', title: '@evil', subtitle: '-1', category: '+cat' },
];

const decode = (bytes: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);

describe('writeCsv', () => {
  it('writes UTF-8 with a BOM, CRLF, quoting, yuan prices and formula-guarded text', async () => {
    const bytes = await writeCsv(productExportColumns('zh').slice(0, 9), products, { yielder: createYielder() });
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(decode(bytes)).toBe(
      '\uFEFF商品编码,商品名称,副标题,价格,直播价,库存,类目,标签,卖点\r\n' +
        'A1,"连衣裙, ""夏款""",,1299.00,0.10,1000,,新品、热卖,"面料舒适\n版型显瘦"\r\n' +
        "'=A2,'@evil,'-1,,,,'+cat,,\r\n",
    );
  });

  it('writes numbers as numbers, negative ones included, and times in China time', async () => {
    const bytes = await writeCsv(
      taskExportColumns('en'),
      [{ name: 'Follow', kind: 'follow', target: 100, progress: -5, reward: null, startsAt: Date.UTC(2024, 10, 11, 12, 0), endsAt: null }],
      { yielder: createYielder() },
    );
    expect(decode(bytes).split('\r\n')[1]).toBe('Follow,follow,100,-5,,2024-11-11 20:00,');
  });

  it('exports coupons with yuan amounts', async () => {
    const bytes = await writeCsv(
      couponExportColumns('zh'),
      [{ code: 'C1', name: '满199减20', amountFen: 2000, thresholdFen: 19900, quantity: 500, startsAt: null, endsAt: null }],
      { yielder: createYielder() },
    );
    expect(decode(bytes).split('\r\n')[1]).toBe('C1,满199减20,20.00,199.00,500,,');
  });

  it('refuses a non-integer fen amount instead of rounding it', async () => {
    await expect(writeCsv(productExportColumns(), [{ sku: 'A', listPriceFen: 1.5 }], { yielder: createYielder() })).rejects.toThrow(
      /integer/,
    );
  });

  it.each(['zh', 'en'] as const)('round-trips through the importer with %s headers', async (language) => {
    const clean = products.slice(0, 1);
    const bytes = await writeCsv(productExportColumns(language), clean, { yielder: createYielder() });
    const sink = new MemorySink();
    const jobs = createImportJobs({ sink });
    const preview = await jobs.preview({ fileName: 'export.csv', bytes });
    expect(preview.unmappedColumns).toEqual([]);
    expect(preview.columns.every((c) => c.match === 'exact')).toBe(true);
    expect(preview.issues).toEqual([]);
    await jobs.commit(preview.previewId);
    expect([...sink.products.values()]).toEqual(clean);
  });
});
