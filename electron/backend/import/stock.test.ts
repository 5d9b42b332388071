import { describe, expect, it } from 'vitest';
import { parseStock } from './stock';

const stock = (cell: string | number) => {
  const r = parseStock(cell);
  return r.ok ? r.value : r.code;
};

describe('parseStock', () => {
  it.each([
    ['1,000', 1000],
    [' 25 ', 25],
    ['0', 0],
    ['１０００', 1000],
    ['12.0', 12],
    [300, 300],
  ])('%j → %d', (input, expected) => {
    expect(stock(input)).toBe(expected);
  });

  it.each([
    ['-1', 'STOCK_NEGATIVE'],
    [-3, 'STOCK_NEGATIVE'],
    ['10.5', 'STOCK_NOT_INTEGER'],
    [10.5, 'STOCK_NOT_INTEGER'],
    ['lots', 'STOCK_INVALID'],
    ['1,00', 'STOCK_INVALID'],
    ['2000000000', 'STOCK_TOO_LARGE'],
  ])('%j is refused with %s', (input, code) => {
    expect(stock(input)).toBe(code);
  });
});
