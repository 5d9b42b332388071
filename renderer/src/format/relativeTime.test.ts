import { describe, expect, it } from 'vitest';
import { formatRelative } from './relativeTime';

const NOW = Date.UTC(2026, 10, 11, 12, 0, 0);

describe('formatRelative', () => {
  it('says "now" under 45 seconds, then minutes, hours and days', () => {
    expect(formatRelative(NOW - 10_000, NOW, 'en')).toBe('now');
    expect(formatRelative(NOW - 3 * 60_000, NOW, 'en')).toBe('3 minutes ago');
    expect(formatRelative(NOW - 5 * 3600_000, NOW, 'en')).toBe('5 hours ago');
    expect(formatRelative(NOW - 3 * 86_400_000, NOW, 'en')).toBe('3 days ago');
  });

  it('speaks Chinese', () => {
    expect(formatRelative(NOW - 3 * 60_000, NOW, 'zh-CN')).toBe('3分钟前');
    expect(formatRelative(NOW - 86_400_000, NOW, 'zh-CN')).toBe('昨天');
  });
});
