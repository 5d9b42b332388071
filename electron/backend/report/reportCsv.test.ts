import { describe, expect, it } from 'vitest';
import { computeSessionReport } from '../../../test/support/domain/computeSessionReport';
import { minuteRow, productRow, s, sessionLog } from '../../../test/support/domain/reportFixtures';
import { reportToCsv } from './reportCsv';

const report = computeSessionReport(
  sessionLog()
    .started(s(0), '春季, "新品"')
    .cue(s(0), 'c1', 'product', { productId: 'p1', title: '=HYPERLINK("http://x")', plannedDurationMs: 60_000 })
    .count(s(1), 'gmvFen', 12_345, 'p1')
    .count(s(1), 'buyers', 2, 'p1')
    .cueEnded(s(90), 'c1')
    .health(s(2), { bitrateKbps: 2500.4 })
    .batch(s(3), 'c1', [{ action: '-cmd', message: '@SUM' }])
    .outputStopped(s(50), 'record', false)
    .ended(s(100)).events,
  { now: 0 },
);

/** Splits the CSV into sections of rows (naive: the fixture's quoted cells hold no CRLF). */
function sections(csv: string): string[][] {
  return csv
    .slice(1)
    .split('\r\n\r\n')
    .filter((b) => b.trim() !== '')
    .map((b) => b.split('\r\n').filter((l) => l !== ''));
}

