/**
 * Fractional indexing: order keys are strings that sort with plain byte comparison (JavaScript `<`,
 * SQLite BINARY collation), and a new key can always be made between any two. Moving or inserting an
 * item rewrites only that item's key, so two people editing the same list never renumber each other.
 *
 * A key is an *integer part* followed by an optional *fraction*. The integer part's first character
 * encodes its length (`a`..`z`: 2..27 characters, growing upwards; `A`..`Z`: 27..2 characters, growing
 * downwards), so appending at either end keeps keys short. The fraction never ends in `0`, which is
 * what guarantees there is always room between two keys. Digits are base 62 in ASCII order.
 */

const DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const ZERO = DIGITS[0] as string;
const LAST = DIGITS[DIGITS.length - 1] as string;
/** The smallest integer part; a key equal to it would leave no room below. */
const SMALLEST_INTEGER = `A${ZERO.repeat(26)}`;

export class OrderKeyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OrderKeyError';
  }
}

function digitValue(ch: string): number {
  const v = DIGITS.indexOf(ch);
  if (v < 0) throw new OrderKeyError(`Invalid order key digit "${ch}"`);
  return v;
}

function integerLength(head: string): number {
  if (head >= 'a' && head <= 'z') return head.charCodeAt(0) - 'a'.charCodeAt(0) + 2;
  if (head >= 'A' && head <= 'Z') return 'Z'.charCodeAt(0) - head.charCodeAt(0) + 2;
  throw new OrderKeyError(`Invalid order key head "${head}"`);
}

function integerPart(key: string): string {
  const length = integerLength(key.charAt(0));
  if (length > key.length) throw new OrderKeyError(`Invalid order key "${key}"`);
  return key.slice(0, length);
}

/** Throws unless `key` is a well-formed order key. */
export function assertOrderKey(key: string): void {
  if (key === SMALLEST_INTEGER) throw new OrderKeyError(`Invalid order key "${key}"`);
  const int = integerPart(key);
  for (const ch of key.slice(1)) digitValue(ch);
  const fraction = key.slice(int.length);
  if (fraction.endsWith(ZERO)) throw new OrderKeyError(`Invalid order key "${key}" (fraction ends in ${ZERO})`);
}

export function isOrderKey(key: string): boolean {
  try {
    assertOrderKey(key);
    return true;
  } catch {
    return false;
  }
}

/** A fraction strictly between fractions `a` and `b` (`b === null`: no upper bound). */
function midpoint(a: string, b: string | null): string {
  if (b !== null && a >= b) throw new OrderKeyError(`${a} >= ${b}`);
  if (b !== null) {
    // Shared prefix (a padded with zeros): keep it and recurse on the rest.
    let n = 0;
    while ((a.charAt(n) || ZERO) === b.charAt(n)) n++;
    if (n > 0) return b.slice(0, n) + midpoint(a.slice(n), b.slice(n));
  }
  const digitA = a ? digitValue(a.charAt(0)) : 0;
  const digitB = b !== null ? digitValue(b.charAt(0)) : DIGITS.length;
  if (digitB - digitA > 1) return DIGITS.charAt(Math.round((digitA + digitB) / 2));
  // Adjacent digits: take b's first digit if b goes on, otherwise go one level deeper after a.
  if (b !== null && b.length > 1) return b.slice(0, 1);
  return DIGITS.charAt(digitA) + midpoint(a.slice(1), null);
}

function incrementInteger(x: string): string | null {
  const head = x.charAt(0);
  const digits = x.slice(1).split('');
  for (let i = digits.length - 1; i >= 0; i--) {
    const d = digitValue(digits[i] as string) + 1;
    if (d < DIGITS.length) {
      digits[i] = DIGITS.charAt(d);
      return head + digits.join('');
    }
    digits[i] = ZERO;
  }
  // Carried out of every digit: the next length up.
  if (head === 'Z') return `a${ZERO}`;
  if (head === 'z') return null;
  const next = String.fromCharCode(head.charCodeAt(0) + 1);
  if (next > 'a') digits.push(ZERO);
  else digits.pop();
  return next + digits.join('');
}

function decrementInteger(x: string): string | null {
  const head = x.charAt(0);
  const digits = x.slice(1).split('');
  for (let i = digits.length - 1; i >= 0; i--) {
    const d = digitValue(digits[i] as string) - 1;
    if (d >= 0) {
      digits[i] = DIGITS.charAt(d);
      return head + digits.join('');
    }
    digits[i] = LAST;
  }
  if (head === 'a') return `Z${LAST}`;
  if (head === 'A') return null;
  const prev = String.fromCharCode(head.charCodeAt(0) - 1);
  if (prev < 'Z') digits.push(LAST);
  else digits.pop();
  return prev + digits.join('');
}

/**
 * A key strictly between `a` and `b`. `a === null` means "before the first", `b === null` "after the
 * last"; both null gives the first key of an empty list. Deterministic: the same bounds give the same key.
 */
export function keyBetween(a: string | null, b: string | null): string {
  if (a !== null) assertOrderKey(a);
  if (b !== null) assertOrderKey(b);
  if (a !== null && b !== null && a >= b) throw new OrderKeyError(`Order keys out of order: "${a}" >= "${b}"`);

  if (a === null) {
    if (b === null) return `a${ZERO}`;
    const ib = integerPart(b);
    const fb = b.slice(ib.length);
    if (ib === SMALLEST_INTEGER) return ib + midpoint('', fb);
    if (ib < b) return ib;
    const lower = decrementInteger(ib);
    if (lower === null) throw new OrderKeyError('Cannot make a key below the smallest one');
    return lower;
  }

  if (b === null) {
    const ia = integerPart(a);
    const fa = a.slice(ia.length);
    const higher = incrementInteger(ia);
    return higher === null ? ia + midpoint(fa, null) : higher;
  }

  const ia = integerPart(a);
  const fa = a.slice(ia.length);
  const ib = integerPart(b);
  const fb = b.slice(ib.length);
  if (ia === ib) return ia + midpoint(fa, fb);
  const higher = incrementInteger(ia);
  if (higher === null) throw new OrderKeyError('Cannot make a key above the largest one');
  if (higher < b) return higher;
  return ia + midpoint(fa, null);
}

/** `n` ascending keys strictly between `a` and `b`, spread so later inserts stay short. */
export function keysBetween(a: string | null, b: string | null, n: number): string[] {
  if (n <= 0) return [];
  if (n === 1) return [keyBetween(a, b)];
  if (b === null) {
    const out: string[] = [];
    let prev = a;
    for (let i = 0; i < n; i++) {
      prev = keyBetween(prev, null);
      out.push(prev);
    }
    return out;
  }
  if (a === null) {
    const out: string[] = [];
    let next = b;
    for (let i = 0; i < n; i++) {
      next = keyBetween(null, next);
      out.push(next);
    }
    return out.reverse();
  }
  const mid = Math.floor(n / 2);
  const c = keyBetween(a, b);
  return [...keysBetween(a, c, mid), c, ...keysBetween(c, b, n - mid - 1)];
}
