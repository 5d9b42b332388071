import { describe, expect, it } from 'vitest';
import { emptyProductReport } from '../../../../shared/domain/report/platformFigures';
import type { CueInterval, MinutePoint, ProductReport, SessionReport } from '../../../../shared/domain/report/sessionReport';
import { type ChartPalette, PRINT_PALETTE, SCREEN_PALETTE } from './chartPalette';
import { productsOption, timelineOption, type UnitFormats } from './chartsOptions';
import { productConversion } from './productConversion';
import { itemNames } from './reportNames';

const T = 1_700_000_040_000;
const MIN = 60_000;
const minutes: MinutePoint[] = [
  { at: T, viewersOnline: 100, likes: 5, orders: 1, gmvFen: 12_900 },
  { at: T + MIN, viewersOnline: 140, likes: 0, orders: 0, gmvFen: 0 },
];
const cue = (
  cueId: string,
  cueType: CueInterval['cueType'],
  productId: string | null,
  startedAt: number,
  endedAt: number,
): CueInterval => ({
  cueId,
  cueType,
  title: `title ${cueId}`,
  trigger: 'go',
  productId,
  couponId: null,
  taskId: null,
  plannedStartAt: null,
  plannedDurationMs: null,
  startedAt,
  endedAt,
  endReason: 'next',
  durationMs: endedAt - startedAt,
  startDelayMs: null,
  overrunMs: null,
  run: 1,
});
const cues = [cue('c1', 'product', 'p1', T, T + 90_000), cue('c2', 'coupon', 'p1', T + 30_000, T + 60_000)];
const totals = (over: Partial<SessionReport['totals']> = {}): SessionReport['totals'] => ({
  likes: 5,
  newFollowers: null,
  fanClubJoins: null,
  comments: null,
  shares: null,
  orders: 1,
  buyers: null,
  gmvFen: 12_900,
  views: null,
  uniqueViewers: null,
  peakViewers: 140,
  averageViewers: 120,
  entries: null,
  ...over,
});
const units: UnitFormats = {
  people: (n) => `${n} people`,
  likes: (n) => `${n} likes`,
  orders: (n) => `${n} orders`,
  yuan: (fen) => `¥${(fen / 100).toFixed(2)}`,
  minutes: (n) => `${n} min`,
  percent: (r) => `${(r * 100).toFixed(1)}%`,
};
const texts = {
  viewers: 'V',
  likes: 'L',
  orders: 'O',
  gmv: 'G',
  peopleAxis: 'people',
  countAxis: 'likes',
  ordersAxis: 'orders',
  yuanAxis: '¥',
  explaining: (name: string) => `explaining ${name}`,
  markerKind: (kind: string) => `[${kind}]`,
  units,
};
type MarkLine = {
  data: { xAxis: number; name: string }[];
  label: { show: boolean };
  emphasis: { label: { show: boolean } };
  lineStyle: { color: string };
};
type Series = {
  name: string;
  xAxisIndex: number;
  data: [number, number | null][];
  markArea?: { data: [{ xAxis: number; name: string }, { xAxis: number }][] };
  markLine?: MarkLine;
};
type Formatter = (params: unknown) => string;

const timeline = (
  over: Partial<SessionReport['totals']> = {},
  opts: { cues?: CueInterval[]; panics?: SessionReport['panics']; palette?: ChartPalette } = {},
) => {
  const list = opts.cues ?? cues;
  return timelineOption({
    minutes,
    cues: list,
    panics: opts.panics ?? [],
    totals: totals(over),
    names: itemNames(list),
    texts,
    palette: opts.palette ?? SCREEN_PALETTE,
    clock: (ms) => `@${(ms - T) / MIN}`,
    clockSeconds: (ms) => `@${(ms - T) / 1000}s`,
  });
};
const seriesOf = (...args: Parameters<typeof timeline>) => timeline(...args).series as Series[];

