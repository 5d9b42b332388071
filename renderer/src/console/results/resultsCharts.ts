import type { DayRow, ProductAcrossStores } from '../../../../shared/api/hub/hubConsole';
import type { ChartPalette } from '../../features/reports/chartPalette';
import { chrome, escapeHtml, sideAxis, type UnitFormats } from '../../features/reports/chartsOptions';
import type { EChartsCoreOption } from '../../ui/charts/echarts';

/** Figures with their units, for tooltips ("¥398.00", "120 人", "2.5 分钟", "4.2%"). */
export type ResultUnits = Pick<UnitFormats, 'people' | 'yuan' | 'minutes' | 'percent'>;

export interface ScatterTexts {
  /** Axis names with their units: 讲解时长（分钟）, 转化率（%）. */
  explainAxis: string;
  conversionAxis: string;
  explain: string;
  conversion: string;
  gmv: string;
  /** "3 家门店". */
  stores(n: number): string;
  absent: string;
  units: ResultUnits;
}

/** Explain time in minutes to a tenth, as the axis and tooltip read it. */
export const explainMinutes = (ms: number): number => Math.round(ms / 6_000) / 10;

const MIN_BUBBLE_PX = 8;
const MAX_BUBBLE_PX = 44;

/** A bubble's diameter: its area follows GMV (a square root), so twice the sales does not look four times as big. */
export function bubbleSize(gmvFen: number | null, maxGmvFen: number): number {
  if (gmvFen === null || gmvFen <= 0 || maxGmvFen <= 0) return MIN_BUBBLE_PX;
  return Math.round(MIN_BUBBLE_PX + (MAX_BUBBLE_PX - MIN_BUBBLE_PX) * Math.sqrt(gmvFen / maxGmvFen));
}

/** Products the scatter can place: a conversion is needed for the y axis (one never counted is not a 0%). */
export const isPlotted = (p: ProductAcrossStores): boolean => p.conversion !== null;

/**
 * Products across stores: explain minutes (x) against conversion (y), each bubble sized by GMV, so a product
 * explained long that converts poorly stands out at the bottom right. The tooltip names the product and how many
 * stores it was explained or sold at.
 */
export function productsScatterOption(
  products: readonly ProductAcrossStores[],
  texts: ScatterTexts,
  palette: ChartPalette,
): EChartsCoreOption {
  const ui = chrome(palette);
  const u = texts.units;
  const shown = products.filter(isPlotted);
  const maxGmv = Math.max(0, ...shown.map((p) => p.gmvFen ?? 0));
  const data = shown.map((p) => ({
    name: p.title,
    value: [explainMinutes(p.explainMs), Math.round((p.conversion ?? 0) * 1000) / 10],
    symbolSize: bubbleSize(p.gmvFen, maxGmv),
  }));
  const tooltipText = (param: { dataIndex?: number }): string => {
    const p = shown[param.dataIndex ?? -1];
    if (!p) return '';
    return [
      `<b>${escapeHtml(p.title)}</b>`,
      escapeHtml(texts.stores(p.stores)),
      `${escapeHtml(texts.explain)}&nbsp;&nbsp;<b>${escapeHtml(u.minutes(explainMinutes(p.explainMs)))}</b>`,
      `${escapeHtml(texts.conversion)}&nbsp;&nbsp;<b>${escapeHtml(p.conversion === null ? texts.absent : u.percent(p.conversion))}</b>`,
      `${escapeHtml(texts.gmv)}&nbsp;&nbsp;<b>${escapeHtml(p.gmvFen === null ? texts.absent : u.yuan(p.gmvFen))}</b>`,
    ].join('<br/>');
  };
  const axis = (name: string, location: 'middle' | 'end') => ({
    type: 'value',
    name,
    nameLocation: location,
    nameGap: location === 'middle' ? 28 : 12,
    nameTextStyle: ui.nameTextStyle,
    axisLabel: ui.axisLabel,
    axisLine: ui.axisLine,
    splitLine: ui.splitLine,
    min: 0,
    scale: false,
    // Room past the largest value, so the biggest bubble and its name are not cut at the plot's edge.
    boundaryGap: [0, '18%'],
  });
  return {
    animation: false,
    textStyle: { fontFamily: 'inherit' },
    tooltip: { trigger: 'item', ...ui.tooltip, formatter: tooltipText },
    grid: { left: 56, right: 32, top: 40, bottom: 48 },
    xAxis: axis(texts.explainAxis, 'middle'),
    yAxis: axis(texts.conversionAxis, 'end'),
    series: [
      {
        type: 'scatter',
        name: texts.conversion,
        data,
        itemStyle: { color: palette.viewers, opacity: 0.7, borderColor: palette.text, borderWidth: 1 },
        // Names beside the bubbles, where they do not collide (the tooltip has them all).
        // Above the bubble rather than beside it, so a product at the right edge keeps its name on the chart.
        label: { show: true, formatter: '{b}', position: 'top', color: palette.muted, width: 120, overflow: 'truncate' },
        labelLayout: { hideOverlap: true },
        emphasis: { label: { color: palette.text } },
      },
    ],
  };
}

