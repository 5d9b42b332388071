import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assertOrderKey, isOrderKey, keyBetween, keysBetween, OrderKeyError } from './fractionalIndex';

/** Builds a list by random inserts and returns its keys in list order. */
function buildList(positions: readonly number[]): string[] {
  const keys: string[] = [];
  for (const p of positions) {
    const i = p % (keys.length + 1);
    keys.splice(i, 0, keyBetween(keys[i - 1] ?? null, keys[i] ?? null));
  }
  return keys;
}

const sortedCopy = (keys: readonly string[]) => [...keys].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));

describe('fractional index', () => {
  it('starts an empty list and appends/prepends with short keys', () => {
    expect(keyBetween(null, null)).toBe('a0');
    expect(keyBetween('a0', null)).toBe('a1');
    expect(keyBetween(null, 'a0')).toBe('Zz');
    expect(keyBetween('a0', 'a1')).toBe('a0V');
    expect(keyBetween('az', null)).toBe('b00');
    expect(keyBetween(null, 'b00')).toBe('az');
  });

  it('a key made between two others sorts strictly between them', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 2, maxLength: 60 }), fc.nat(), (positions, pick) => {
        const keys = buildList(positions);
        const i = pick % (keys.length + 1);
        const a = keys[i - 1] ?? null;
        const b = keys[i] ?? null;
        const k = keyBetween(a, b);
        expect(isOrderKey(k)).toBe(true);
        if (a !== null) expect(a < k).toBe(true);
        if (b !== null) expect(k < b).toBe(true);
      }),
    );
  });

  it('random inserts keep list order equal to key order, with no collisions', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { maxLength: 200 }), (positions) => {
        const keys = buildList(positions);
        expect(new Set(keys).size).toBe(keys.length);
        expect(sortedCopy(keys)).toEqual(keys);
      }),
    );
  });

  it('many inserts at the same spot stay ordered and distinct', () => {
    for (const spot of ['front', 'middle', 'back'] as const) {
      const keys = ['a0', 'a1'];
      for (let n = 0; n < 500; n++) {
        if (spot === 'front') keys.unshift(keyBetween(null, keys[0] ?? null));
        else if (spot === 'back') keys.push(keyBetween(keys[keys.length - 1] ?? null, null));
        else keys.splice(1, 0, keyBetween(keys[0] ?? null, keys[1] ?? null)); // always right after the first
      }
      expect(new Set(keys).size).toBe(keys.length);
      expect(sortedCopy(keys)).toEqual(keys);
    }
  });

  it('keeps keys short and ordered when appending or prepending thousands of times', () => {
    const up: string[] = [];
    const down: string[] = [];
    for (let n = 0; n < 10_000; n++) {
      up.push(keyBetween(up[up.length - 1] ?? null, null));
      down.unshift(keyBetween(null, down[0] ?? null));
    }
    for (const keys of [up, down]) {
      expect(sortedCopy(keys)).toEqual(keys);
      expect(new Set(keys).size).toBe(keys.length);
      expect(Math.max(...keys.map((k) => k.length))).toBeLessThanOrEqual(4);
    }
  });

  it('keysBetween gives n ascending keys inside the bounds', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { maxLength: 30 }), fc.nat(), fc.integer({ min: 0, max: 40 }), (positions, pick, n) => {
        const keys = buildList(positions);
        const i = pick % (keys.length + 1);
        const a = keys[i - 1] ?? null;
        const b = keys[i] ?? null;
        const made = keysBetween(a, b, n);
        expect(made).toHaveLength(n);
        expect(sortedCopy(made)).toEqual(made);
        expect(new Set(made).size).toBe(n);
        for (const k of made) {
          if (a !== null) expect(a < k).toBe(true);
          if (b !== null) expect(k < b).toBe(true);
        }
      }),
    );
  });

  it('sorts the same way in SQLite BINARY collation as in JavaScript (ASCII digits only)', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { maxLength: 80 }), (positions) => {
        for (const k of buildList(positions)) expect(k).toMatch(/^[0-9A-Za-z]+$/);
      }),
    );
  });

  it('refuses bad bounds and malformed keys', () => {
    expect(() => keyBetween('a1', 'a0')).toThrow(OrderKeyError);
    expect(() => keyBetween('a1', 'a1')).toThrow(OrderKeyError);
    expect(() => assertOrderKey('a10')).toThrow(/ends in 0/);
    expect(() => assertOrderKey('b1')).toThrow(OrderKeyError); // 'b' needs three characters
    expect(() => assertOrderKey('a-')).toThrow(OrderKeyError);
    expect(() => assertOrderKey('')).toThrow(OrderKeyError);
    expect(() => keyBetween(null, `A${'0'.repeat(26)}`)).toThrow(OrderKeyError);
    expect(isOrderKey('a0V')).toBe(true);
  });
});
