import { describe, expect, it } from 'vitest';
import { dateTimeFormat } from './dateTimeFormat';

describe('date and time', () => {
  const evening = new Date(2025, 10, 11, 20, 5).getTime();
  const midnight = new Date(2025, 10, 11, 0, 5).getTime();

  it('reads 24-hour in English, keeping the date style', () => {
    expect(dateTimeFormat('en').format(evening)).toBe('Nov 11, 2025, 20:05');
    expect(dateTimeFormat('en').format(midnight)).toBe('Nov 11, 2025, 00:05');
  });

  it('reads 24-hour in Chinese', () => {
    expect(dateTimeFormat('zh-CN').format(evening)).toBe('2025年11月11日 20:05');
    expect(dateTimeFormat('zh-CN').format(midnight)).toBe('2025年11月11日 00:05');
  });
});