describe('timelineOption', () => {
  it('draws each counted figure, GMV in yuan, and shades each product explain span with its name', () => {
    const series = seriesOf();
    expect(series.filter((s) => !s.markLine).map((s) => s.name)).toEqual(['V', 'L', 'O', 'G']);
    expect(series[0]?.data).toEqual([
      [T, 100],
      [T + MIN, 140],
    ]);
    expect(series[3]?.data.map(([, v]) => v)).toEqual([129, 0]);
    // Only product cues are explain spans: the coupon is not one.
    expect(series[0]?.markArea?.data).toEqual([[{ xAxis: T, name: 'explaining title c1' }, { xAxis: T + 90_000 }]]);
  });

  it('leaves out a counter never entered rather than drawing it as zero, and still shades the spans once per grid', () => {
    const series = seriesOf({ likes: null, orders: null });
    expect(series.filter((s) => !s.markLine).map((s) => s.name)).toEqual(['V', 'G']);
    expect(series.filter((s) => s.markArea).map((s) => s.name)).toEqual(['V', 'G']);
  });

  it('marks coupon drops, flash sales, giveaways, tasks and PANIC on both grids, one legend entry per kind, labels on hover only', () => {
    const list = [
      cue('p', 'product', 'p1', T, T + 90_000),
      cue('cp', 'coupon', 'p1', T + 10_000, T + 20_000),
      cue('fs', 'flash_sale', 'p1', T + 20_000, T + 30_000),
      cue('gw', 'giveaway', null, T + 30_000, T + 40_000),
      cue('tk', 'task', null, T + 40_000, T + 50_000),
      cue('sc', 'scene', null, T + 50_000, T + 55_000),
      cue('nt', 'note', null, T + 55_000, T + 58_000),
      // A re-fired coupon is a marker of its own.
      cue('cp', 'coupon', 'p1', T + 70_000, T + 80_000),
    ];
    const option = timeline({}, { cues: list, panics: [{ at: T + 65_000 }] });
    const marks = (option.series as Series[]).filter((s) => s.markLine);
    expect(marks.map((s) => [s.name, s.xAxisIndex])).toEqual([
      ['[coupon]', 0],
      ['[coupon]', 1],
      ['[flash_sale]', 0],
      ['[flash_sale]', 1],
      ['[giveaway]', 0],
      ['[giveaway]', 1],
      ['[task]', 0],
      ['[task]', 1],
      ['[panic]', 0],
      ['[panic]', 1],
    ]);
    const coupon = marks[0]?.markLine;
    expect(coupon?.data).toEqual([
      { xAxis: T + 10_000, name: '[coupon] · title cp' },
      { xAxis: T + 70_000, name: '[coupon] · title cp' },
    ]);
    expect(marks[8]?.markLine?.data).toEqual([{ xAxis: T + 65_000, name: '[panic]' }]);
    // Not clutter: no label until hovered.
    expect(coupon?.label.show).toBe(false);
    expect(coupon?.emphasis.label.show).toBe(true);
    const legend = (option.legend as { data: (string | { name: string })[] }).data;
    expect(legend.map((l) => (typeof l === 'string' ? l : l.name))).toEqual([
      'V',
      'L',
      'O',
      'G',
      '[coupon]',
      '[flash_sale]',
      '[giveaway]',
      '[task]',
      '[panic]',
    ]);
  });

  it('puts markers only on a grid that draws something, and none for a session without such cues', () => {
    expect(seriesOf({}, { cues: [cue('p', 'product', 'p1', T, T + 1)] }).filter((s) => s.markLine)).toEqual([]);
    const onlyTop = seriesOf({ orders: null, gmvFen: null }).filter((s) => s.markLine);
    expect(onlyTop.map((s) => s.xAxisIndex)).toEqual([0]);
  });

  it('says each figure with its unit in the tooltip, then the markers in that minute, escaping typed titles', () => {
    const list = [cue('cp', 'coupon', null, T + 15_000, T + 20_000), cue('x', 'coupon', null, T + MIN + 5_000, T + MIN + 9_000)];
    list[0] = { ...(list[0] as CueInterval), title: '<b>满99减10</b>' };
    const option = timeline({}, { cues: list });
    const format = (option.tooltip as { formatter: Formatter }).formatter;
    // The pointer snapped to the counts in the middle of the minute: the viewers reading at its start is listed too.
    const text = format([{ seriesName: 'O', value: [T + 30_000, 1], axisValue: T + 30_000 }]);
    expect(text).toContain('<b>@0</b>');
    expect(text).toContain('V&nbsp;&nbsp;<b>100 people</b>');
    expect(text).toContain('L&nbsp;&nbsp;<b>5 likes</b>');
    expect(text).toContain('O&nbsp;&nbsp;<b>1 orders</b>');
    expect(text).toContain('G&nbsp;&nbsp;<b>¥129.00</b>');
    expect(text).toContain('@15s [coupon] · &lt;b&gt;满99减10&lt;/b&gt;');
    // The other coupon fell in the next minute.
    expect(text).not.toContain('@65s');
  });

  it('draws in the print palette when asked: dark text and lines, not the screen colours', () => {
    const list = [...cues, cue('fs', 'flash_sale', 'p1', T + 40_000, T + 50_000)];
    const screen = timeline({}, { cues: list });
    const print = timeline({}, { cues: list, palette: PRINT_PALETTE });
    expect((print.legend as { textStyle: { color: string } }).textStyle.color).toBe(PRINT_PALETTE.text);
    expect((screen.legend as { textStyle: { color: string } }).textStyle.color).toBe(SCREEN_PALETTE.text);
    const axisColours = (o: typeof print) => (o.yAxis as { axisLabel: { color: string } }[]).map((a) => a.axisLabel.color);
    expect(new Set(axisColours(print))).toEqual(new Set([PRINT_PALETTE.muted]));
    const flash = (o: typeof print) => (o.series as Series[]).find((s) => s.name === '[flash_sale]')?.markLine?.lineStyle.color;
    expect(flash(print)).toBe(PRINT_PALETTE.marker.flash_sale);
    expect(flash(screen)).toBe(SCREEN_PALETTE.marker.flash_sale);
    // Paper: text darker than the lines around it, and every colour differs from the dark screen's.
    for (const key of ['text', 'muted', 'viewers', 'gmv'] as const) expect(PRINT_PALETTE[key]).not.toBe(SCREEN_PALETTE[key]);
    expect(luminance(PRINT_PALETTE.text)).toBeLessThan(0.1);
    expect(luminance(PRINT_PALETTE.muted)).toBeLessThan(0.3);
    expect(luminance(PRINT_PALETTE.labelBackground)).toBe(1);
  });
});

