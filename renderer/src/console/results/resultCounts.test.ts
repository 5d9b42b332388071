import { describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n/i18n';
import { resultCounts } from './resultCounts';

describe('counts on the results page', () => {
  it('say one person, session and store in the singular in English, grouped figures in the plural', () => {
    const counts = resultCounts(createI18n('en').t, 'en');
    expect([counts.people(1), counts.sessions(1), counts.stores(1)]).toEqual(['1 person', '1 session', '1 store']);
    expect([counts.people(1234), counts.sessions(12), counts.stores(0)]).toEqual(['1,234 people', '12 sessions', '0 stores']);
    expect(counts.minutes(12.5)).toBe('12.5 min');
  });

  it('read the same for one and many in Chinese', () => {
    const counts = resultCounts(createI18n('zh-CN').t, 'zh-CN');
    expect([counts.people(1), counts.sessions(1), counts.stores(1)]).toEqual(['1 人', '1 场', '1 家门店']);
    expect([counts.people(1234), counts.sessions(12), counts.minutes(3)]).toEqual(['1,234 人', '12 场', '3.0 分钟']);
  });
});
