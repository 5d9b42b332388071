import { describe, expect, it } from 'vitest';
import type { CueInterval, MinutePoint, ProductReport, SessionReport } from '../../../../shared/domain/report/sessionReport';
import { productsOption, timelineOption } from './chartsOptions';
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
});
const cues = [cue('c1', 'product', 'p1', T, T + 90_000), cue('c2', 'coupon', 'p1', T + 30_000, T + 60_000)];
const totals = (over: Partial<SessionReport['totals']>): SessionReport['totals'] => ({
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
  ...over,
});
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
};
type Series = {
  name: string;
  data: [number, number | null][];
  markArea?: { data: [{ xAxis: number; name: string }, { xAxis: number }][] };
};

describe('timelineOption', () => {
  const seriesOf = (over: Partial<SessionReport['totals']>) =>
    timelineOption({ minutes, cues, totals: totals(over), names: itemNames(cues), texts, clock: String }).series as Series[];

  it('draws each counted figure, GMV in yuan, and shades each product explain span with its name', () => {
    const series = seriesOf({});
    expect(series.map((s) => s.name)).toEqual(['V', 'L', 'O', 'G']);
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
    expect(series.map((s) => s.name)).toEqual(['V', 'G']);
    expect(series.filter((s) => s.markArea).map((s) => s.name)).toEqual(['V', 'G']);
  });
});

describe('productsOption', () => {
  const product = (productId: string, totalExplainMs: number, gmvFen: number | null): ProductReport => ({
    productId,
    explainCount: totalExplainMs > 0 ? 1 : 0,
    totalExplainMs,
    firstExplainAt: null,
    lastExplainAt: null,
    couponIds: [],
    flashSales: [],
    orders: null,
    buyers: null,
    gmvFen,
  });

  it('lists products most explained first (top row first), leaves out those neither explained nor sold, minutes and yuan', () => {
    const names = itemNames([cue('a', 'product', 'pa', T, T + 1), cue('b', 'product', 'pb', T, T + 1)]);
    const option = productsOption([product('pa', 60_000, 10_000), product('pb', 150_000, null), product('pc', 0, null)], names, {
      explainMinutes: 'E',
      gmv: 'G',
      minutesAxis: 'min',
      yuanAxis: '¥',
    });
    // A category axis draws its first entry at the bottom: the most explained is last here, on top on screen.
    expect((option.yAxis as { data: string[] }).data).toEqual(['title a', 'title b']);
    const [explain, gmv] = option.series as { data: (number | null)[] }[];
    expect(explain?.data).toEqual([1, 2.5]);
    expect(gmv?.data).toEqual([100, null]);
  });
});
