/**
 * A percent coupon's discount as people write it ↔ basis points off (what the backend stores: 2000 = 20 % off = 8折).
 * String arithmetic only, so 8.5折 is exactly 1500 and never 1499.9999.
 */

export type DiscountParse = { ok: true; basisPoints: number } | { ok: false; error: 'required' | 'invalid' | 'tooManyDecimals' };

const CHINESE_DIGITS: Readonly<Record<string, string>> = {
  零: '0',
  〇: '0',
  一: '1',
  二: '2',
  两: '2',
  三: '3',
  四: '4',
  五: '5',
  六: '6',
  七: '7',
  八: '8',
  九: '9',
  点: '.',
};

/** `text` (a plain decimal) × 10^scale as an integer, or null when it has more decimals than `scale`. */
function scaled(text: string, scale: number): number | null {
  const [whole = '', decimals = ''] = text.split('.');
  if (decimals.length > scale) return null;
  return Number(`${whole || '0'}${decimals.padEnd(scale, '0')}`);
}

/**
 * Reads "8折", "8.5折", "85折" (two digits: the percentage paid), "八五折", "打8折", "20%", "20% off", or a bare number
 * under 10 ("8" = 8折). What comes out is basis points off; whether that is a usable discount (1–9999) is the backend's
 * rule, so "10折" reads as 0 and the backend says why it cannot be saved.
 */
export function parseDiscount(input: string): DiscountParse {
  let text = input.normalize('NFKC').trim().toLowerCase();
  if (text === '') return { ok: false, error: 'required' };
  text = [...text].map((c) => CHINESE_DIGITS[c] ?? c).join('');
  text = text.replace(/^打\s*/, '').replace(/\s+/g, '');
  const percent = /^(\d+(?:\.\d*)?|\.\d+)%(?:off)?$/.exec(text);
  if (percent?.[1]) {
    const off = scaled(percent[1], 2);
    return off === null ? { ok: false, error: 'tooManyDecimals' } : { ok: true, basisPoints: off };
  }
  const zhe = /^(\d+(?:\.\d*)?|\.\d+)(折)?$/.exec(text);
  if (!zhe?.[1]) return { ok: false, error: 'invalid' };
  const number = zhe[1];
  const tenths = Number(number) <= 10;
  // Without 折 only the unambiguous reading is taken: 8 is 8折, but 20 could be 20% off or 2折.
  if (!tenths && zhe[2] === undefined) return { ok: false, error: 'invalid' };
  const paid = scaled(number, tenths ? 3 : 2);
  if (paid === null) return { ok: false, error: 'tooManyDecimals' };
  return { ok: true, basisPoints: 10_000 - paid };
}

/** A decimal without trailing zeros: 8.500 → "8.5", 8.000 → "8". */
function trimmed(value: number, scale: number): string {
  const text = (value / 10 ** scale).toFixed(scale);
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}

/** 2000 → "8折", 1500 → "8.5折" (what is paid, in tenths). */
export function formatZhe(basisPointsOff: number): string {
  return `${trimmed(10_000 - basisPointsOff, 3)}折`;
}

/** 2000 → "20%" (what is taken off). */
export function formatPercentOff(basisPointsOff: number): string {
  return `${trimmed(basisPointsOff, 2)}%`;
}
