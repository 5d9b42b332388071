/** One line of `npm run bench` output, as the design notes define it. */
export interface BenchFigure {
  name: string;
  value: number;
  unit: string;
  baseline: string | null;
  baselineValue: number | null;
}

/** The figure, its ratio (value ÷ baselineValue), and extra numeric fields such as p95. */
export type BenchLine = BenchFigure & { ratio: number | null; [extra: string]: unknown };

export interface Benchmark {
  /** Every line this benchmark prints starts with this name. */
  name: string;
  run(): Promise<BenchLine[]>;
}

export function line(figure: BenchFigure, extra: Record<string, number> = {}): BenchLine {
  const { value, baselineValue } = figure;
  const rounded = Object.fromEntries(Object.entries(extra).map(([k, v]) => [k, round(v)]));
  return {
    ...figure,
    value: round(value),
    baselineValue: baselineValue === null ? null : round(baselineValue),
    ratio: baselineValue ? round(value / baselineValue) : null,
    ...rounded,
  };
}

export function round(n: number, digits = 4): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) throw new Error('no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  const idx = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[idx] as number;
}

export const median = (samples: readonly number[]) => percentile(samples, 50);
