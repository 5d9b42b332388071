import type { i18n } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { createI18n } from '../i18n/i18n';
import { compactYuan, offerText, validityAt } from './couponOffer';

let zh: i18n;
let en: i18n;
beforeAll(() => {
  zh = createI18n('zh-CN');
  en = createI18n('en');
});

describe('offerText', () => {
  it.each([
    [{ type: 'threshold', value: 3000, thresholdFen: 19900 }, '满 ¥199 减 ¥30', '¥30 off orders of ¥199+'],
    [{ type: 'direct', value: 2000, thresholdFen: null }, '直降 ¥20', '¥20 off'],
    [{ type: 'percent', value: 2000, thresholdFen: null }, '8折（减 20%）', '20% off (8折)'],
    [{ type: 'percent', value: 1500, thresholdFen: 9900 }, '满 ¥99 打 8.5折（减 15%）', '15% off (8.5折) orders of ¥99+'],
    [{ type: 'newcomer', value: 1000, thresholdFen: null }, '新人礼金 ¥10', 'Newcomer gift ¥10'],
    [{ type: 'share', value: 550, thresholdFen: 5000 }, '裂变券 ¥5.50，满 ¥50 可用', 'Share coupon ¥5.50, orders of ¥50+'],
    [{ type: 'flash_price', value: 990, thresholdFen: null }, '秒杀价 ¥9.90', 'Flash price ¥9.90'],
  ] as const)('%j', (coupon, chinese, english) => {
    expect(offerText(zh.t, coupon)).toBe(chinese);
    expect(offerText(en.t, coupon)).toBe(english);
  });

  it('writes whole yuan short and groups thousands', () => {
    expect(compactYuan(129900)).toBe('¥1,299');
    expect(compactYuan(990)).toBe('¥9.90');
  });
});

describe('validityAt', () => {
  const window = { startsAt: 1000, endsAt: 2000 };
  it('is upcoming before the start, valid until the end, ended from the end on', () => {
    expect(validityAt(window, 999)).toBe('upcoming');
    expect(validityAt(window, 1000)).toBe('active');
    expect(validityAt(window, 1999)).toBe('active');
    expect(validityAt(window, 2000)).toBe('ended');
  });
});
