import { describe, expect, it } from 'vitest';
import { parseSaleEntry } from './saleEntry';

describe('parseSaleEntry', () => {
  it('takes orders and an amount in yuan', () => {
    expect(parseSaleEntry('3', '597', null)).toEqual({ ok: true, orders: 3, gmvFen: 59_700 });
    expect(parseSaleEntry('２', '¥1,299.50', 100)).toEqual({ ok: true, orders: 2, gmvFen: 129_950 });
  });
  it('counts a blank as one order, and a blank amount at the live price', () => {
    expect(parseSaleEntry('', '', 19_900)).toEqual({ ok: true, orders: 1, gmvFen: 19_900 });
    expect(parseSaleEntry('3', ' ', 19_900)).toEqual({ ok: true, orders: 3, gmvFen: 59_700 });
  });
  it('needs an amount when the product has no price', () => {
    expect(parseSaleEntry('3', '', null)).toEqual({ ok: false, problem: 'amount' });
  });
  it('refuses negative, zero or junk figures (the undo button takes an entry back)', () => {
    expect(parseSaleEntry('-1', '10', null)).toEqual({ ok: false, problem: 'orders' });
    expect(parseSaleEntry('0', '10', null)).toEqual({ ok: false, problem: 'orders' });
    expect(parseSaleEntry('two', '10', null)).toEqual({ ok: false, problem: 'orders' });
    expect(parseSaleEntry('1', '-10', null)).toEqual({ ok: false, problem: 'amount' });
    expect(parseSaleEntry('1', 'abc', 100)).toEqual({ ok: false, problem: 'amount' });
  });
});
