import type { CueInterval, MinutePoint, ProductReport, SessionReport } from '../../../../shared/domain/report/sessionReport';
import type { EChartsCoreOption } from '../../ui/charts/echarts';
import type { ItemNames } from './reportNames';

/**
 * The app's theme, as concrete colours (a canvas cannot read CSS variables). Text is a mid grey that reads on the
 * dark screen and on white paper alike: print / save as PDF keeps the canvas as it was drawn.
 */
const COLOURS = {
  text: '#8893a0',
  muted: '#8893a0',
  border: '#2b3440',
  viewers: '#4cc2ff',
  likes: '#ff8fb1',
  orders: '#ffc247',
  gmv: '#3ddc84',
};

/** Products the per-product chart shows: explained or sold (a coupon's product that neither was is left out). */
export const isCharted = (p: ProductReport): boolean => p.totalExplainMs > 0 || (p.gmvFen ?? 0) > 0;

export interface TimelineTexts {
  viewers: string;
  likes: string;
  orders: string;
  gmv: string;
  /** Axis names with their units: 人 / 次 / 单 / ¥. */
  peopleAxis: string;
  countAxis: string;
  ordersAxis: string;
  yuanAxis: string;
  /** "讲解：{name}" for a product's explain span. */
  explaining(name: string): string;
}

export interface TimelineInput {
  minutes: readonly MinutePoint[];
  cues: readonly CueInterval[];
  totals: SessionReport['totals'];
  names: ItemNames;
  texts: TimelineTexts;
  /** "20:05" for a minute's start, in the reader's language. */
  clock(ms: number): string;
}

const MINUTE = 60_000;
const axisLine = { lineStyle: { color: COLOURS.border } };
const splitLine = { lineStyle: { color: COLOURS.border, opacity: 0.5 } };
const axisLabel = { color: COLOURS.muted };

/**
 * The session minute by minute, on two stacked grids that share the time axis: viewers online and likes above,
 * orders and GMV below. Each product's explain time is a shaded span with its name, so a bump in orders reads
 * against what was on air. A counter never entered (total null) draws no series rather than a flat zero.
 */
export function timelineOption({ minutes, cues, totals, names, texts, clock }: TimelineInput): EChartsCoreOption {
  const at = (m: MinutePoint) => m.at + MINUTE / 2;
  const spans = cues
    .filter((c) => c.cueType === 'product' && c.productId !== null)
    .map((c) => [
      { xAxis: c.startedAt, name: texts.explaining(names.product(c.productId ?? '')) },
      { xAxis: c.endedAt ?? c.startedAt + c.durationMs },
    ]);
  const explainAreas = {
    silent: false,
    itemStyle: { color: 'rgba(76, 194, 255, 0.08)', borderColor: 'rgba(76, 194, 255, 0.35)', borderWidth: 1 },
    label: { show: false },
    emphasis: { label: { show: true, color: COLOURS.text, position: 'insideTop' } },
    data: spans,
  };
  const series: Record<string, unknown>[] = [];
  const legend: string[] = [];
  interface Plot {
    name: string;
    kind: 'line' | 'bar';
    /** 0–1 on the top grid, 2–3 on the bottom one. */
    yAxisIndex: number;
    colour: string;
    value(m: MinutePoint): number | null;
    /** A reading holds until the next one (a step at the minute's start); a count belongs to its whole minute. */
    reading?: boolean;
  }
  /** The first series of each grid carries the explain spans. */
  const plot = ({ name, kind, yAxisIndex, colour, value, reading = false }: Plot) => {
    const grid = yAxisIndex < 2 ? 0 : 1;
    const shaded = !series.some((s) => s.xAxisIndex === grid);
    legend.push(name);
    series.push({
      name,
      type: kind,
      xAxisIndex: grid,
      yAxisIndex,
      itemStyle: { color: colour },
      ...(kind === 'line' ? { showSymbol: false, lineStyle: { color: colour, width: 2 } } : { barMaxWidth: 8 }),
      ...(reading ? { step: 'end' } : {}),
      data: minutes.map((m) => [reading ? m.at : at(m), value(m)]),
      ...(shaded ? { markArea: explainAreas } : {}),
    });
  };
  if (minutes.some((m) => m.viewersOnline !== null)) {
    plot({ name: texts.viewers, kind: 'line', yAxisIndex: 0, colour: COLOURS.viewers, value: (m) => m.viewersOnline, reading: true });
  }
  if (totals.likes !== null) plot({ name: texts.likes, kind: 'bar', yAxisIndex: 1, colour: COLOURS.likes, value: (m) => m.likes });
  if (totals.orders !== null) plot({ name: texts.orders, kind: 'bar', yAxisIndex: 2, colour: COLOURS.orders, value: (m) => m.orders });
  // Yuan on the axis, fen in the report: money is whole fen everywhere else.
  if (totals.gmvFen !== null) plot({ name: texts.gmv, kind: 'line', yAxisIndex: 3, colour: COLOURS.gmv, value: (m) => m.gmvFen / 100 });
  const first = minutes[0]?.at ?? 0;
  const last = (minutes.at(-1)?.at ?? first) + MINUTE;
  const timeAxis = (gridIndex: number, labels: boolean) => ({
    type: 'time',
    gridIndex,
    min: first,
    max: last,
    axisLine,
    axisLabel: { ...axisLabel, show: labels, formatter: (value: number) => clock(value), hideOverlap: true },
    splitLine: { show: false },
  });
  const valueAxis = (gridIndex: number, name: string, position: 'left' | 'right') => ({
    type: 'value',
    gridIndex,
    name,
    position,
    nameTextStyle: { color: COLOURS.muted },
    axisLabel,
    axisLine: { show: false },
    splitLine: position === 'left' ? splitLine : { show: false },
    minInterval: 1,
  });
  return {
    animation: false,
    textStyle: { fontFamily: 'inherit' },
    legend: { data: legend, top: 0, textStyle: { color: COLOURS.text } },
    tooltip: { trigger: 'axis', axisPointer: { type: 'line' } },
    axisPointer: { link: [{ xAxisIndex: 'all' }] },
    grid: [
      { left: 56, right: 56, top: 36, height: '36%' },
      { left: 56, right: 56, top: '58%', bottom: 28 },
    ],
    xAxis: [timeAxis(0, false), timeAxis(1, true)],
    yAxis: [
      valueAxis(0, texts.peopleAxis, 'left'),
      valueAxis(0, texts.countAxis, 'right'),
      valueAxis(1, texts.ordersAxis, 'left'),
      valueAxis(1, texts.yuanAxis, 'right'),
    ],
    series,
  };
}

