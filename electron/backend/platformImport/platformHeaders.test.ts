import { describe, expect, it } from 'vitest';
import { PLATFORM_FIELDS } from '../../../shared/domain/platform/platformImport';
import { DOUYIN_PRODUCT_FIELDS } from '../../../test/fixtures/platform/platformFiles';
import { guessPlatformField, mapPlatformHeaders } from './platformHeaders';

describe('platform headers', () => {
  it('recognises the Chinese and English headers of each file kind', () => {
    const products = [
      '商品ID',
      '商品名称',
      '商家编码',
      '曝光次数',
      '商品点击',
      '成交订单数',
      '买家数',
      '成交金额（元）',
      '退款金额',
      'Refunds',
    ];
    expect(mapPlatformHeaders('products', products).map((c) => c.field)).toEqual([...DOUYIN_PRODUCT_FIELDS, null]);
    const trend = ['时间', '实时在线人数', '进场人数', '点赞数', '评论数', '新增关注', 'Orders', 'GMV'];
    expect(mapPlatformHeaders('trend', trend).map((c) => c.field)).toEqual(PLATFORM_FIELDS.trend);
  });

  it("keeps each kind's fields to itself: a trend file has no product columns", () => {
    expect(guessPlatformField('trend', '商品名称').field).toBeNull();
    expect(guessPlatformField('products', '在线人数').field).toBeNull();
    expect(guessPlatformField('products', '商品曝光人数')).toEqual({ field: 'exposures', match: 'exact' });
  });
});
