import { describe, expect, it } from 'vitest';
import { PreviewStore } from './packagePreview';
import type { ReadPackage } from './packageReader';

const pkg = {} as ReadPackage;

describe('preview store', () => {
  it('keeps a few previews, dropping the oldest, and forgets them when they expire', () => {
    let now = 1000;
    const store = new PreviewStore({ now: () => now, monotonic: () => 0 }, { ttlMs: 100, max: 2 });
    const first = store.add(pkg);
    const second = store.add(pkg);
    const third = store.add(pkg);
    expect(store.get(first.id)).toBeUndefined();
    expect(store.get(second.id)).toBe(second);
    expect(store.get(third.id)).toBe(third);
    now += 100;
    expect(store.get(third.id)).toBeUndefined();
    expect(store.size).toBe(0);
  });

  it('does not drop a preview while it is being committed', () => {
    let now = 0;
    const store = new PreviewStore({ now: () => now, monotonic: () => 0 }, { ttlMs: 10, max: 1 });
    const busy = store.add(pkg);
    busy.committing = true;
    now += 50;
    store.add(pkg);
    expect(store.get(busy.id)).toBe(busy);
  });
});
