import { describe, expect, it } from 'vitest';
import { formatFen, formatFieldValue } from './formatValues';

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