describe('reportToCsv', () => {
  const csv = reportToCsv(report, 'en');

  it('is UTF-8 with a BOM and CRLF line ends only', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('has one titled section per table', () => {
    expect(sections(csv).map((rows) => rows[0])).toEqual([
      'Summary',
      'Cues (planned vs actual)',
      'Products',
      'Platform products not in the catalog',
      'Coupons',
      'Tasks',
      'Stream health',
      'Panic',
      'OBS batch failures',
      'OBS outputs',
    ]);
  });

  it('lists what happened to the outputs, a stop nobody in LiveCue asked for included', () => {
    const outputs = sections(csv).find((rows) => rows[0] === 'OBS outputs') ?? [];
    expect(outputs[1]).toBe('Time,Output,What happened,By LiveCue,Message');
    expect(outputs[2]).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,record,stopped,no,$/);
  });

  it('writes figures, their definitions, and absent figures as empty cells', () => {
    const summary = sections(csv)[0] ?? [];
    expect(summary[1]).toBe('Figure,Value,Definition,Source');
    expect(summary).toContain('GMV (¥),123.45,,Typed in');
    expect(summary).toContain('Buyers,2,,Typed in');
    expect(summary).toContain('Likes,,,');
    expect(summary.find((l) => l.startsWith('Average order value'))).toBe(
      'Average order value (¥),61.73,"Average order value = GMV ÷ buyers, rounded to the fen.",',
    );
    expect(summary.find((l) => l.startsWith('GPM'))).toMatch(/^GPM \(¥\),,"GPM = GMV × 1000 ÷ views/);
    expect(summary).toContain('Show,"春季, ""新品""",,');
  });

  it('guards text a spreadsheet would run, but not numbers', () => {
    const cues = sections(csv)[1] ?? [];
    expect(cues[2]).toContain(`,"'=HYPERLINK(""http://x"")",`);
    // Overrun of 30 s: a negative-looking number stays a number.
    expect(cues[2]?.endsWith(',60,90,30,1')).toBe(true);
    const failures = sections(csv)[8] ?? [];
    expect(failures[2]).toMatch(/,c1,'-cmd,'@SUM$/);
  });

  it('names products by SKU and title (the title as on air), not by id alone; a deleted product keeps its title', () => {
    const named = reportToCsv(report, 'en', new Map([['p1', { sku: 'SKU-001', title: 'Catalog title' }]]));
    const products = sections(named)[2] ?? [];
    expect(products[1]?.startsWith('Product,SKU,Product title,Explains,')).toBe(true);
    expect(products[2]?.startsWith(`p1,SKU-001,"'=HYPERLINK(""http://x"")",1,`)).toBe(true);
    expect((sections(named)[1] ?? [])[2]).toContain(',p1,SKU-001,');
    const deleted = sections(reportToCsv(report, 'en'))[2] ?? [];
    expect(deleted[2]?.startsWith(`p1,,"'=HYPERLINK(""http://x"")",`)).toBe(true);
  });

  it('speaks Chinese when asked', () => {
    const zh = reportToCsv(report, 'zh-CN');
    expect(sections(zh).map((rows) => rows[0])).toContain('商品');
    expect(zh).toContain('成交额（元）,123.45,,手动录入');
  });
});

describe('reportToCsv definitions', () => {
  it('states the definitions in the export language', () => {
    expect(reportToCsv(report, 'zh-CN')).toContain('客单价 = 成交额 ÷ 成交人数');
  });
});

describe('reportToCsv with platform data', () => {
  const platform = computeSessionReport(
    sessionLog()
      .started(s(0))
      .cue(s(0), 'c1', 'product', { productId: 'p1' })
      .count(s(5), 'buyers', 3, 'p1')
      .cue(s(20), 't', 'task', { taskId: 'follow', taskTarget: 50 })
      .cueEnded(s(40), 'c1')
      .platformProducts(s(500), [
        productRow('p1', { exposures: 2000, clicks: 80, orders: 4, gmvFen: 19_900, refundFen: 990 }),
        productRow(null, { sku: 'DY-7', title: '赠品, 小样', orders: 1, gmvFen: 100 }),
      ])
      .platformTrend(
        s(600),
        [
          minuteRow(s(-20), { likes: 30, orders: 2, gmvFen: 10_000, viewersOnline: 100 }),
          minuteRow(s(40), { likes: 5, orders: 3, gmvFen: 9900, viewersOnline: 300 }),
        ],
        {
          fileName: '趋势.csv',
        },
      )
      .ended(s(100)).events,
    { now: 0 },
  );
  const zh = sections(reportToCsv(platform, 'zh-CN'));

  it('names each summary figure’s source and the files used', () => {
    const summary = zh[0] ?? [];
    expect(summary[1]).toBe('指标,数值,定义,来源');
    expect(summary).toContain('点赞,35,,平台数据 · 抖音');
    // The audience from the trend is defined as the platform's figure, not as typed readings.
    expect(summary.find((l) => l.startsWith('最高在线'))).toBe(
      '最高在线,300,最高在线（平台）= 趋势文件每分钟在线人数中的最大值。,平台数据 · 抖音',
    );
    expect(summary).toContain('成交额（元）,199.00,,平台数据 · 抖音');
    expect(summary.find((l) => l.startsWith('平台趋势数据文件,趋势.csv,导入时间 '))?.endsWith(',平台数据 · 抖音')).toBe(true);
  });

  it('gives each product its platform figures, their source, and its sales while explained and just after', () => {
    const products = zh[2] ?? [];
    expect(products[1]).toContain(
      ',订单数,成交人数,成交额（元）,来源,曝光次数,点击次数,点击率,转化率（成交人数 ÷ 点击）,退款（元）,讲解期间订单,',
    );
    // Orders and GMV from the file, buyers typed; 80 ÷ 2000 = 0.04; no conversion (the file has no buyers). Explained 0–40 s: minute 0
    // (its middle, 10 s, falls inside); just after: 40 s to 340 s holds minute 1's middle (70 s). ¥100 over 40 s = ¥150 a minute.
    expect(products[2]).toMatch(
      /,4,3,199\.00,订单数: 平台数据 · 抖音; 成交人数: 手动录入; 成交额（元）: 平台数据 · 抖音,2000,80,0\.04,,9\.90,2,100\.00,3,99\.00,150\.00$/,
    );
  });

  it('lists unmatched platform rows as the file names them', () => {
    const unmatched = zh[3] ?? [];
    expect(unmatched[0]).toBe('未匹配到商品库的平台商品');
    expect(unmatched[2]).toBe(',DY-7,"赠品, 小样",,,1,,1.00,');
  });

  it('lists a task that ran with nothing counted: its goal, no reached figure, its cue and runs', () => {
    const tasks = zh[5] ?? [];
    expect(tasks[2]).toBe('follow,50,,否,,t,task,1');
  });
});
