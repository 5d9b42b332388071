import { describe, expect, it } from 'vitest';
import { applySlot, dropSlot, gapAt, insertSlot, stepSlot } from './reorder';

const ids = ['a', 'b', 'c', 'd'];

describe('stepSlot (Alt+↑ / Alt+↓)', () => {
  it('moves up between the two cues above', () => {
    expect(stepSlot(ids, 'c', -1)).toEqual({ afterId: 'a', beforeId: 'b' });
    expect(stepSlot(ids, 'b', -1)).toEqual({ afterId: null, beforeId: 'a' });
  });

  it('moves down between the two cues below', () => {
    expect(stepSlot(ids, 'b', 1)).toEqual({ afterId: 'c', beforeId: 'd' });
    expect(stepSlot(ids, 'c', 1)).toEqual({ afterId: 'd', beforeId: null });
  });

  it('does nothing at the edges or for an unknown cue', () => {
    expect(stepSlot(ids, 'a', -1)).toBeNull();
    expect(stepSlot(ids, 'd', 1)).toBeNull();
    expect(stepSlot(ids, 'x', 1)).toBeNull();
    expect(stepSlot(['a'], 'a', 1)).toBeNull();
  });

  it('gives the order the step describes', () => {
    for (const id of ids) {
      for (const dir of [-1, 1] as const) {
        const slot = stepSlot(ids, id, dir);
        if (!slot) continue;
        const next = applySlot(ids, id, slot);
        expect(next.indexOf(id) - ids.indexOf(id)).toBe(dir);
      }
    }
  });
});

describe('dropSlot (drag and drop)', () => {
  it('ignores a drop on either side of the cue itself', () => {
    expect(dropSlot(ids, 'b', 1)).toBeNull();
    expect(dropSlot(ids, 'b', 2)).toBeNull();
  });

  it('places the cue in the gap', () => {
    expect(dropSlot(ids, 'd', 0)).toEqual({ afterId: null, beforeId: 'a' });
    expect(dropSlot(ids, 'a', 4)).toEqual({ afterId: 'd', beforeId: null });
    expect(dropSlot(ids, 'a', 3)).toEqual({ afterId: 'c', beforeId: 'd' });
    expect(applySlot(ids, 'a', { afterId: 'c', beforeId: 'd' })).toEqual(['b', 'c', 'a', 'd']);
  });

  it('refuses gaps outside the list', () => {
    expect(dropSlot(ids, 'a', -1)).toBeNull();
    expect(dropSlot(ids, 'a', 5)).toBeNull();
  });

  it('reads the gap from the pointer position', () => {
    expect(gapAt(2, 110, 100, 40)).toBe(2);
    expect(gapAt(2, 125, 100, 40)).toBe(3);
  });
});

describe('insertSlot', () => {
  it('inserts after a cue, before its successor', () => {
    expect(insertSlot(ids, 'b')).toEqual({ afterId: 'b', beforeId: 'c' });
    expect(insertSlot(ids, 'd')).toEqual({ afterId: 'd', beforeId: null });
  });

  it('inserts at the start, and at the end when the cue is gone', () => {
    expect(insertSlot(ids, null)).toEqual({ afterId: null, beforeId: 'a' });
    expect(insertSlot([], null)).toEqual({ afterId: null, beforeId: null });
    expect(insertSlot(ids, 'x')).toEqual({ afterId: 'd', beforeId: null });
  });
});
