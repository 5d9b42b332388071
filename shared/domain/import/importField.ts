import { z } from 'zod';

/** Platforms whose product ids a merchant sheet may carry, one column each. */
export const ImportPlatform = z.enum(['taobao', 'tmall', 'douyin', 'kuaishou', 'pinduoduo', 'jd', 'xiaohongshu', 'weixin']);
export type ImportPlatform = z.infer<typeof ImportPlatform>;

/** The product fields a column can be mapped to. Platform ids are `platformId.<platform>`. */
export const ImportField = z.enum([
  'sku',
  'title',
  'subtitle',
  'listPrice',
  'livePrice',
  'stock',
  'category',
  'tags',
  'sellingPoints',
  'platformId.taobao',
  'platformId.tmall',
  'platformId.douyin',
  'platformId.kuaishou',
  'platformId.pinduoduo',
  'platformId.jd',
  'platformId.xiaohongshu',
  'platformId.weixin',
]);
export type ImportField = z.infer<typeof ImportField>;

export function platformOfField(field: ImportField): ImportPlatform | null {
  if (!field.startsWith('platformId.')) return null;
  return ImportPlatform.parse(field.slice('platformId.'.length));
}
