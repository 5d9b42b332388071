import { describe, expect, it } from 'vitest';
import type { DayRow, ProductAcrossStores } from '../../../../shared/api/hub/hubConsole';
import { PRINT_PALETTE, SCREEN_PALETTE } from '../../features/reports/chartPalette';
import {
  bubbleSize,
  type DayTrendTexts,
  daysBetween,
  dayTrendOption,
  explainMinutes,
  productsScatterOption,
  type ResultUnits,
  type ScatterTexts,
} from './resultsCharts';

const units: ResultUnits = {
  people: (n) => `${n} 人`,
  yuan: (fen) => `¥${(fen / 100).toFixed(2)}`,
  minutes: (n) => `${n} 分钟`,
  percent: (ratio) => `${(ratio * 100).toFixed(1)}%`,
};
const product = (productId: string, title: string, over: Partial<ProductAcrossStores> = {}): ProductAcrossStores => ({
  productId,
  title,
  stores: 3,
  explainMs: 12 * 60_000,
  explainCount: 4,
  orders: 10,
  buyers: 9,
  gmvFen: 100_000,
  clicks: 200,
  conversion: 0.045,
  ...over,
});

interface ScatterSeries {
  type: string;
  data: { name: string; value: number[]; symbolSize: number }[];
  label: { position: string };
}
interface Axis {
  name: string;
  boundaryGap?: unknown;
}

describe('the products scatter', () => {
  const texts: ScatterTexts = {
    explainAxis: '讲解（分钟）',
    conversionAxis: '转化率（%）',
    explain: '讲解',
    conversion: '转化率',
    gmv: '成交额',
    stores: (n) => `${n} 家门店`,
    absent: '未录入',
    units,
  };
  const products = [
    product('p1', '羊绒围巾'),
    product('p2', '保温杯 <限量>', { explainMs: 90_000, conversion: 0.12, gmvFen: 400_000, stores: 5 }),
    product('p3', '无转化', { conversion: null }),
    product('p4', '未成交', { gmvFen: null, conversion: 0.01 }),
  ];
  const option = productsScatterOption(products, texts, SCREEN_PALETTE);
  const series = (option.series as ScatterSeries[])[0];

  it('places each product with a conversion at explain minutes × conversion %', () => {
    expect(series?.type).toBe('scatter');
    expect(series?.data.map((d) => d.name)).toEqual(['羊绒围巾', '保温杯 <限量>', '未成交']);
    expect(series?.data.map((d) => d.value)).toEqual([
      [12, 4.5],
      [1.5, 12],
      [12, 1],
    ]);
    expect((option.xAxis as Axis).name).toBe('讲解（分钟）');
    expect((option.yAxis as Axis).name).toBe('转化率（%）');
  });

  it('leaves room past the largest values and names bubbles above them, so none is cut at the plot’s edge', () => {
    expect((option.xAxis as Axis).boundaryGap).toEqual([0, '18%']);
    expect((option.yAxis as Axis).boundaryGap).toEqual([0, '18%']);
    expect(series?.label.position).toBe('top');
  });

  it('sizes bubbles by GMV (area), the biggest seller largest, an unsold one smallest', () => {
    const sizes = series?.data.map((d) => d.symbolSize) ?? [];
    expect(sizes[1]).toBe(44);
    expect(sizes[0]).toBe(26); // half the diameter range at a quarter of the GMV
    expect(sizes[2]).toBe(8);
    expect(bubbleSize(0, 100)).toBe(8);
    expect(bubbleSize(100, 0)).toBe(8);
  });

  it('names the product, its store count and each figure with its unit in the tooltip, escaped', () => {
    const formatter = (option.tooltip as { formatter: (p: { dataIndex: number }) => string }).formatter;
    const text = formatter({ dataIndex: 1 });
    expect(text).toContain('<b>保温杯 &lt;限量&gt;</b>');
    expect(text).toContain('5 家门店');
    expect(text).toContain('1.5 分钟');
    expect(text).toContain('12.0%');
    expect(text).toContain('¥4000.00');
    expect(formatter({ dataIndex: 2 })).toContain('成交额&nbsp;&nbsp;<b>未录入</b>');
  });

  it('draws in the print palette for paper', () => {
    const print = productsScatterOption(products, texts, PRINT_PALETTE);
    expect((print.series as { itemStyle: { color: string } }[])[0]?.itemStyle.color).toBe(PRINT_PALETTE.viewers);
  });

  it('reads explain time in minutes to a tenth', () => {
    expect(explainMinutes(0)).toBe(0);
    expect(explainMinutes(61_000)).toBe(1);
    expect(explainMinutes(93_000)).toBe(1.6);
  });
});

describe('the day trend', () => {
  const texts: DayTrendTexts = {
    gmv: '成交额',
    viewers: '观看人数',
    yuanAxis: '元',
    peopleAxis: '人',
    sessions: (n) => `${n} 场`,
    absent: '未录入',
    units,
  };
  const day = (d: string, over: Partial<DayRow> = {}): DayRow => ({
    day: d,
    sessions: 2,
    gmvFen: 123_400,
    orders: null,
    buyers: null,
    views: null,
    uniqueViewers: 800,
    peakViewers: null,
    gpmFen: null,
    uvValueFen: null,
    conversion: null,
    explainMs: 0,
    ...over,
  });
  const label = (d: string) => d.slice(5);
  const option = dayTrendOption(
    [day('2026-12-03', { uniqueViewers: null }), day('2026-12-01')],
    { from: '2026-11-30', to: '2026-12-03' },
    texts,
    SCREEN_PALETTE,
    label,
  );
  const series = option.series as { name: string; type: string; yAxisIndex: number; data: (number | null)[] }[];

  it('gives every day of the range its place, a day without sessions drawing nothing', () => {
    expect((option.xAxis as { data: string[] }).data).toEqual(['11-30', '12-01', '12-02', '12-03']);
    expect(series[0]).toMatchObject({ name: '成交额', type: 'bar', yAxisIndex: 0, data: [null, 1234, null, 1234] });
    expect(series[1]).toMatchObject({ name: '观看人数', type: 'line', yAxisIndex: 1, data: [null, 800, null, null] });
  });

  it('has two axes with their units', () => {
    expect((option.yAxis as Axis[]).map((a) => a.name)).toEqual(['元', '人']);
  });

  it('says each day’s sessions and figures with units, or not entered', () => {
    const formatter = (option.tooltip as { formatter: (p: { dataIndex: number }[]) => string }).formatter;
    expect(formatter([{ dataIndex: 1 }])).toContain('2 场');
    expect(formatter([{ dataIndex: 1 }])).toContain('¥1234.00');
    expect(formatter([{ dataIndex: 1 }])).toContain('800 人');
    expect(formatter([{ dataIndex: 3 }])).toContain('<b>未录入</b>');
    expect(formatter([{ dataIndex: 2 }])).toContain('0 场');
  });

  it('lists only the days with sessions when the range is too long to fill', () => {
    expect(daysBetween('2026-12-01', '2026-12-01')).toEqual(['2026-12-01']);
    expect(daysBetween('2026-12-02', '2026-12-01')).toBeNull();
    expect(daysBetween('2020-01-01', '2026-12-01')).toBeNull();
    const long = dayTrendOption(
      [day('2026-12-01'), day('2020-05-01')],
      { from: '2020-01-01', to: '2026-12-31' },
      texts,
      SCREEN_PALETTE,
      label,
    );
    expect((long.xAxis as { data: string[] }).data).toEqual(['05-01', '12-01']);
  });
});
