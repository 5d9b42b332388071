import { describe, expect, it } from 'vitest';
import { createBackoff } from '../../../shared/timing/backoff';
import { reconnectBackoff } from './websocketTransport';

describe('the window reconnect backoff', () => {
  it('doubles from 250 ms and stops at the 5 s cap', () => {
    const backoff = createBackoff({ ...reconnectBackoff, random: () => 0.5 });
    const delays = Array.from({ length: 8 }, () => backoff.next());
    expect(delays).toEqual([250, 500, 1000, 2000, 4000, 5000, 5000, 5000]);
  });

  it('starts again from the shortest delay after reset', () => {
    const backoff = createBackoff({ ...reconnectBackoff, random: () => 0.5 });
    backoff.next();
    backoff.next();
    backoff.next();
    backoff.reset();
    expect(backoff.next()).toBe(250);
  });

  it('spreads delays by the jitter fraction but never above the cap', () => {
    const low = createBackoff({ ...reconnectBackoff, random: () => 0 });
    const high = createBackoff({ ...reconnectBackoff, random: () => 0.999_999 });
    expect(low.next()).toBe(200);
    expect(high.next()).toBe(300);
    for (let i = 0; i < 10; i++) high.next();
    expect(high.next()).toBe(5000);
    for (let i = 0; i < 10; i++) low.next();
    expect(low.next()).toBe(4000);
  });
});
