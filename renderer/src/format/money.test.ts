import { describe, expect, it } from 'vitest';
import { fenToYuanInput, formatFen, parseYuan } from './money';

describe('parseYuan', () => {
  it.each([
    ['129.9', 12990],
    ['129.90', 12990],
    ['0.1', 10],
    ['0.07', 7],
    ['.5', 50],
    ['12.', 1200],
    ['0', 0],
    ['007.10', 710],
    ['¥ 1,299.00', 129900],
    ['￥８８', 8800],
    ['59元', 5900],
    ['  19.99 ', 1999],
    ['1.15', 115],
    ['4.35', 435],
  ])('%s → %d fen', (text, fen) => {
    expect(parseYuan(text)).toEqual({ ok: true, fen });
  });

  it('treats an empty field as not set', () => {
    expect(parseYuan('')).toEqual({ ok: true, fen: null });
    expect(parseYuan('   ')).toEqual({ ok: true, fen: null });
  });

  it.each([
    ['12.345', 'tooManyDecimals'],
    ['-1', 'negative'],
    ['abc', 'invalid'],
    ['1.2.3', 'invalid'],
    ['.', 'invalid'],
    ['1e3', 'invalid'],
    ['99999999999999999', 'tooLarge'],
  ])('rejects %s (%s)', (text, error) => {
    expect(parseYuan(text)).toEqual({ ok: false, error });
  });
});

describe('formatFen', () => {
  it.each([
    [1234, '¥12.34'],
    [5, '¥0.05'],
    [0, '¥0.00'],
    [129900, '¥1,299.00'],
    [123456789, '¥1,234,567.89'],
  ])('%d → %s', (fen, text) => {
    expect(formatFen(fen)).toBe(text);
  });

  it('shows a dash when not set', () => {
    expect(formatFen(null)).toBe('—');
    expect(formatFen(undefined)).toBe('—');
  });
});

describe('fenToYuanInput', () => {
  it.each([
    [12990, '129.9'],
    [12900, '129'],
    [5, '0.05'],
    [0, '0'],
    [1001, '10.01'],
    [null, ''],
  ])('%s → %s', (fen, text) => {
    expect(fenToYuanInput(fen)).toBe(text);
  });

  it('round-trips through parseYuan', () => {
    for (const fen of [0, 1, 10, 99, 100, 12345, 9_007_199_254_740_991]) {
      expect(parseYuan(fenToYuanInput(fen))).toEqual({ ok: true, fen });
    }
  });
});
