import type { ImportIssueCode } from '../../../shared/domain/import/importIssue';
import type { RawCell } from './cell';

export type ParseResult<T> = { ok: true; value: T } | { ok: false; code: ImportIssueCode; message: string };

/** 100 million yuan: above any product price, far below Number.MAX_SAFE_INTEGER fen. */
export const MAX_PRICE_FEN = 100_000_000 * 100;

const CURRENCY_PREFIX = /^(?:¥|rmb|cny)/i;
const CURRENCY_SUFFIX = /(?:元|rmb|cny)$/i;
/** 万 (ten thousand) as the platforms' dashboards write large figures: "1.2万". */
const TEN_THOUSAND = '万';
/** Digits with optional well-formed thousands groups, then optional decimals. */
const AMOUNT = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/;

/**
 * A price cell to integer fen, by string arithmetic so "0.1" is 10 and "19.99" is 1999 exactly.
 * Accepts what merchants type: "¥1,299.00", "￥1299", "1299元", " 12.5 ", full-width digits.
 * Numeric XLSX cells are binary floats (19.99 is 19.989999…): they are taken at the nearest fen only
 * when within a rounding hair of it, so a computed 17.991 is still refused, not silently rounded.
 */
export interface AmountOptions {
  /** Accept "1.2万" (the platforms' exports); product prices never come that way. */
  tenThousands?: boolean;
  /** Highest accepted amount; defaults to the highest product price. */
  maxFen?: number;
}

export function parsePriceFen(cell: RawCell, options: AmountOptions = {}): ParseResult<number> {
  const maxFen = options.maxFen ?? MAX_PRICE_FEN;
  if (typeof cell === 'number') return priceFromNumber(cell, maxFen);
  const raw = typeof cell === 'string' ? cell : String(cell);
  // NFKC: full-width digits, "￥" → "¥", "，" → ",", full-width spaces.
  let text = raw.normalize('NFKC').replace(/\s+/g, '');
  const negative = text.startsWith('-') || text.startsWith('−');
  if (negative) text = text.slice(1);
  text = text.replace(CURRENCY_PREFIX, '').replace(CURRENCY_SUFFIX, '');
  if (text.startsWith('-')) return negativePrice(raw);
  const wan = options.tenThousands === true && text.endsWith(TEN_THOUSAND);
  if (wan) text = text.slice(0, -1);
  const match = AMOUNT.exec(text);
  if (!match) return { ok: false, code: 'PRICE_INVALID', message: `"${raw.trim()}" is not a price; write it like 1299 or 1,299.00` };
  if (negative) return negativePrice(raw);
  const whole = (match[1] ?? '').replaceAll(',', '');
  const decimals = match[2] ?? '';
  // In 万 a fen is the 6th decimal.
  const places = wan ? 6 : 2;
  if (decimals.length > places) {
    return {
      ok: false,
      code: 'PRICE_TOO_MANY_DECIMALS',
      message: `"${raw.trim()}" has more than ${places} decimals; ${wan ? 'amounts' : 'prices'} are in yuan to the fen`,
    };
  }
  const fen = Number(whole) * 10 ** places + Number(decimals.padEnd(places, '0'));
  return checkRange(fen, raw.trim(), maxFen);
}

function priceFromNumber(n: number, maxFen: number): ParseResult<number> {
  if (!Number.isFinite(n)) return { ok: false, code: 'PRICE_INVALID', message: `${n} is not a price` };
  if (n < 0) return negativePrice(String(n));
  const fen = Math.round(n * 100);
  if (Math.abs(n * 100 - fen) > 1e-6 * Math.max(1, Math.abs(n))) {
    return { ok: false, code: 'PRICE_TOO_MANY_DECIMALS', message: `${n} has more than 2 decimals; prices are in yuan to the fen` };
  }
  return checkRange(fen, String(n), maxFen);
}

function checkRange(fen: number, shown: string, maxFen: number): ParseResult<number> {
  if (!Number.isSafeInteger(fen) || fen > maxFen) {
    return {
      ok: false,
      code: 'PRICE_TOO_LARGE',
      message: `"${shown}" is larger than the highest allowed amount (${(maxFen / 100).toLocaleString('en-US')} yuan)`,
    };
  }
  return { ok: true, value: fen };
}

function negativePrice(raw: string): ParseResult<number> {
  return { ok: false, code: 'PRICE_NEGATIVE', message: `"${raw.trim()}" is negative; a price cannot be below 0` };
}

/** Fen as yuan with exactly 2 decimals, by integer arithmetic: 1999 → "19.99", -5 → "-0.05". */
export function formatFenAsYuan(fen: number): string {
  if (!Number.isSafeInteger(fen)) throw new RangeError(`not an integer number of fen: ${fen}`);
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}
