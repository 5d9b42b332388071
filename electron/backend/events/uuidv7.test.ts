import { describe, expect, it } from 'vitest';
import { UUID_V7, uuidv7 } from './uuidv7';

describe('uuidv7', () => {
  it('has the version and variant bits and the timestamp in front', () => {
    const id = uuidv7(0x0123_4567_89ab);
    expect(id).toMatch(UUID_V7);
    expect(id.replace(/-/g, '').slice(0, 12)).toBe('0123456789ab');
  });
  it('sorts in creation order, also within one millisecond and when the clock steps back', () => {
    const ids = [uuidv7(1_000), uuidv7(1_000), uuidv7(1_000), uuidv7(999), uuidv7(1_001)];
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });
  it('draws fresh random bits for each millisecond, past many refills of its random pool', () => {
    const ids = Array.from({ length: 2000 }, (_, i) => uuidv7(10_000 + i));
    expect(ids.every((id) => UUID_V7.test(id))).toBe(true);
    expect([...ids].sort()).toEqual(ids);
    // The random tails differ: a pool handed out twice (or never refilled) would repeat them.
    expect(new Set(ids.map((id) => id.slice(14))).size).toBe(ids.length);
  });
});
