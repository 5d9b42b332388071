import type { i18n } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n/i18n';
import { count, regionsText, targetText, yuan } from './consoleFormat';

let zh: i18n;
let en: i18n;
beforeAll(() => {
  zh = createI18n('zh-CN');
  en = createI18n('en');
});

describe('console formatting', () => {
  it('writes GMV in grouped yuan, cents only when there are any', () => {
    expect(yuan(0)).toBe('0');
    expect(yuan(1234500)).toBe('12,345');
    expect(yuan(128734550)).toBe('1,287,345.50');
    expect(yuan(5)).toBe('0.05');
    expect(yuan(-1999)).toBe('-19.99');
    expect(count(12873)).toBe('12,873');
  });

  it('names a publication’s target', () => {
    expect(targetText(zh.t, { kind: 'all' })).toBe('全部门店');
    expect(targetText(zh.t, { kind: 'region', region: '华东' })).toBe('区域 华东');
    expect(targetText(zh.t, { kind: 'group', group: '旗舰店' })).toBe('分组 旗舰店');
    expect(targetText(zh.t, { kind: 'store', storeCode: 'S001' })).toBe('门店 S001');
    expect(targetText(en.t, { kind: 'all' })).toBe('All stores');
  });

  it('lists an account’s regions, or says it has all', () => {
    expect(regionsText(zh.t, ['华东', '华南'], 'zh-CN')).toBe('华东、华南');
    expect(regionsText(en.t, ['East', 'South'], 'en')).toBe('East, South');
    expect(regionsText(zh.t, [], 'zh-CN')).toBe('全部地区');
  });

  it('speaks the words head office uses', () => {
    expect(zh.t('console.header.roles.admin')).toBe('管理员');
    expect(zh.t('console.header.roles.producer')).toBe('制作人');
    expect(zh.t('console.header.roles.viewer')).toBe('只读');
    expect(zh.t('console.signIn.expired')).toBe('登录已过期，请重新登录');
    expect([zh.t('console.nav.stores'), zh.t('console.nav.publications'), zh.t('console.nav.results')]).toEqual([
      '门店',
      '下发记录',
      '跨店业绩',
    ]);
    expect([
      zh.t('console.publications.kind.show'),
      zh.t('console.publications.kind.catalog'),
      zh.t('console.publications.kind.coupons'),
    ]).toEqual(['节目单', '商品目录', '优惠券']);
  });
});
