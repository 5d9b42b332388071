import { parseYuan } from '../../format/money';

/**
 * Parses an amount typed into a counter: a whole number, optionally signed (a negative one corrects a mistyped
 * entry), full-width digits (Chinese input methods) and thousands separators allowed ("12,000", "－3", "１２").
 * Zero and anything else are refused: null.
 */
export function parseAmount(text: string): number | null {
  const cleaned = text
    .normalize('NFKC')
    .replace(/[\s,，]/g, '')
    .replace(/^−/, '-');
  if (!/^[+-]?\d+$/.test(cleaned)) return null;
  const value = Number(cleaned);
  return Number.isSafeInteger(value) && value !== 0 ? value : null;
}

/** A GMV entry in yuan ("199.90", "¥1,299"), in fen; a leading minus corrects (a refund, a typo). Zero or junk: null. */
export function parseGmvEntry(text: string): number | null {
  const trimmed = text.normalize('NFKC').trim().replace(/^−/, '-');
  const negative = trimmed.startsWith('-');
  const parsed = parseYuan(negative ? trimmed.slice(1) : trimmed);
  if (!parsed.ok || parsed.fen === null || parsed.fen === 0) return null;
  return negative ? -parsed.fen : parsed.fen;
}