export interface ProductChartTexts {
  explainMinutes: string;
  gmv: string;
  minutesAxis: string;
  yuanAxis: string;
}

/**
 * Per product, explain time on stream against what it sold (GMV), side by side, most explained first. Products
 * that were only referred to (a coupon's product never explained and never sold) are left out.
 */
export function productsOption(products: readonly ProductReport[], names: ItemNames, texts: ProductChartTexts): EChartsCoreOption {
  const shown = products.filter(isCharted).sort((a, b) => b.totalExplainMs - a.totalExplainMs || (b.gmvFen ?? 0) - (a.gmvFen ?? 0));
  // Top to bottom in the order above: a category axis draws its first entry at the bottom.
  const rows = [...shown].reverse();
  return {
    animation: false,
    textStyle: { fontFamily: 'inherit' },
    legend: { data: [texts.explainMinutes, texts.gmv], top: 0, textStyle: { color: COLOURS.text } },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 8, right: 24, top: 48, bottom: 8, containLabel: true },
    xAxis: [
      { type: 'value', name: texts.minutesAxis, position: 'top', axisLabel, splitLine, nameTextStyle: { color: COLOURS.muted } },
      {
        type: 'value',
        name: texts.yuanAxis,
        position: 'bottom',
        axisLabel,
        splitLine: { show: false },
        nameTextStyle: { color: COLOURS.muted },
      },
    ],
    yAxis: {
      type: 'category',
      data: rows.map((p) => names.product(p.productId)),
      axisLabel: { ...axisLabel, width: 180, overflow: 'truncate' },
      axisLine,
    },
    series: [
      {
        name: texts.explainMinutes,
        type: 'bar',
        xAxisIndex: 0,
        barMaxWidth: 10,
        itemStyle: { color: COLOURS.viewers },
        data: rows.map((p) => Math.round(p.totalExplainMs / 6_000) / 10),
      },
      {
        name: texts.gmv,
        type: 'bar',
        xAxisIndex: 1,
        barMaxWidth: 10,
        itemStyle: { color: COLOURS.gmv },
        data: rows.map((p) => (p.gmvFen === null ? null : p.gmvFen / 100)),
      },
    ],
  };
}
