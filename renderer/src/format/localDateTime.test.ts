import { describe, expect, it } from 'vitest';
import { fromLocalInput, toLocalInput } from './localDateTime';

describe('planned start input', () => {
  it('round-trips local date and time', () => {
    const ms = new Date(2025, 10, 11, 20, 5).getTime();
    expect(toLocalInput(ms)).toBe('2025-11-11T20:05');
    expect(fromLocalInput('2025-11-11T20:05')).toBe(ms);
  });

  it('reads empty as "not scheduled" and refuses garbage', () => {
    expect(toLocalInput(null)).toBe('');
    expect(fromLocalInput('')).toBeNull();
    expect(fromLocalInput('tomorrow')).toBeUndefined();
  });
});
