import { describe, expect, it } from 'vitest';
import { FailureLimiter } from './failureLimiter';

describe('FailureLimiter', () => {
  it('blocks an address after maxFailures within the window, until the oldest failure leaves it', () => {
    let now = 1000;
    const limiter = new FailureLimiter({ maxFailures: 3, windowMs: 60_000, now: () => now });
    limiter.fail('a');
    now += 10_000;
    limiter.fail('a');
    expect(limiter.blockedFor('a')).toBe(0);
    limiter.fail('a');
    expect(limiter.blockedFor('a')).toBe(50_000);
    expect(limiter.blockedFor('b')).toBe(0);
    now = 61_000;
    expect(limiter.blockedFor('a')).toBe(0);
    limiter.fail('a');
    expect(limiter.blockedFor('a')).toBe(10_000);
  });

  it('forgets failures older than the window', () => {
    let now = 0;
    const limiter = new FailureLimiter({ maxFailures: 2, windowMs: 100, now: () => now });
    limiter.fail('a');
    now = 150;
    limiter.fail('a');
    expect(limiter.blockedFor('a')).toBe(0);
  });

  it('remembers a bounded number of addresses', () => {
    const limiter = new FailureLimiter({ maxFailures: 1, maxAddresses: 2, now: () => 0 });
    limiter.fail('a');
    limiter.fail('b');
    limiter.fail('c');
    expect(limiter.blockedFor('a')).toBe(0);
    expect(limiter.blockedFor('c')).toBeGreaterThan(0);
  });
});
