import { describe, expect, it } from 'vitest';
import { applyLocale, createI18n } from './i18n';

function fakeDocument() {
  return { documentElement: { lang: '' }, title: '' } as unknown as Document;
}

describe('applyLocale', () => {
  it('switches language, <html lang> and the window title together', () => {
    const i18n = createI18n('en');
    const doc = fakeDocument();
    applyLocale(i18n, 'zh-CN', doc);
    expect(i18n.language).toBe('zh-CN');
    expect(doc.documentElement.lang).toBe('zh-CN');
    expect(doc.title).toBe('直播场控 LiveCue');
    expect(i18n.t('nav.reports')).toBe('复盘');
    applyLocale(i18n, 'en', doc);
    expect(doc.documentElement.lang).toBe('en');
    expect(doc.title).toBe('LiveCue');
    expect(i18n.t('status.obs.not_configured')).toBe('not configured');
  });
});

describe('counts', () => {
  it('groups thousands in a product count, in both languages', () => {
    const i18n = createI18n('zh-CN');
    expect(i18n.t('products.total', { count: 50_000 })).toBe('共 50,000 个商品');
    expect(i18n.t('products.import.commit', { count: 1_234 })).toBe('导入 1,234 个商品');
    applyLocale(i18n, 'en', fakeDocument());
    expect(i18n.t('products.total', { count: 50_000 })).toBe('50,000 products');
    expect(i18n.t('products.total', { count: 1 })).toBe('1 product');
  });
});
