import type { CueInterval, MinutePoint, ProductReport, SessionReport } from '../../../../shared/domain/report/sessionReport';
import type { EChartsCoreOption } from '../../ui/charts/echarts';
import type { ChartPalette, MarkerKind } from './chartPalette';
import { cueMarkers, markerSeries } from './cueMarkers';
import { productConversion } from './productConversion';
import type { ItemNames } from './reportNames';

/** Products the per-product chart shows: explained or sold (a coupon's product that neither was is left out). */
export const isCharted = (p: ProductReport): boolean => p.totalExplainMs > 0 || (p.gmvFen ?? 0) > 0;

/** A figure with its unit, for tooltips: "120 人", "3 单", "¥398.00", "2.5 分钟", "4.2%". */
export interface UnitFormats {
  people(n: number): string;
  likes(n: number): string;
  orders(n: number): string;
  yuan(fen: number): string;
  minutes(n: number): string;
  percent(ratio: number): string;
}

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
  /** 发券 / 秒杀 / 福袋 / 互动任务 / 紧急切换. */
  markerKind(kind: MarkerKind): string;
  units: UnitFormats;
}

export interface TimelineInput {
  minutes: readonly MinutePoint[];
  cues: readonly CueInterval[];
  panics: SessionReport['panics'];
  totals: SessionReport['totals'];
  names: ItemNames;
  texts: TimelineTexts;
  palette: ChartPalette;
  /** "20:05" for a minute's start, in the reader's language. */
  clock(ms: number): string;
  /** "20:05:12" for a marker, in the reader's language. */
  clockSeconds(ms: number): string;
}

const MINUTE = 60_000;
/** A marker kind in the legend: an upright stroke centred in a box as wide as the other entries' icons (the two
 * empty moves at the box's sides set its width), so it does not read as belonging to the label before it. */
const MARKER_ICON = 'path://M0,7L0,7 M11,0h3v14h-3z M25,7L25,7';

/** What an axis-triggered tooltip hands its formatter, as far as these charts read it. */
interface TooltipParam {
  seriesName?: string;
  marker?: unknown;
  value?: unknown;
  axisValue?: unknown;
  dataIndex?: number;
}

/** Cue titles and product names are typed by people: the tooltip is HTML. */
export const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

const asList = (params: TooltipParam | TooltipParam[]): TooltipParam[] => (Array.isArray(params) ? params : [params]);

/** Axis and legend styling shared by both charts, in the palette they are drawn with. */
export function chrome(palette: ChartPalette) {
  return {
    axisLine: { lineStyle: { color: palette.border } },
    splitLine: { lineStyle: { color: palette.border, opacity: 0.5 } },
    axisLabel: { color: palette.muted },
    nameTextStyle: { color: palette.muted },
    legendText: { color: palette.text },
    tooltip: {
      backgroundColor: palette.labelBackground,
      borderColor: palette.border,
      textStyle: { color: palette.text },
    },
  };
}

/** A value axis on one side of a two-axis chart, named with its unit; only the left one draws grid lines. */
export function sideAxis(ui: ReturnType<typeof chrome>, name: string, position: 'left' | 'right') {
  return {
    type: 'value',
    name,
    position,
    nameTextStyle: ui.nameTextStyle,
    axisLabel: ui.axisLabel,
    axisLine: { show: false },
    splitLine: position === 'left' ? ui.splitLine : { show: false },
    minInterval: 1,
  };
}

/**
 * The session minute by minute, on two stacked grids that share the time axis: viewers online and likes above,
 * orders and GMV below. Each product's explain time is a shaded span with its name, so a bump in orders reads
 * against what was on air; coupon drops, flash sales, giveaways, tasks and PANIC are upright marker lines across
 * both grids. A counter never entered (total null) draws no series rather than a flat zero.
 */
