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

const coupon = {
  id: '0190a6b1-0000-7000-8000-000000000002',
  name: '8 off',
  type: 'threshold' as const,
  value: 2000,
  thresholdFen: 19900,
  quantity: 500,
  perBuyerLimit: 1,
  startsAt: Date.UTC(2024, 10, 11, 12, 0),
  endsAt: Date.UTC(2024, 10, 12, 12, 0),
  productIds: [],
  productSkus: ['A1', 'B2'],
  createdAt: 0,
  updatedAt: 0,
};

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
      couponExportColumns('en'),
      [{ ...coupon, type: 'percent', value: 2000, thresholdFen: null, quantity: 5, startsAt: Date.UTC(2024, 10, 11, 12, 0) }],
      { yielder: createYielder() },
    );
    expect(decode(bytes).split('\r\n')[1]).toBe('8 off,Percent off,,20,,5,1,2024-11-11 20:00,2024-11-12 20:00,A1、B2');
  });

  it('exports coupons with yuan amounts and their products as SKUs', async () => {
    const bytes = await writeCsv(couponExportColumns('zh'), [{ ...coupon, name: '满199减20' }], { yielder: createYielder() });
    expect(decode(bytes).split('\r\n')[0]).toBe('\uFEFF名称,类型,金额,折扣(%),使用门槛,数量,每人限领,开始时间,结束时间,适用商品');
    expect(decode(bytes).split('\r\n')[1]).toBe('满199减20,满减,20.00,,199.00,500,1,2024-11-11 20:00,2024-11-12 20:00,A1、B2');
  });

  it('exports loyalty tasks with labels in the chosen language and durations in seconds', async () => {
    const task = {
      id: '0190a6b1-0000-7000-8000-000000000001',
      type: 'comment_keyword' as const,
      title: '评论“想要”',
      target: 200,
      reward: '',
      durationMs: 300_000,
      keyword: '=想要',
      entry: '',
      createdAt: 0,
      updatedAt: 0,
    };
    expect(decode(await writeCsv(taskExportColumns('zh'), [task], { yielder: createYielder() })).split('\r\n')[1]).toBe(
      "评论“想要”,评论口令,200,,300,'=想要,",
    );
    expect(decode(await writeCsv(taskExportColumns('en'), [task], { yielder: createYielder() })).split('\r\n')[0]).toBe(
      '\uFEFFTask,Type,Target,Reward,Duration (s),Keyword,Entry',
    );
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
