import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatFenAsYuan, MAX_PRICE_FEN, parsePriceFen } from './price';

const fen = (cell: string | number) => {
  const r = parsePriceFen(cell);
  return r.ok ? r.value : r.code;
};

describe('parsePriceFen', () => {
  it.each([
    ['¥1,299.00', 129900],
    ['￥1299', 129900],
    ['1299元', 129900],
    ['129.9', 12990],
    ['1,299', 129900],
    [' 12.5 ', 1250],
    ['0.1', 10],
    ['19.99', 1999],
    ['0', 0],
    ['１２９．９', 12990],
    ['RMB 88', 8800],
    ['1,234,567.89', 123456789],
  ])('%j → %d fen', (input, expected) => {
    expect(fen(input)).toBe(expected);
  });

  it.each([
    ['12.345', 'PRICE_TOO_MANY_DECIMALS'],
    ['19.990', 'PRICE_TOO_MANY_DECIMALS'],
    ['-5', 'PRICE_NEGATIVE'],
    ['¥-5', 'PRICE_NEGATIVE'],
    ['-¥5', 'PRICE_NEGATIVE'],
    ['abc', 'PRICE_INVALID'],
    ['12,5', 'PRICE_INVALID'],
    ['1,29,9', 'PRICE_INVALID'],
    ['1.2.3', 'PRICE_INVALID'],
    ['¥', 'PRICE_INVALID'],
    ['100000001', 'PRICE_TOO_LARGE'],
  ])('%j is refused with %s', (input, code) => {
    expect(fen(input)).toBe(code);
  });

  it('names the offending value in the message', () => {
    const r = parsePriceFen('12.345');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain('"12.345"');
  });

  it('takes numeric cells at the nearest fen only when they are a float hair away', () => {
    expect(fen(19.99)).toBe(1999);
    expect(fen(0.1 + 0.2)).toBe(30);
    expect(fen(1299)).toBe(129900);
    expect(fen(17.991)).toBe('PRICE_TOO_MANY_DECIMALS');
    expect(fen(-1)).toBe('PRICE_NEGATIVE');
    expect(fen(Number.NaN)).toBe('PRICE_INVALID');
  });

  it('round-trips every fen amount through its yuan text, exactly', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_PRICE_FEN }), (n) => {
        expect(parsePriceFen(formatFenAsYuan(n))).toEqual({ ok: true, value: n });
      }),
    );
  });

  it('agrees with numeric cells holding the same two-decimal amount', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000_00 }), (n) => {
        expect(parsePriceFen(Number(formatFenAsYuan(n)))).toEqual({ ok: true, value: n });
      }),
    );
  });
});

describe('formatFenAsYuan', () => {
  it('prints two decimals', () => {
    expect(formatFenAsYuan(1999)).toBe('19.99');
    expect(formatFenAsYuan(10)).toBe('0.10');
    expect(formatFenAsYuan(0)).toBe('0.00');
    expect(formatFenAsYuan(-5)).toBe('-0.05');
    expect(() => formatFenAsYuan(1.5)).toThrow(RangeError);
  });
});

describe('parsePriceFen with platform amounts', () => {
  it('reads 万 only when asked, to the fen, above the product price limit when allowed', () => {
    const wan = { tenThousands: true, maxFen: Number.MAX_SAFE_INTEGER };
    expect(parsePriceFen('1.2万', wan)).toEqual({ ok: true, value: 1_200_000 });
    expect(parsePriceFen('¥1.2万元', wan)).toEqual({ ok: true, value: 1_200_000 });
    expect(parsePriceFen('3.456789万', wan)).toEqual({ ok: true, value: 3_456_789 });
    expect(parsePriceFen('2,000,000,000', wan)).toEqual({ ok: true, value: 200_000_000_000 });
    expect(parsePriceFen('1.2万')).toMatchObject({ ok: false, code: 'PRICE_INVALID' });
    expect(parsePriceFen('-1.2万', wan)).toMatchObject({ ok: false, code: 'PRICE_NEGATIVE' });
    expect(parsePriceFen('1.2345678万', wan)).toMatchObject({ ok: false, code: 'PRICE_TOO_MANY_DECIMALS' });
  });
});
