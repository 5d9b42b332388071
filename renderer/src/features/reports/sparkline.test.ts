import { describe, expect, it } from 'vitest';
import { droppedSince, sparkline, thin } from './sparkline';

describe('sparkline geometry', () => {
  it('spans the width and maps the lowest value to the bottom, the highest to the top', () => {
    expect(sparkline([0, 50, 100], 100, 20)).toEqual({ segments: ['0,20 50,10 100,0'], min: 0, max: 100 });
  });

  it('breaks the line at a missing value instead of drawing it as 0', () => {
    const line = sparkline([10, null, 30, 20], 30, 10);
    expect(line.segments).toEqual(['0,10', '20,0 30,5']);
    expect(line.min).toBe(10);
  });

  it('draws a flat or single-sample series at mid-height, and nothing without values', () => {
    expect(sparkline([5, 5], 10, 8).segments).toEqual(['0,4 10,4']);
    expect(sparkline([7], 10, 8).segments).toEqual(['5,4']);
    expect(sparkline([null, null], 10, 8)).toEqual({ segments: [], min: null, max: null });
  });

  it('counts dropped frames from the first sample, never below 0', () => {
    expect(droppedSince([{ droppedFrames: 100 }, { droppedFrames: 103 }, { droppedFrames: 90 }])).toEqual([0, 3, 0]);
    expect(droppedSince([])).toEqual([]);
  });

  it('thins long series evenly and keeps both ends', () => {
    const items = Array.from({ length: 101 }, (_, i) => i);
    expect(thin(items, 5)).toEqual([0, 25, 50, 75, 100]);
    expect(thin([1, 2, 3], 10)).toEqual([1, 2, 3]);
    expect(thin(items, 1)).toEqual([100]);
    expect(() => thin(items, 0)).toThrow(/max must be/);
  });
});
