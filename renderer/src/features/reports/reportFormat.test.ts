import { describe, expect, it } from 'vitest';
import {
  durationParts,
  formatAverage,
  formatCount,
  formatDuration,
  formatPercent,
  formatSignedDuration,
  formatYuan,
  sessionDurationMs,
} from './reportFormat';

describe('report figure formatting', () => {
  it('shows fen as yuan with two decimals and grouped thousands', () => {
    expect(formatYuan(0)).toBe('¥0.00');
    expect(formatYuan(5)).toBe('¥0.05');
    expect(formatYuan(19_990)).toBe('¥199.90');
    expect(formatYuan(123_456_789)).toBe('¥1,234,567.89');
    expect(formatYuan(-505)).toBe('−¥5.05');
  });

  it('keeps an absent figure absent instead of turning it into 0', () => {
    expect(formatYuan(null)).toBeNull();
    expect(formatDuration(null)).toBeNull();
    expect(formatSignedDuration(null)).toBeNull();
    expect(formatCount(null, 'en')).toBeNull();
    expect(formatAverage(null, 'en')).toBeNull();
    expect(formatPercent(null)).toBeNull();
  });

  it('formats durations as m:ss, or h:mm:ss from an hour', () => {
    expect(formatDuration(0)).toBe('0:00');
    expect(formatDuration(65_400)).toBe('1:05');
    expect(formatDuration(3_723_000)).toBe('1:02:03');
    expect(formatDuration(-5_000)).toBe('−0:05');
    expect(formatDuration(-400)).toBe('0:00');
  });

  it('signs differences from plan', () => {
    expect(formatSignedDuration(12_000)).toBe('+0:12');
    expect(formatSignedDuration(-5_000)).toBe('−0:05');
    expect(formatSignedDuration(300)).toBe('0:00');
  });

  it('groups counts and averages for the language, and shows ratios as percent', () => {
    expect(formatCount(12_345, 'en')).toBe('12,345');
    expect(formatAverage(123.456, 'en')).toBe('123.5');
    expect(formatAverage(0, 'zh-CN')).toBe('0.0');
    expect(formatPercent(0.0525)).toBe('5.25%');
    expect(formatPercent(0)).toBe('0.00%');
  });

  it('measures a live session to now and an ended one to its end', () => {
    expect(sessionDurationMs({ startedAt: 1000, endedAt: 61_000 }, 999_999)).toBe(60_000);
    expect(sessionDurationMs({ startedAt: 1000, endedAt: null }, 31_000)).toBe(30_000);
    expect(sessionDurationMs({ startedAt: 1000, endedAt: null }, 500)).toBe(0);
  });
});

describe('durationParts', () => {
  it('splits a length of time into whole hours, minutes and seconds, to the nearest second', () => {
    expect(durationParts(5_369_400)).toEqual({ h: 1, m: 29, s: 29 });
    expect(durationParts(89_600)).toEqual({ h: 0, m: 1, s: 30 });
    expect(durationParts(-45_000)).toEqual({ h: 0, m: 0, s: 45 });
  });
});
