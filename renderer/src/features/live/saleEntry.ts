import { parseAmount, parseGmvEntry } from './counterAmount';

export type SaleEntry = { ok: true; orders: number; gmvFen: number } | { ok: false; problem: 'orders' | 'amount' };

/**
 * One 成交 as typed in the counter bar: orders (blank = 1) and the amount in yuan. A blank amount is the orders at the
 * product's live price, so "3, Enter" records three orders of the product on air; without a price the amount is
 * needed. Entries only: a mistake is taken back with the undo button, not a negative figure.
 */
export function parseSaleEntry(ordersText: string, amountText: string, unitPriceFen: number | null): SaleEntry {
  const orders = ordersText.trim() === '' ? 1 : parseAmount(ordersText);
  if (orders === null || orders < 1) return { ok: false, problem: 'orders' };
  if (amountText.trim() === '') {
    return unitPriceFen === null ? { ok: false, problem: 'amount' } : { ok: true, orders, gmvFen: unitPriceFen * orders };
  }
  const gmvFen = parseGmvEntry(amountText);
  if (gmvFen === null || gmvFen < 0) return { ok: false, problem: 'amount' };
  return { ok: true, orders, gmvFen };
}