describe('productsOption', () => {
  const product = (productId: string, totalExplainMs: number, gmvFen: number | null, over: Partial<ProductReport> = {}): ProductReport => ({
    ...emptyProductReport(productId),
    explainCount: totalExplainMs > 0 ? 1 : 0,
    totalExplainMs,
    gmvFen,
    ...over,
  });
  const names = itemNames([cue('a', 'product', 'pa', T, T + 1), cue('b', 'product', 'pb', T, T + 1)]);
  const productTexts = {
    explainMinutes: 'E',
    orders: 'O',
    gmv: 'G',
    conversion: 'C',
    minutesAxis: 'min',
    ordersAxis: 'orders',
    yuanAxis: '¥',
    percentAxis: '%',
    absent: 'n/a',
    units,
  };
  type BarSeries = { name: string; xAxisIndex: number; data: (number | null)[] };
  const chart = (products: ProductReport[], over: Partial<SessionReport['totals']> = {}, palette = SCREEN_PALETTE, width = 1200) =>
    productsOption(products, totals(over), names, productTexts, palette, width);
  const bars = (option: ReturnType<typeof chart>) => Object.fromEntries((option.series as BarSeries[]).map((s) => [s.name, s.data]));

  it('lists products most explained first (top row first), leaves out those neither explained nor sold, minutes and yuan', () => {
    const option = chart([product('pa', 60_000, 10_000), product('pb', 150_000, null), product('pc', 0, null)]);
    // A category axis draws its first entry at the bottom: the most explained is last here, on top on screen.
    expect((option.yAxis as { data: string[] }[])[0]?.data).toEqual(['title a', 'title b']);
    // No product has orders or a conversion: those get no column rather than bars of 0.
    expect(bars(option)).toEqual({ E: [1, 2.5], G: [100, null] });
  });

  it('sets explain time against orders, GMV and conversion (buyers ÷ unique viewers), one column and axis each, nulls left out', () => {
    const option = chart(
      [
        product('pa', 60_000, 10_000, { orders: 4, buyers: 3 }),
        // Sold nothing entered: its orders, buyers and so conversion are absent, not 0.
        product('pb', 150_000, null),
      ],
      { buyers: 5, uniqueViewers: 200 },
    );
    expect(bars(option)).toEqual({ E: [1, 2.5], O: [4, null], G: [100, null], C: [1.5, null] });
    const series = option.series as BarSeries[];
    expect(series.map((s) => s.xAxisIndex)).toEqual([0, 1, 2, 3]);
    expect((option.xAxis as { name: string }[]).map((a) => a.name)).toEqual(['min', 'orders', '¥', '%']);
    // Grids side by side, inside the width, not overlapping.
    const grids = option.grid as { left: number; width: number }[];
    for (let i = 1; i < grids.length; i++) expect(grids[i]?.left).toBeGreaterThan((grids[i - 1]?.left ?? 0) + (grids[i - 1]?.width ?? 0));
    const lastGrid = grids.at(-1);
    expect((lastGrid?.left ?? 0) + (lastGrid?.width ?? 0)).toBeLessThanOrEqual(1200);
    // The tooltip says every figure of the hovered product with its unit, and "not entered" for an absent one.
    const format = (option.tooltip as { formatter: Formatter }).formatter;
    expect(format([{ dataIndex: 0 }])).toBe(
      '<b>title a</b><br/>E&nbsp;&nbsp;<b>1 min</b><br/>O&nbsp;&nbsp;<b>4 orders</b><br/>G&nbsp;&nbsp;<b>¥100.00</b><br/>C&nbsp;&nbsp;<b>1.5%</b>',
    );
    expect(format([{ dataIndex: 1 }])).toContain('O&nbsp;&nbsp;<b>n/a</b>');
  });

  it('draws no conversion without the session’s unique viewers, nor for unique viewers of 0', () => {
    const sold = [product('pa', 60_000, 10_000, { orders: 4, buyers: 3 })];
    expect(Object.keys(bars(chart(sold, { buyers: 5, uniqueViewers: null })))).toEqual(['E', 'O', 'G']);
    expect(Object.keys(bars(chart(sold, { buyers: 5, uniqueViewers: 0 })))).toEqual(['E', 'O', 'G']);
  });

  it('draws in the print palette when asked', () => {
    const option = chart([product('pa', 60_000, 10_000)], {}, PRINT_PALETTE);
    expect((option.legend as { textStyle: { color: string } }).textStyle.color).toBe(PRINT_PALETTE.text);
    expect((option.yAxis as { axisLabel: { color: string } }[])[0]?.axisLabel.color).toBe(PRINT_PALETTE.muted);
    expect((option.series as { itemStyle: { color: string } }[])[0]?.itemStyle.color).toBe(PRINT_PALETTE.viewers);
  });

  it('keeps a name column a narrow page can hold: on 700 px the columns still start right of it and end inside', () => {
    const grids = chart([product('pa', 60_000, 10_000)], {}, PRINT_PALETTE, 700).grid as { left: number; width: number }[];
    expect(grids[0]?.left).toBeGreaterThanOrEqual(110);
    const last = grids.at(-1);
    expect((last?.left ?? 0) + (last?.width ?? 0)).toBeLessThanOrEqual(700);
  });
});