export function timelineOption(input: TimelineInput): EChartsCoreOption {
  const { minutes, cues, panics, totals, names, texts, palette, clock, clockSeconds } = input;
  const ui = chrome(palette);
  const at = (m: MinutePoint) => m.at + MINUTE / 2;
  const spans = cues
    .filter((c) => c.cueType === 'product' && c.productId !== null)
    .map((c) => [
      { xAxis: c.startedAt, name: texts.explaining(names.product(c.productId ?? '')) },
      { xAxis: c.endedAt ?? c.startedAt + c.durationMs },
    ]);
  const explainAreas = {
    silent: false,
    itemStyle: { color: palette.explainFill, borderColor: palette.explainBorder, borderWidth: 1 },
    label: { show: false },
    emphasis: { label: { show: true, color: palette.text, position: 'insideTop' } },
    data: spans,
  };
  const series: Record<string, unknown>[] = [];
  const legend: string[] = [];
  /** What each series draws, for the tooltip: it reads the hovered minute itself, since a reading sits at the minute's start
   * and a count at its middle, and an axis tooltip lists only the series with a point where the pointer snapped. */
  const plotted: Pick<Plot, 'name' | 'colour' | 'value' | 'unit'>[] = [];
  interface Plot {
    name: string;
    kind: 'line' | 'bar';
    /** 0–1 on the top grid, 2–3 on the bottom one. */
    yAxisIndex: number;
    colour: string;
    value(m: MinutePoint): number | null;
    unit(n: number): string;
    /** A reading holds until the next one (a step at the minute's start); a count belongs to its whole minute. */
    reading?: boolean;
  }
  /** The first series of each grid carries the explain spans. */
  const plot = ({ name, kind, yAxisIndex, colour, value, unit, reading = false }: Plot) => {
    const grid = yAxisIndex < 2 ? 0 : 1;
    const shaded = !series.some((s) => s.xAxisIndex === grid);
    legend.push(name);
    plotted.push({ name, colour, value, unit });
    series.push({
      name,
      type: kind,
      xAxisIndex: grid,
      yAxisIndex,
      itemStyle: { color: colour },
      // A line through one or two minutes is too short to see: dots mark its readings then.
      ...(kind === 'line' ? { showSymbol: minutes.length <= 2, lineStyle: { color: colour, width: 2 } } : { barMaxWidth: 8 }),
      ...(reading ? { step: 'end' } : {}),
      data: minutes.map((m) => [reading ? m.at : at(m), value(m)]),
      ...(shaded ? { markArea: explainAreas } : {}),
    });
  };
  const u = texts.units;
  if (minutes.some((m) => m.viewersOnline !== null)) {
    plot({
      name: texts.viewers,
      kind: 'line',
      yAxisIndex: 0,
      colour: palette.viewers,
      value: (m) => m.viewersOnline,
      unit: u.people,
      reading: true,
    });
  }
  if (totals.likes !== null)
    plot({ name: texts.likes, kind: 'bar', yAxisIndex: 1, colour: palette.likes, value: (m) => m.likes, unit: u.likes });
  if (totals.orders !== null) {
    plot({ name: texts.orders, kind: 'bar', yAxisIndex: 2, colour: palette.orders, value: (m) => m.orders, unit: u.orders });
  }
  // Yuan on the axis, fen in the report: money is whole fen everywhere else.
  if (totals.gmvFen !== null) {
    plot({
      name: texts.gmv,
      kind: 'line',
      yAxisIndex: 3,
      colour: palette.gmv,
      value: (m) => m.gmvFen / 100,
      unit: (yuan) => u.yuan(Math.round(yuan * 100)),
    });
  }
  // Markers go on a grid only when it draws something: they mark what a curve did, not an empty plot.
  const grids = [0, 1].filter((g) => series.some((s) => s.xAxisIndex === g)).map((g) => ({ xAxisIndex: g, yAxisIndex: g * 2 }));
  const markers = cueMarkers(cues, panics, texts.markerKind);
  const marks = markerSeries(markers, texts.markerKind, palette, grids);
  // A marker kind's legend entry is an upright stroke, like its lines, not a series' dot.
  const markerLegend = [...new Set(marks.map((s) => String(s.name)))].map((name) => ({ name, icon: MARKER_ICON }));
  series.push(...marks);

  const first = minutes[0]?.at ?? 0;
  const last = (minutes.at(-1)?.at ?? first) + MINUTE;
  const timeAxis = (gridIndex: number, labels: boolean) => ({
    type: 'time',
    gridIndex,
    min: first,
    max: last,
    axisLine: ui.axisLine,
    // Labels say minutes only, so no tick closer than a minute (a short session would repeat "20:05" along the axis).
    minInterval: MINUTE,
    axisLabel: { ...ui.axisLabel, show: labels, formatter: (value: number) => clock(value), hideOverlap: true },
    splitLine: { show: false },
  });
  const valueAxis = (gridIndex: number, name: string, position: 'left' | 'right') => ({ gridIndex, ...sideAxis(ui, name, position) });
  /** The hovered minute: each figure with its unit, then the markers that fell in it. */
  const tooltipText = (params: TooltipParam | TooltipParam[]): string => {
    const list = asList(params);
    const x = Number(list[0]?.axisValue ?? first);
    const minute = Math.floor(x / MINUTE) * MINUTE;
    const lines = [`<b>${escapeHtml(clock(minute))}</b>`];
    const point = minutes.find((m) => m.at === minute);
    for (const p of point ? plotted : []) {
      const y = p.value(point as MinutePoint);
      if (y === null) continue;
      lines.push(`<span style="color:${p.colour}">●</span> ${escapeHtml(p.name)}&nbsp;&nbsp;<b>${escapeHtml(p.unit(y))}</b>`);
    }
    for (const m of markers) {
      if (m.at < minute || m.at >= minute + MINUTE) continue;
      lines.push(`<span style="color:${palette.marker[m.kind]}">◆</span> ${escapeHtml(`${clockSeconds(m.at)} ${m.label}`)}`);
    }
    return lines.join('<br/>');
  };
  return {
    animation: false,
    textStyle: { fontFamily: 'inherit' },
    legend: { data: [...legend, ...markerLegend], top: 0, textStyle: ui.legendText, inactiveColor: palette.border },
    tooltip: { trigger: 'axis', axisPointer: { type: 'line' }, ...ui.tooltip, formatter: tooltipText },
    axisPointer: { link: [{ xAxisIndex: 'all' }] },
    grid: [
      { left: 56, right: 56, top: 44, height: '34%' },
      { left: 56, right: 56, top: '60%', bottom: 28 },
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
  orders: string;
  gmv: string;
  conversion: string;
  minutesAxis: string;
  ordersAxis: string;
  yuanAxis: string;
  percentAxis: string;
  /** 未录入 / not entered, for a product's figure in the tooltip. */
  absent: string;
  units: UnitFormats;
}

interface ProductMeasure {
  name: string;
  axis: string;
  colour: string;
  /** The bar's length in the axis' unit; null draws no bar. */
  value(p: ProductReport): number | null;
  /** The figure with its unit, from the same report field. */
  text(p: ProductReport): string | null;
}

/** Room left of the first column for product names: a share of the width, within what a name needs and a page allows. */
const nameColumnPx = (width: number) => Math.round(Math.min(220, Math.max(110, width * 0.2)));
const COLUMN_GAP_PX = 28;
const RIGHT_PX = 16;

/**
 * Per product, explain time on stream against what it sold: one column of bars per figure (explain minutes, orders,
 * GMV, conversion), each on its own axis with its unit, rows sharing the product names, most explained first. A figure
 * no product has (orders never entered, no conversion to tell) gets no column; a product without a figure gets no bar
 * rather than a 0. Products that were only referred to (a coupon's product never explained and never sold) are left
 * out. Laid out in pixels for the chart's width, so names are not cut on a narrow page.
 */
export function productsOption(
  products: readonly ProductReport[],
  totals: SessionReport['totals'],
  names: ItemNames,
  texts: ProductChartTexts,
  palette: ChartPalette,
  width: number,
): EChartsCoreOption {
  const ui = chrome(palette);
  const u = texts.units;
  const shown = products.filter(isCharted).sort((a, b) => b.totalExplainMs - a.totalExplainMs || (b.gmvFen ?? 0) - (a.gmvFen ?? 0));
  // Top to bottom in the order above: a category axis draws its first entry at the bottom.
  const rows = [...shown].reverse();
  const conversion = (p: ProductReport) => productConversion(p, totals);
  const minutes = (p: ProductReport) => Math.round(p.totalExplainMs / 6_000) / 10;
  const all: ProductMeasure[] = [
    { name: texts.explainMinutes, axis: texts.minutesAxis, colour: palette.viewers, value: minutes, text: (p) => u.minutes(minutes(p)) },
    {
      name: texts.orders,
      axis: texts.ordersAxis,
      colour: palette.orders,
      value: (p) => p.orders,
      text: (p) => (p.orders === null ? null : u.orders(p.orders)),
    },
    {
      name: texts.gmv,
      axis: texts.yuanAxis,
      colour: palette.gmv,
      value: (p) => (p.gmvFen === null ? null : p.gmvFen / 100),
      text: (p) => (p.gmvFen === null ? null : u.yuan(p.gmvFen)),
    },
    {
      name: texts.conversion,
      axis: texts.percentAxis,
      colour: palette.conversion,
      value: (p) => {
        const c = conversion(p);
        return c === null ? null : Math.round(c * 1000) / 10;
      },
      text: (p) => {
        const c = conversion(p);
        return c === null ? null : u.percent(c);
      },
    },
  ];
  // Explain time always has a column: it is what the chart is about.
  const measures = all.filter((m, i) => i === 0 || rows.some((p) => m.value(p) !== null));
  const nameWidth = nameColumnPx(width);
  const columnWidth = Math.max(60, (width - nameWidth - RIGHT_PX - COLUMN_GAP_PX * (measures.length - 1)) / measures.length);
  const grids = measures.map((_, i) => ({ left: nameWidth + i * (columnWidth + COLUMN_GAP_PX), width: columnWidth, top: 56, bottom: 8 }));
  const tooltipText = (params: TooltipParam | TooltipParam[]): string => {
    const p = rows[asList(params)[0]?.dataIndex ?? -1];
    if (!p) return '';
    const lines = [`<b>${escapeHtml(names.product(p.productId))}</b>`];
    for (const m of measures) lines.push(`${escapeHtml(m.name)}&nbsp;&nbsp;<b>${escapeHtml(m.text(p) ?? texts.absent)}</b>`);
    return lines.join('<br/>');
  };
  return {
    animation: false,
    textStyle: { fontFamily: 'inherit' },
    legend: { data: measures.map((m) => m.name), top: 0, textStyle: ui.legendText, inactiveColor: palette.border },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, ...ui.tooltip, formatter: tooltipText },
    axisPointer: { link: [{ yAxisIndex: 'all' }] },
    grid: grids,
    xAxis: measures.map((m, i) => ({
      type: 'value',
      gridIndex: i,
      name: m.axis,
      nameLocation: 'middle',
      nameGap: 24,
      position: 'top',
      axisLabel: { ...ui.axisLabel, hideOverlap: true },
      splitLine: ui.splitLine,
      nameTextStyle: ui.nameTextStyle,
      splitNumber: 3,
    })),
    yAxis: measures.map((_, i) => ({
      type: 'category',
      gridIndex: i,
      data: rows.map((p) => names.product(p.productId)),
      axisLabel: i === 0 ? { ...ui.axisLabel, width: nameWidth - 12, overflow: 'truncate' } : { show: false },
      axisTick: { show: i === 0 },
      axisLine: ui.axisLine,
    })),
    series: measures.map((m, i) => ({
      name: m.name,
      type: 'bar',
      xAxisIndex: i,
      yAxisIndex: i,
      barMaxWidth: 14,
      itemStyle: { color: m.colour },
      data: rows.map((p) => m.value(p)),
    })),
  };
}
