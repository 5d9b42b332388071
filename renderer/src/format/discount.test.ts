import { describe, expect, it } from 'vitest';
import { formatPercentOff, formatZhe, parseDiscount } from './discount';

describe('parseDiscount', () => {
  it.each([
    ['8折', 2000],
    ['8.5折', 1500],
    ['8.8折', 1200],
    ['9.95折', 50],
    ['85折', 1500],
    ['95折', 500],
    ['八折', 2000],
    ['八五折', 1500],
    ['八点五折', 1500],
    ['打8折', 2000],
    ['８折', 2000],
    [' 8 折 ', 2000],
    ['8', 2000],
    ['7.5', 2500],
    ['20%', 2000],
    ['20 % off', 2000],
    ['12.5%', 1250],
    ['２０％', 2000],
    ['10折', 0],
    ['120%', 12000],
  ])('%s → %d basis points off', (text, basisPoints) => {
    expect(parseDiscount(text)).toEqual({ ok: true, basisPoints });
  });

  it.each([
    ['', 'required'],
    ['   ', 'required'],
    ['20', 'invalid'],
    ['abc', 'invalid'],
    ['-2折', 'invalid'],
    ['8折8', 'invalid'],
    ['8.1234折', 'tooManyDecimals'],
    ['12.345%', 'tooManyDecimals'],
  ])('refuses %j (%s)', (text, error) => {
    expect(parseDiscount(text)).toEqual({ ok: false, error });
  });
});

describe('formatting a discount', () => {
  it.each([
    [2000, '8折', '20%'],
    [1500, '8.5折', '15%'],
    [1234, '8.766折', '12.34%'],
    [50, '9.95折', '0.5%'],
  ])('%d → %s / %s', (bp, zhe, percent) => {
    expect(formatZhe(bp)).toBe(zhe);
    expect(formatPercentOff(bp)).toBe(percent);
  });

  it('round-trips through parseDiscount both ways', () => {
    for (const bp of [1, 5, 99, 100, 1234, 1500, 2000, 5000, 9999]) {
      expect(parseDiscount(formatZhe(bp))).toEqual({ ok: true, basisPoints: bp });
      expect(parseDiscount(formatPercentOff(bp))).toEqual({ ok: true, basisPoints: bp });
    }
  });
});
