import { describe, expect, it } from 'vitest';
import { formatMinSec, parseMinSec } from './minSec';

describe('minutes and seconds', () => {
  it('reads mm:ss and seconds as typed', () => {
    expect(parseMinSec('3:30')).toBe(210_000);
    expect(parseMinSec(' 03:05 ')).toBe(185_000);
    expect(parseMinSec('1:05:00')).toBe(3_900_000);
    expect(parseMinSec('90')).toBe(90_000);
    expect(parseMinSec('')).toBeNull();
    for (const bad of ['3:75', 'abc', '3.5', '1:2:3:4', '-1']) expect(parseMinSec(bad), bad).toBeUndefined();
  });

  it('writes m:ss, with hours from an hour on', () => {
    expect(formatMinSec(90_000)).toBe('1:30');
    expect(formatMinSec(5_000)).toBe('0:05');
    expect(formatMinSec(210_000)).toBe('3:30');
    expect(formatMinSec(3_725_000)).toBe('1:02:05');
    expect(formatMinSec(3_900_000)).toBe('1:05:00');
  });
});
