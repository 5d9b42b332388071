import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hubBackends, stopHubBackends } from '../../test/helpers/hubBackends';
import { refusal } from '../../test/support/hub/hubTestKit';
import { resultsScenarioHub } from '../../test/support/hub/resultsScenario';

afterAll(stopHubBackends);

const NOVEMBER = 'from=2026-11-01&to=2026-11-30';

describe.each(hubBackends())('results export on $name', (backend) => {
  const ctx = resultsScenarioHub(backend);
  beforeAll(async () => {
    // A name a spreadsheet would run as a formula: the export must show it as text.
    await ctx.hub.db.query('UPDATE stores SET name = \'=HYPERLINK("http://x")\' WHERE id = $1', [ctx.scenario.stores.C.id]);
  });

  const download = async (query: string) => {
    const res = await ctx.hub.app.inject({ url: `/v1/results/export?${NOVEMBER}&${query}`, headers: ctx.scenario.hq });
    expect(res.statusCode, res.body).toBe(200);
    const disposition = String(res.headers['content-disposition']);
    const fileName = decodeURIComponent(disposition.split("filename*=UTF-8''")[1] ?? '');
    return { res, fileName, bytes: res.rawPayload };
  };

  it('writes a Chinese CSV with a BOM: each section a title line, a header line, then yuan, %, and minutes', async () => {
    const { res, fileName, bytes } = await download('format=csv');
    expect(fileName).toBe('跨店业绩_2026-11-01_2026-11-30.csv');
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows: string[][] = parse(bytes.subarray(3).toString('utf8'), { relaxColumnCount: true, skipEmptyLines: true });
    const section = (title: string) => {
      const at = rows.findIndex((r) => r[0] === title);
      expect(at, title).toBeGreaterThanOrEqual(0);
      return rows.slice(at + 1);
    };
    const [totalsHeader, totals] = section('汇总（2026-11-01 至 2026-11-30）');
    expect(totalsHeader).toEqual([
      '场次',
      '成交额（元）',
      '订单数',
      '成交人数',
      '观看次数',
      '观看人数',
      '最高在线',
      '千次观看成交额 GPM（元）',
      'UV 价值（元）',
      '转化率',
      '讲解时长（分钟）',
    ]);
    // GMV 2,100,000 fen, GPM 22,500 fen, UV value 119 fen, conversion 26 ÷ 16,000, explain 3,900,000 ms.
    expect(totals).toEqual(['5', '21000.00', '37', '30', '85000', '16000', '2000', '225.00', '1.19', '0.16%', '65.0']);
    const [storesHeader, first, second, third] = section('门店排行');
    expect(storesHeader?.slice(0, 7)).toEqual(['排名', '门店编号', '门店', '区域', '分组', '场次', '成交额（元）']);
    expect(first).toEqual([
      '1',
      ctx.scenario.stores.C.code,
      `'=HYPERLINK("http://x")`,
      '华南',
      '旗舰店',
      '1',
      '10000.00',
      '20',
      '15',
      '50000',
      '10000',
      '2000',
      '200.00',
      '1.00',
      '0.15%',
      '30.0',
    ]);
    expect(second?.slice(0, 7)).toEqual(['2', ctx.scenario.stores.A.code, '门店A', '华东', '旗舰店', '2', '8000.00']);
    // B had no session with both GMV and views: its GPM cell is empty.
    expect(third?.slice(11, 13)).toEqual(['800', '']);
    const [productsHeader, p1] = section('商品');
    expect(productsHeader).toEqual([
      '商品 ID',
      '商品',
      '门店数',
      '讲解次数',
      '讲解时长（分钟）',
      '订单数',
      '成交人数',
      '成交额（元）',
      '点击次数',
      '转化率（成交人数 ÷ 点击）',
    ]);
    expect(p1).toEqual(['p1', '口红（返场）', '2', '3', '60.0', '34', '112', '18000.00', '2500', '5.00%']);
    const [itemsHeader, coupon, task] = section('优惠券与互动任务');
    expect(itemsHeader).toEqual(['类型', 'ID', '名称', '门店数', '执行次数', '达标场次', '计数场次']);
    expect(coupon).toEqual(['优惠券', 'cp1', '满减券', '1', '2', '', '']);
    expect(task).toEqual(['互动任务', 't1', '关注目标', '2', '2', '1', '2']);
    const [daysHeader, nov1] = section('每日');
    expect(daysHeader?.[0]).toBe('日期');
    expect(nov1).toEqual(['2026-11-01', '2', '9000.00', '13', '11', '20000', '6000', '800', '300.00', '1.50', '0.18%', '25.0']);
  });

  it('writes an English XLSX, a sheet per section, numbers kept as numbers in yuan, % and minutes', async () => {
    const { res, fileName, bytes } = await download('format=xlsx&language=en');
    expect(fileName).toBe('results_2026-11-01_2026-11-30.xlsx');
    expect(res.headers['content-type']).toMatch(/spreadsheetml/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Totals', 'Stores', 'Products', 'Coupons and follower tasks', 'Days']);
    const values = (sheet: string, row: number) => {
      const found = workbook.getWorksheet(sheet);
      if (!found) throw new Error(`no sheet ${sheet}`);
      return (found.getRow(row).values as unknown[]).slice(1);
    };
    expect(values('Totals', 1)).toEqual([
      'Sessions',
      'GMV (¥)',
      'Orders',
      'Buyers',
      'Views',
      'Unique viewers',
      'Peak viewers',
      'GPM (¥)',
      'UV value (¥)',
      'Conversion',
      'Explain time (min)',
    ]);
    expect(values('Totals', 2)).toEqual([5, 21_000, 37, 30, 85_000, 16_000, 2_000, 225, 1.19, 26 / 16_000, 65]);
    const totals = workbook.getWorksheet('Totals')?.getRow(2);
    expect([2, 10, 11].map((c) => totals?.getCell(c).numFmt)).toEqual(['0.00', '0.00%', '0.0']);
    expect(values('Stores', 1).slice(0, 3)).toEqual(['Rank', 'Store code', 'Store']);
    // A text cell as the name reads, not a formula (and no guarding apostrophe on show).
    expect(values('Stores', 2).slice(0, 3)).toEqual([1, ctx.scenario.stores.C.code, '=HYPERLINK("http://x")']);
    expect(workbook.getWorksheet('Stores')?.getRow(2).getCell(3).type).toBe(ExcelJS.ValueType.String);
    expect(values('Products', 2)).toEqual(['p1', '口红（返场）', 2, 3, 60, 34, 112, 18_000, 2_500, 0.05]);
    expect(values('Coupons and follower tasks', 3)).toEqual(['Follower task', 't1', '关注目标', 2, 2, 1, 2]);
    expect(values('Days', 4).slice(0, 3)).toEqual(['2026-11-03', 1, undefined]);
  });

  it('refuses an unknown format, naming the field', async () => {
    const res = await ctx.hub.app.inject({ url: `/v1/results/export?${NOVEMBER}&format=pdf`, headers: ctx.scenario.hq });
    expect(refusal(res)).toMatchObject({ status: 400, code: 'INVALID_PAYLOAD' });
    expect(refusal(res).message).toMatch(/^query\.format/);
  });
});
