import { isUtf8 } from 'node:buffer';

/**
 * A JSON object read from UTF-8 bytes without building it as one string: the items of one array member are
 * found by their byte ranges and parsed one by one, the other members at once. A 3 MB products.json decoded
 * to a string costs 20 ms and more in one piece, which a package preview cannot spend between two turns.
 *
 * Byte-level scanning is safe because every JSON structural character is ASCII and no byte of a multi-byte
 * UTF-8 sequence is. The scanner only finds where values start and end; each value is still checked by
 * `JSON.parse`. Null when the bytes are not that shape (not UTF-8, not an object, a separator out of place):
 * the caller then parses the whole text, which gives the same value or the same refusal.
 */
export interface JsonListParts {
  /** The object's other members, parsed; the last of a repeated key wins, as in `JSON.parse`. */
  rest: Record<string, unknown>;
  /** Byte ranges of the list's items, in order; null when the key is absent or not an array. */
  items: { start: number; end: number }[] | null;
  /** Parses item `i`. */
  item(i: number): unknown;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;

/** The first byte of a number or literal: - 0-9 t f n. */
const BARE_START: ReadonlySet<number> = new Set([0x2d, 0x30, 0x31, 0x32, 0x33, 0x34, 0x35, 0x36, 0x37, 0x38, 0x39, 0x74, 0x66, 0x6e]);

const isSpace = (b: number | undefined) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;

export function jsonListParts(bytes: Uint8Array, key: string): JsonListParts | null {
  if (!isUtf8(bytes)) return null;
  // ignoreBOM: a U+FEFF inside the text is a character JSON.parse refuses outside strings, not one to drop.
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  const text = (start: number, end: number) => decoder.decode(bytes.subarray(start, end));
  const parse = (start: number, end: number): unknown => JSON.parse(text(start, end));
  let at = 0;
  const skipSpace = () => {
    while (isSpace(bytes[at])) at++;
  };
  /** The end (exclusive) of the string starting at `from` (its opening quote). */
  const stringEnd = (from: number): number => {
    let i = from + 1;
    while (i < bytes.length) {
      const b = bytes[i];
      if (b === BACKSLASH) i += 2;
      else if (b === QUOTE) return i + 1;
      else i++;
    }
    return -1;
  };
  /** The end (exclusive) of the value starting at `from`: a string, a container, or a bare literal/number. */
  const valueEnd = (from: number): number => {
    const first = bytes[from];
    if (first === QUOTE) return stringEnd(from);
    if (first !== OPEN_OBJECT && first !== OPEN_ARRAY) {
      // A number or true/false/null; anything else (a stray byte) is left to the whole-text parse.
      if (first === undefined || !BARE_START.has(first)) return -1;
      let i = from;
      while (i < bytes.length) {
        const b = bytes[i];
        if (b === COMMA || b === CLOSE_OBJECT || b === CLOSE_ARRAY || isSpace(b)) break;
        i++;
      }
      return i;
    }
    let depth = 0;
    let i = from;
    while (i < bytes.length) {
      const b = bytes[i];
      if (b === QUOTE) {
        i = stringEnd(i);
        if (i < 0) return -1;
        continue;
      }
      if (b === OPEN_OBJECT || b === OPEN_ARRAY) depth++;
      else if (b === CLOSE_OBJECT || b === CLOSE_ARRAY) {
        depth--;
        if (depth === 0) return i + 1;
      }
      i++;
    }
    return -1;
  };

  /** After a value: a comma (another one follows), the closing bracket `close`, or anything else (not for us). */
  const afterValue = (close: number): 'more' | 'closed' | 'bad' => {
    skipSpace();
    const b = bytes[at];
    if (b !== COMMA && b !== close) return 'bad';
    at++;
    return b === COMMA ? 'more' : 'closed';
  };

  try {
    skipSpace();
    if (bytes[at] !== OPEN_OBJECT) return null;
    at++;
    const rest: Record<string, unknown> = {};
    let items: { start: number; end: number }[] | null = null;
    skipSpace();
    if (bytes[at] === CLOSE_OBJECT) at++;
    else {
      for (;;) {
        skipSpace();
        if (bytes[at] !== QUOTE) return null;
        const nameEnd = stringEnd(at);
        if (nameEnd < 0) return null;
        const name = parse(at, nameEnd) as string;
        at = nameEnd;
        skipSpace();
        if (bytes[at] !== COLON) return null;
        at++;
        skipSpace();
        if (name === key && bytes[at] === OPEN_ARRAY) {
          const found: { start: number; end: number }[] = [];
          at++;
          skipSpace();
          if (bytes[at] === CLOSE_ARRAY) at++;
          else {
            for (;;) {
              skipSpace();
              const end = valueEnd(at);
              if (end <= at) return null;
              found.push({ start: at, end });
              at = end;
              const next = afterValue(CLOSE_ARRAY);
              if (next === 'bad') return null;
              if (next === 'closed') break;
            }
          }
          items = found;
          delete rest[name];
        } else {
          const end = valueEnd(at);
          if (end <= at) return null;
          const value = parse(at, end);
          if (name === key) items = null;
          // A plain assignment would let a "__proto__" member change the object's prototype; JSON.parse makes it a member.
          Object.defineProperty(rest, name, { value, enumerable: true, writable: true, configurable: true });
          at = end;
        }
        const next = afterValue(CLOSE_OBJECT);
        if (next === 'bad') return null;
        if (next === 'closed') break;
      }
    }
    skipSpace();
    if (at !== bytes.length) return null;
    const ranges = items;
    return {
      rest,
      items: ranges,
      item: (i) => {
        const range = ranges?.[i];
        if (!range) throw new RangeError(`no item ${i}`);
        return parse(range.start, range.end);
      },
    };
  } catch {
    // A value JSON.parse refuses: the whole text is refused the same way by the caller.
    return null;
  }
}