export interface DayTrendTexts {
  gmv: string;
  viewers: string;
  /** Axis names with their units: 元 / 人. */
  yuanAxis: string;
  peopleAxis: string;
  /** "3 场". */
  sessions(n: number): string;
  absent: string;
  units: ResultUnits;
}

const DAY_MS = 86_400_000;
/** Past this many days the axis lists only days that had sessions (a year of empty bars says nothing). */
const MAX_FILLED_DAYS = 400;

/** Every date from `from` to `to` (YYYY-MM-DD, both included), or null when the range is too long to fill. */
export function daysBetween(from: string, to: string): string[] | null {
  const start = Date.parse(`${from}T00:00:00Z`);
  const end = Date.parse(`${to}T00:00:00Z`);
  if (!Number.isFinite(start) || !Number.isFinite(end) || end < start || (end - start) / DAY_MS >= MAX_FILLED_DAYS) return null;
  const out: string[] = [];
  for (let at = start; at <= end; at += DAY_MS) out.push(new Date(at).toISOString().slice(0, 10));
  return out;
}

/**
 * Day by day over the range: GMV bars (元, left axis) and unique viewers as a line (人, right axis). Every day of the
 * range has its place, so a day without sessions shows as a gap rather than being skipped; a day whose figure was
 * not entered draws nothing rather than a 0.
 */
export function dayTrendOption(
  days: readonly DayRow[],
  range: { from: string; to: string },
  texts: DayTrendTexts,
  palette: ChartPalette,
  dayLabel: (day: string) => string,
): EChartsCoreOption {
  const ui = chrome(palette);
  const u = texts.units;
  const byDay = new Map(days.map((d) => [d.day, d]));
  const axisDays = daysBetween(range.from, range.to) ?? days.map((d) => d.day).sort();
  const rows = axisDays.map((day) => byDay.get(day) ?? null);
  const tooltipText = (params: { dataIndex?: number } | { dataIndex?: number }[]): string => {
    const index = (Array.isArray(params) ? params[0] : params)?.dataIndex ?? -1;
    const day = axisDays[index];
    if (day === undefined) return '';
    const row = rows[index] ?? null;
    const lines = [`<b>${escapeHtml(dayLabel(day))}</b>`, escapeHtml(texts.sessions(row?.sessions ?? 0))];
    if (row) {
      lines.push(
        `<span style="color:${palette.gmv}">●</span> ${escapeHtml(texts.gmv)}&nbsp;&nbsp;<b>${escapeHtml(row.gmvFen === null ? texts.absent : u.yuan(row.gmvFen))}</b>`,
        `<span style="color:${palette.viewers}">●</span> ${escapeHtml(texts.viewers)}&nbsp;&nbsp;<b>${escapeHtml(row.uniqueViewers === null ? texts.absent : u.people(row.uniqueViewers))}</b>`,
      );
    }
    return lines.join('<br/>');
  };
  return {
    animation: false,
    textStyle: { fontFamily: 'inherit' },
    legend: { data: [texts.gmv, texts.viewers], top: 0, textStyle: ui.legendText, inactiveColor: palette.border },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, ...ui.tooltip, formatter: tooltipText },
    grid: { left: 64, right: 56, top: 44, bottom: 28 },
    xAxis: {
      type: 'category',
      data: axisDays.map(dayLabel),
      axisLine: ui.axisLine,
      axisLabel: { ...ui.axisLabel, hideOverlap: true },
      axisTick: { alignWithLabel: true },
    },
    yAxis: [sideAxis(ui, texts.yuanAxis, 'left'), sideAxis(ui, texts.peopleAxis, 'right')],
    series: [
      {
        name: texts.gmv,
        type: 'bar',
        yAxisIndex: 0,
        barMaxWidth: 18,
        itemStyle: { color: palette.gmv },
        // Yuan on the axis, fen in the answer: money is whole fen everywhere else.
        data: rows.map((r) => (r?.gmvFen == null ? null : r.gmvFen / 100)),
      },
      {
        name: texts.viewers,
        type: 'line',
        yAxisIndex: 1,
        showSymbol: axisDays.length <= 31,
        connectNulls: false,
        itemStyle: { color: palette.viewers },
        lineStyle: { color: palette.viewers, width: 2 },
        data: rows.map((r) => r?.uniqueViewers ?? null),
      },
    ],
  };
}
