import { describe, expect, it } from 'vitest';
import { shareEqual } from './shareEqual';

describe('shareEqual', () => {
  it('returns the held value itself when nothing differs', () => {
    const held = { a: 1, list: [{ id: 'x', n: 2 }], nested: { b: null } };
    expect(shareEqual(held, structuredClone(held))).toBe(held);
  });

  it('keeps every unchanged part and takes the changed ones', () => {
    const held = { counters: { likes: 1, orders: 0 }, cues: [{ id: 'a' }, { id: 'b' }], standbyId: 'a' };
    const next = shareEqual(held, { counters: { likes: 1, orders: 0 }, cues: [{ id: 'a' }, { id: 'b' }], standbyId: 'b' });
    expect(next).not.toBe(held);
    expect(next.standbyId).toBe('b');
    expect(next.counters).toBe(held.counters);
    expect(next.cues).toBe(held.cues);
  });

  it('sees added, removed and reordered entries as changes', () => {
    const held = { list: [{ id: 'a' }, { id: 'b' }], map: { a: 1 } as Record<string, number> };
    const grown = shareEqual(held, { list: [{ id: 'a' }, { id: 'b' }, { id: 'c' }], map: { a: 1, b: 2 } });
    expect(grown.list).not.toBe(held.list);
    expect(grown.list[0]).toBe(held.list[0]);
    expect(grown.map).toEqual({ a: 1, b: 2 });
    const shrunk = shareEqual(held, { list: [{ id: 'a' }], map: {} });
    expect(shrunk.list).toEqual([{ id: 'a' }]);
    expect(shrunk.map).toEqual({});
    const swapped = shareEqual(held, { list: [{ id: 'b' }, { id: 'a' }], map: { a: 1 } });
    expect(swapped.list.map((x) => x.id)).toEqual(['b', 'a']);
    expect(swapped.map).toBe(held.map);
  });

  it('tells a key set to undefined from a missing one, and null from an object', () => {
    const held: { a?: number | undefined; b: { c: number } | null } = { b: null };
    const next = shareEqual(held, { a: undefined, b: null });
    expect(next).not.toBe(held);
    expect('a' in next).toBe(true);
    expect(shareEqual({ b: { c: 1 } }, { b: null }).b).toBeNull();
  });
});
