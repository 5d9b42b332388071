import { describe, expect, it } from 'vitest';
import { resolveLocale } from './resolveLocale';

describe('resolveLocale', () => {
  it('uses an explicit preference whatever the system says', () => {
    expect(resolveLocale('en', ['zh-CN'])).toBe('en');
    expect(resolveLocale('zh-CN', ['en-US'])).toBe('zh-CN');
  });

  it('follows the system to Chinese when any system language is Chinese', () => {
    expect(resolveLocale('system', ['zh-CN'])).toBe('zh-CN');
    expect(resolveLocale('system', ['zh'])).toBe('zh-CN');
    expect(resolveLocale('system', ['zh-TW', 'en'])).toBe('zh-CN');
    expect(resolveLocale('system', ['en-US', 'zh-Hans-CN'])).toBe('zh-CN');
    expect(resolveLocale('system', ['ZH_cn'])).toBe('zh-CN');
  });

  it('falls back to English otherwise', () => {
    expect(resolveLocale('system', ['en-US', 'de'])).toBe('en');
    expect(resolveLocale('system', [])).toBe('en');
    // "zha" (Zhuang) is not Chinese.
    expect(resolveLocale('system', ['zha'])).toBe('en');
  });
});
