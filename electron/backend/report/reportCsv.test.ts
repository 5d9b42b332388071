import { describe, expect, it } from 'vitest';
import { computeSessionReport } from '../../../test/support/domain/computeSessionReport';
import { s, sessionLog } from '../../../test/support/domain/reportFixtures';
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
    expect(summary[1]).toBe('Figure,Value,Definition');
    expect(summary).toContain('GMV (¥),123.45,');
    expect(summary).toContain('Buyers,2,');
    expect(summary).toContain('Likes,,');
    expect(summary.find((l) => l.startsWith('Average order value'))).toBe(
      'Average order value (¥),61.73,"Average order value = GMV ÷ buyers, rounded to the fen."',
    );
    expect(summary.find((l) => l.startsWith('GPM'))).toMatch(/^GPM \(¥\),,"GPM = GMV × 1000 ÷ views/);
    expect(summary).toContain('Show,"春季, ""新品""",');
  });

  it('guards text a spreadsheet would run, but not numbers', () => {
    const cues = sections(csv)[1] ?? [];
    expect(cues[2]).toContain(`,"'=HYPERLINK(""http://x"")",`);
    // Overrun of 30 s: a negative-looking number stays a number.
    expect(cues[2]?.endsWith(',60,90,30')).toBe(true);
    const failures = sections(csv)[7] ?? [];
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
    expect(zh).toContain('GMV（元）,123.45,');
  });
});

describe('reportToCsv definitions', () => {
  it('states the definitions in the export language', () => {
    expect(reportToCsv(report, 'zh-CN')).toContain('客单价 = GMV ÷ 成交人数');
  });
});
