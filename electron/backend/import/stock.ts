import type { RawCell } from './cell';
import type { ParseResult } from './price';

/** Far above any real stock; keeps the value a safe integer in SQLite and JSON. */
export const MAX_STOCK = 1_000_000_000;

/** A stock cell to a non-negative integer: "1,000", "１０００", " 25 ", numeric cells. */
export function parseStock(cell: RawCell): ParseResult<number> {
  const raw = typeof cell === 'number' ? String(cell) : typeof cell === 'string' ? cell : String(cell);
  const text = raw.normalize('NFKC').replace(/\s+/g, '');
  if (/^[-−]\d/.test(text)) return { ok: false, code: 'STOCK_NEGATIVE', message: `"${raw.trim()}" is negative; stock cannot be below 0` };
  if (/^(\d{1,3}(,\d{3})+|\d+)\.\d*[1-9]\d*$/.test(text)) {
    return { ok: false, code: 'STOCK_NOT_INTEGER', message: `"${raw.trim()}" is not a whole number; stock counts items` };
  }
  // "12.0" / "12.00" are whole numbers written by spreadsheets; accept them.
  const match = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.0*)?$/.exec(text);
  if (!match) return { ok: false, code: 'STOCK_INVALID', message: `"${raw.trim()}" is not a stock count; write a whole number like 1000` };
  const value = Number((match[1] ?? '').replaceAll(',', ''));
  if (value > MAX_STOCK)
    return { ok: false, code: 'STOCK_TOO_LARGE', message: `"${raw.trim()}" is larger than the highest allowed stock (1,000,000,000)` };
  return { ok: true, value };
}
