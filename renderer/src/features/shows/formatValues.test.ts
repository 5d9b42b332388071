import { describe, expect, it } from 'vitest';
import { formatFen, formatFieldValue, fromLocalInput, toLocalInput } from './formatValues';

describe('preview values', () => {
  it('shows money in yuan from fen', () => {
    expect(formatFen(12900)).toBe('¥129.00');
    expect(formatFen(5)).toBe('¥0.05');
    expect(formatFieldValue('livePriceFen', 9950)).toBe('¥99.50');
  });

  it('shows empty values as a dash and lists as text', () => {
    expect(formatFieldValue('subtitle', '')).toBe('—');
    expect(formatFieldValue('stock', null)).toBe('—');
    expect(formatFieldValue('tags', [])).toBe('—');
    expect(formatFieldValue('tags', ['新品', '爆款'])).toBe('新品 / 爆款');
    expect(formatFieldValue('images', ['a', 'b'])).toBe('2');
    expect(formatFieldValue('platformIds', { douyin: '358' })).toBe('douyin: 358');
    expect(formatFieldValue('stock', 12)).toBe('12');
  });
});

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
