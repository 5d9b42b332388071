import type { PlatformFileKind } from '../../../shared/domain/platform/platformData';
import { PLATFORM_FIELDS, type PlatformColumn, type PlatformField } from '../../../shared/domain/platform/platformImport';
import type { RawRow } from '../import/cell';
import {
  createHeaderDictionary,
  findHeaderRowBy,
  guessHeader,
  type HeaderGuess,
  headerRowScore,
  resolveColumns,
} from '../import/headerDictionary';

/**
 * Header words of 抖音 巨量百应, 淘宝 直播中控台 and 快手 exports (and English ones), per field, in the
 * form `headerKey` gives. The two file kinds have separate tables: "成交金额" is a product's GMV in
 * one file and a minute's in the other, and a trend file has no product columns to confuse.
 */
const SYNONYMS: { [K in PlatformFileKind]: Partial<Record<PlatformField, readonly string[]>> } = {
  products: {
    // In a platform's own export "商品ID" is the platform's id; the merchant's code is 商家编码.
    platformProductId: ['商品id', '商品编号', '宝贝id', 'itemid', 'productid', 'id', 'platformid', '平台商品id'],
    sku: ['商家编码', '商家sku编码', '商家商品编码', 'sku', 'sku编码', '商品编码', '外部编码', '货号', 'outerid', 'skucode'],
    title: ['商品名称', '商品标题', '商品名', '标题', '宝贝标题', '宝贝名称', 'title', 'productname', 'itemname', 'name'],
    exposures: ['曝光人数', '曝光次数', '商品曝光人数', '商品曝光次数', '曝光', 'exposures', 'impressions', 'views'],
    clicks: ['点击人数', '商品点击', '商品点击人数', '商品点击次数', '点击次数', 'clicks'],
    orders: ['成交订单数', '订单数', '成交单数', '支付订单数', '成交件数', 'orders'],
    buyers: ['成交人数', '买家数', '成交买家数', '支付人数', '支付买家数', 'buyers'],
    gmv: ['成交金额', '成交额', '支付金额', '销售额', 'gmv', 'sales', 'revenue'],
    refund: ['退款金额', '退款额', '成交退款金额', 'refunds', 'refund', 'refundamount'],
  },
  trend: {
    time: ['时间', '时间点', '分钟', '日期时间', '统计时间', 'time', 'minute', 'datetime', 'timestamp'],
    viewersOnline: ['在线人数', '实时在线人数', '同时在线人数', '在线观众', 'viewersonline', 'online', 'viewers', 'concurrentviewers'],
    entries: ['进入直播间人数', '进场人数', '进入人数', '进房人数', 'entries', 'enters'],
    likes: ['点赞数', '点赞次数', '点赞', 'likes'],
    comments: ['评论数', '评论次数', '评论', 'comments'],
    newFollowers: ['新增粉丝数', '新增关注', '新增关注数', '新增粉丝', '新增关注人数', 'newfollowers', 'newfollows', 'follows'],
    orders: ['成交订单数', '订单数', '成交单数', '支付订单数', 'orders'],
    gmv: ['成交金额', '成交额', '支付金额', '销售额', 'gmv', 'sales', 'revenue'],
  },
};

const dictionaries = {
  products: createHeaderDictionary(SYNONYMS.products as Record<PlatformField, readonly string[]>),
  trend: createHeaderDictionary(SYNONYMS.trend as Record<PlatformField, readonly string[]>),
};

/** What identifies a row: a product by id, SKU or title; a minute by its time. */
export const KEY_FIELDS: Readonly<Record<PlatformFileKind, readonly PlatformField[]>> = {
  products: ['platformProductId', 'sku', 'title'],
  trend: ['time'],
};

export function guessPlatformField(kind: PlatformFileKind, header: string): HeaderGuess<PlatformField> {
  return guessHeader(dictionaries[kind], header);
}

/** The header row: the top row naming at least two of the kind's fields, one of them a key field. */
export function findPlatformHeaderRow(kind: PlatformFileKind, rows: readonly RawRow[]): RawRow | null {
  return findHeaderRowBy(rows, (row) => headerRowScore(row, (h) => guessPlatformField(kind, h), KEY_FIELDS[kind]));
}

/** The header row finder and column mapper for one file kind. */
export function platformHeaderReader(kind: PlatformFileKind) {
  return {
    findHeader: (rows: readonly RawRow[]) => findPlatformHeaderRow(kind, rows),
    mapHeaders: (headers: readonly string[]) => mapPlatformHeaders(kind, headers),
  };
}

export function mapPlatformHeaders(kind: PlatformFileKind, headers: readonly string[]): PlatformColumn[] {
  return resolveColumns(headers, (h) => guessPlatformField(kind, h));
}

export function isFieldOfKind(kind: PlatformFileKind, field: PlatformField): boolean {
  return PLATFORM_FIELDS[kind].includes(field);
}
