import { describe, expect, it } from 'vitest';
import { line, median, percentile } from './benchResult';

describe('bench lines', () => {
  it('computes ratio as value ÷ baseline and rounds extras', () => {
    expect(line({ name: 'x', value: 3, unit: 'ms', baseline: 'b', baselineValue: 4 }, { p95: 1 / 3 })).toEqual({
      name: 'x',
      value: 3,
      unit: 'ms',
      baseline: 'b',
      baselineValue: 4,
      ratio: 0.75,
      p95: 0.3333,
    });
  });
  it('leaves ratio null without a baseline', () => {
    expect(line({ name: 'y', value: 12, unit: 'ms', baseline: null, baselineValue: null }).ratio).toBeNull();
  });
  it('takes nearest-rank percentiles', () => {
    const s = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6];
    expect(median(s)).toBe(5);
    expect(percentile(s, 95)).toBe(10);
    expect(percentile(s, 10)).toBe(1);
    expect(() => percentile([], 50)).toThrow('no samples');
  });
});
