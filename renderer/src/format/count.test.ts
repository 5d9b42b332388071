import { describe, expect, it } from 'vitest';
import { readCount } from './count';

describe('readCount', () => {
  it.each([
    ['12', 12],
    [' 1,200 ', 1200],
    ['０', 0],
    ['３００', 300],
  ])('%j → %d', (text, n) => expect(readCount(text)).toBe(n));

  it('reads empty as not set and refuses what is not a whole number', () => {
    expect(readCount('  ')).toBeNull();
    for (const bad of ['1.5', '-3', 'ten', '1e3', '99999999999999999']) expect(readCount(bad), bad).toBeUndefined();
  });
});
