import { describe, expect, it } from 'vitest';
import { createBackoff } from './backoff';

describe('backoff', () => {
  it('doubles from 0.5 s to a 10 s cap and stays there', () => {
    const b = createBackoff({ random: () => 1 });
    const delays = Array.from({ length: 10 }, () => b.next());
    expect(delays).toEqual([500, 1000, 2000, 4000, 8000, 10_000, 10_000, 10_000, 10_000, 10_000]);
    for (let i = 0; i < 2000; i++) expect(b.next()).toBe(10_000);
  });

  it('jitters within the upper half of each step', () => {
    const low = createBackoff({ random: () => 0 });
    expect([low.next(), low.next(), low.next()]).toEqual([250, 500, 1000]);
    const b = createBackoff();
    for (let i = 0; i < 100; i++) {
      const d = b.next();
      expect(d).toBeGreaterThanOrEqual(250);
      expect(d).toBeLessThanOrEqual(10_000);
    }
  });

  it('reset starts over at the first step', () => {
    const b = createBackoff({ random: () => 1 });
    b.next();
    b.next();
    b.next();
    expect(b.attempt).toBe(3);
    b.reset();
    expect(b.attempt).toBe(0);
    expect(b.next()).toBe(500);
  });

  it('with full jitter waits anywhere from nothing up to the step', () => {
    const low = createBackoff({ jitter: 'full', random: () => 0 });
    expect([low.next(), low.next()]).toEqual([0, 0]);
    const high = createBackoff({ jitter: 'full', baseMs: 1000, capMs: 60_000, random: () => 1 });
    expect(Array.from({ length: 8 }, () => high.next())).toEqual([1000, 2000, 4000, 8000, 16_000, 32_000, 60_000, 60_000]);
  });
});
