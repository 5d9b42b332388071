import type { CueInterval, SessionReport } from '../../../../shared/domain/report/sessionReport';
import type { ChartPalette, MarkerKind } from './chartPalette';

/** A moment on the timeline that is not a product explain: a coupon drop, flash sale, giveaway, task, or PANIC. */
export interface CueMarker {
  at: number;
  kind: MarkerKind;
  /** "发券 · 满 99 减 10"; PANIC has only its kind's name. */
  label: string;
}

/** In the order the legend lists them. */
export const MARKER_KINDS: readonly MarkerKind[] = ['coupon', 'flash_sale', 'giveaway', 'task', 'panic'];

const isMarkerCue = (type: CueInterval['cueType']): type is Exclude<MarkerKind, 'panic'> =>
  type === 'coupon' || type === 'flash_sale' || type === 'giveaway' || type === 'task';

/**
 * Each start of a coupon, flash sale, giveaway or task cue (a re-fire is a marker of its own) and each PANIC, in
 * time order. Scene and note cues are left out: they change nothing a viewer can buy or join, and would crowd it.
 */
export function cueMarkers(
  cues: readonly CueInterval[],
  panics: SessionReport['panics'],
  kindName: (kind: MarkerKind) => string,
): CueMarker[] {
  const markers: CueMarker[] = [];
  for (const c of cues) {
    if (isMarkerCue(c.cueType)) markers.push({ at: c.startedAt, kind: c.cueType, label: `${kindName(c.cueType)} · ${c.title}` });
  }
  for (const p of panics) markers.push({ at: p.at, kind: 'panic', label: kindName('panic') });
  return markers.sort((a, b) => a.at - b.at);
}

/**
 * One series per marker kind and grid, holding no data, only a markLine: a thin dashed upright line at each marker
 * (PANIC solid and thicker), named in the legend so a kind can be hidden, its label shown on hover only so twenty
 * coupon drops do not bury the curves. Its top end carries a dot to point at.
 */
export function markerSeries(
  markers: readonly CueMarker[],
  kindName: (kind: MarkerKind) => string,
  palette: ChartPalette,
  grids: readonly { xAxisIndex: number; yAxisIndex: number }[],
): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  for (const kind of MARKER_KINDS) {
    const ofKind = markers.filter((m) => m.kind === kind);
    if (ofKind.length === 0) continue;
    const colour = palette.marker[kind];
    const panic = kind === 'panic';
    for (const { xAxisIndex, yAxisIndex } of grids) {
      out.push({
        name: kindName(kind),
        type: 'line',
        xAxisIndex,
        yAxisIndex,
        data: [],
        itemStyle: { color: colour },
        lineStyle: { color: colour, type: panic ? 'solid' : 'dashed' },
        tooltip: { show: false },
        markLine: {
          silent: false,
          animation: false,
          symbol: ['none', 'circle'],
          symbolSize: 7,
          lineStyle: { color: colour, type: panic ? 'solid' : 'dashed', width: panic ? 2 : 1, opacity: 0.85 },
          label: { show: false },
          emphasis: {
            lineStyle: { width: panic ? 3 : 2, opacity: 1 },
            label: {
              show: true,
              position: 'end',
              formatter: '{b}',
              color: palette.text,
              backgroundColor: palette.labelBackground,
              borderColor: colour,
              borderWidth: 1,
              borderRadius: 3,
              padding: [3, 6],
            },
          },
          data: ofKind.map((m) => ({ xAxis: m.at, name: m.label })),
        },
      });
    }
  }
  return out;
}
