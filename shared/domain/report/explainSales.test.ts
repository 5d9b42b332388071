import { describe, expect, it } from 'vitest';
import { createTypedSales } from './explainSales';

/** A small seeded PRNG, so a failure names a reproducible case. */
function prng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('typed sales by window', () => {
  it('sums the entries whose second falls in [from, to), cut to the second, as a pass over every entry would', () => {
    const random = prng(20261207);
    const start = Date.UTC(2026, 11, 7, 12);
    for (let round = 0; round < 50; round++) {
      const sales = createTypedSales();
      const entries: { counter: 'orders' | 'gmvFen'; by: number; at: number }[] = [];
      const n = Math.floor(random() * 300);
      for (let i = 0; i < n; i++) {
        const entry = {
          counter: random() < 0.5 ? ('orders' as const) : ('gmvFen' as const),
          by: Math.floor(random() * 2000) - 200,
          at: start + Math.floor(random() * 3_600_000),
        };
        entries.push(entry);
        sales.add(entry.counter, entry.by, entry.at);
      }
      const window = sales.window();
      if (n === 0) {
        expect(window).toBeNull();
        continue;
      }
      if (!window) throw new Error('no window');
      for (let q = 0; q < 40; q++) {
        const from = start - 60_000 + Math.floor(random() * 3_720_000);
        const to = from + Math.floor(random() * 900_000) - 1000;
        const lo = Math.floor(from / 1000) * 1000;
        const hi = Math.floor(to / 1000) * 1000;
        const inside = entries.filter((e) => Math.floor(e.at / 1000) * 1000 >= lo && Math.floor(e.at / 1000) * 1000 < hi);
        const sum = (counter: 'orders' | 'gmvFen') => inside.filter((e) => e.counter === counter).reduce((t, e) => t + e.by, 0);
        const typed = (counter: 'orders' | 'gmvFen') => entries.some((e) => e.counter === counter);
        expect(window(from, to)).toEqual({
          orders: typed('orders') ? sum('orders') : null,
          gmvFen: typed('gmvFen') ? sum('gmvFen') : null,
        });
      }
    }
  });
});
