/**
 * Inline SVG sparklines for the stream-health timeline: pure geometry, no chart library. A null
 * value (OBS reported no bitrate) breaks the line instead of drawing a false drop to 0.
 */
export interface Sparkline {
  /** One SVG polyline `points` string per unbroken run of values. */
  segments: string[];
  min: number | null;
  max: number | null;
}

export function sparkline(values: readonly (number | null)[], width: number, height: number): Sparkline {
  const present = values.filter((v): v is number => v !== null);
  if (present.length === 0) return { segments: [], min: null, max: null };
  const min = Math.min(...present);
  const max = Math.max(...present);
  const span = max - min;
  const step = values.length > 1 ? width / (values.length - 1) : 0;
  const segments: string[] = [];
  let run: string[] = [];
  values.forEach((v, i) => {
    if (v === null) {
      if (run.length > 0) segments.push(run.join(' '));
      run = [];
      return;
    }
    // A flat series sits mid-height rather than on an edge.
    const y = span === 0 ? height / 2 : height - ((v - min) / span) * height;
    run.push(`${round(values.length > 1 ? i * step : width / 2)},${round(y)}`);
  });
  if (run.length > 0) segments.push(run.join(' '));
  return { segments, min, max };
}

/** Dropped frames since the first sample: OBS reports a running total for its output. */
export function droppedSince(samples: readonly { droppedFrames: number }[]): number[] {
  const first = samples[0]?.droppedFrames ?? 0;
  return samples.map((s) => Math.max(0, s.droppedFrames - first));
}

/**
 * At most `max` evenly spaced items, always keeping the last: a four-hour session has 7,200
 * samples, far more points than a sparkline has pixels.
 */
export function thin<T>(items: readonly T[], max: number): T[] {
  if (!Number.isInteger(max) || max < 1) throw new RangeError(`max must be a whole number ≥ 1, got ${max}`);
  if (items.length <= max) return items.slice();
  if (max === 1) return items.slice(-1);
  const out: T[] = [];
  const stride = (items.length - 1) / (max - 1);
  for (let k = 0; k < max; k++) out.push(items[Math.round(k * stride)] as T);
  return out;
}

const round = (n: number) => Math.round(n * 10) / 10;
