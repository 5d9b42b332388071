/** Yuan ↔ fen by string arithmetic: "129.9" → 12990 exactly, never through a float. */

export type YuanParse = { ok: true; fen: number | null } | { ok: false; error: 'invalid' | 'negative' | 'tooManyDecimals' | 'tooLarge' };

/**
 * Parses a price typed in yuan. Empty means "not set" (null). Accepts a leading ¥/￥, full-width
 * digits, thousands separators and a trailing 元; rejects more than two decimals.
 */
export function parseYuan(input: string): YuanParse {
  let text = input
    .normalize('NFKC')
    .trim()
    .replace(/^[¥￥]\s*/, '')
    .replace(/\s*元$/, '')
    .replaceAll(',', '');
  if (text === '') return { ok: true, fen: null };
  if (text.startsWith('-')) return { ok: false, error: 'negative' };
  if (text.startsWith('+')) text = text.slice(1);
  const match = /^(\d*)(?:\.(\d*))?$/.exec(text);
  if (!match) return { ok: false, error: 'invalid' };
  const whole = match[1] ?? '';
  const decimals = match[2] ?? '';
  if (whole === '' && decimals === '') return { ok: false, error: 'invalid' };
  if (decimals.length > 2) return { ok: false, error: 'tooManyDecimals' };
  const digits = `${whole.replace(/^0+(?=\d)/, '') || '0'}${decimals.padEnd(2, '0')}`.replace(/^0+(?=\d)/, '');
  const fen = Number(digits);
  if (!Number.isSafeInteger(fen)) return { ok: false, error: 'tooLarge' };
  return { ok: true, fen };
}

/** "12.34" for 1234 fen; the whole-yuan part is grouped only when `group` is set. */
function yuanDigits(fen: number, group: boolean): string {
  const text = String(fen).padStart(3, '0');
  const whole = text.slice(0, -2).replace(/^0+(?=\d)/, '');
  return `${group ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : whole}.${text.slice(-2)}`;
}

/** A price for display: "¥12.34", "¥1,299.00", or "—" when not set. */
export function formatFen(fen: number | null | undefined): string {
  if (fen === null || fen === undefined) return '—';
  return `¥${yuanDigits(fen, true)}`;
}

/** A price for an input field: "129.9" for 12990, "129" for 12900, "" when not set. */
export function fenToYuanInput(fen: number | null | undefined): string {
  if (fen === null || fen === undefined) return '';
  return yuanDigits(fen, false).replace(/\.?0+$/, '');
}
