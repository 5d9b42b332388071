import { describe, expect, it } from 'vitest';
import { deliveryShares } from './deliveryParts';

describe('delivery bar shares', () => {
  it('splits the bar by count and adds up to the whole', () => {
    const shares = deliveryShares({ applied: 4, received: 1, deferred: 1, failed: 1, waiting: 1 });
    expect(shares).toEqual({ applied: 50, received: 12.5, deferred: 12.5, failed: 12.5, waiting: 12.5 });
    expect(Object.values(shares).reduce((a, b) => a + b, 0)).toBe(100);
  });

  it('is empty when no store is targeted', () => {
    expect(deliveryShares({ applied: 0, received: 0, deferred: 0, failed: 0, waiting: 0 })).toEqual({
      applied: 0,
      received: 0,
      deferred: 0,
      failed: 0,
      waiting: 0,
    });
  });
});