describe('productConversion', () => {
  const base: ProductReport = { ...emptyProductReport('p'), explainCount: 1, totalExplainMs: 1, orders: 2, buyers: 2, gmvFen: 100 };

  it('takes the platform’s own conversion when its file gave one, else buyers ÷ the session’s unique viewers; null when it cannot tell', () => {
    const t = totals({ buyers: 4, uniqueViewers: 400 });
    expect(productConversion({ ...base, clicks: 40, conversion: 0.05 }, t)).toBe(0.05);
    expect(productConversion({ ...base, clicks: 40, conversion: 0.05 }, totals())).toBe(0.05);
    // Platform clicks but typed buyers: the platform gives no conversion, and clicks are not set against typed buyers.
    expect(productConversion({ ...base, clicks: 40 }, t)).toBe(0.005);
    expect(productConversion(base, t)).toBe(0.005);
    expect(productConversion(base, totals())).toBeNull();
    expect(productConversion({ ...base, buyers: null }, t)).toBeNull();
    // The platform's buyers with no clicks: no conversion, rather than one over the typed audience.
    expect(productConversion({ ...base, sources: { ...base.sources, buyers: 'platform' } }, t)).toBeNull();
    // Typed buyers need only the audience, not the session's typed buyers.
    expect(productConversion(base, totals({ uniqueViewers: 400 }))).toBe(0.005);
  });
});

/** Relative luminance of a #rrggbb colour, 0 (black) to 1 (white). */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}
