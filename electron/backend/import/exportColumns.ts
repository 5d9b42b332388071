import type { Coupon, CouponType } from '../../../shared/domain/catalog/coupon';
import type { LoyaltyTask, TaskType } from '../../../shared/domain/catalog/loyaltyTask';
import type { ImportedProduct } from '../../../shared/domain/import/importedProduct';

/** How a column's values are written: text is formula-guarded, yuan is fen shown with 2 decimals. */
export type ExportKind = 'text' | 'integer' | 'yuan' | 'datetime';

export interface ExportColumn<T> {
  header: string;
  kind: ExportKind;
  /** text → string; integer → number; yuan → integer fen; datetime → epoch ms. Null is an empty cell. */
  value(row: T): string | number | null;
}

export type HeaderLanguage = 'zh' | 'en';

/** A product as exported; the catalog maps its rows to this. Same shape the importer produces. */
export type ExportProduct = ImportedProduct;

/**
 * Product columns. The headers are ones the importer recognises exactly, so an exported file
 * can be edited in Excel and imported back unchanged.
 */
export function productExportColumns(language: HeaderLanguage = 'zh'): ExportColumn<ExportProduct>[] {
  const h = (zh: string, en: string) => (language === 'zh' ? zh : en);
  const platformId = (platform: keyof NonNullable<ExportProduct['platformIds']>, zh: string, en: string): ExportColumn<ExportProduct> => ({
    header: h(zh, en),
    kind: 'text',
    value: (p) => p.platformIds?.[platform] ?? null,
  });
  return [
    { header: h('商品编码', 'SKU'), kind: 'text', value: (p) => p.sku },
    { header: h('商品名称', 'Title'), kind: 'text', value: (p) => p.title ?? null },
    { header: h('副标题', 'Subtitle'), kind: 'text', value: (p) => p.subtitle ?? null },
    { header: h('价格', 'List price'), kind: 'yuan', value: (p) => p.listPriceFen ?? null },
    { header: h('直播价', 'Live price'), kind: 'yuan', value: (p) => p.livePriceFen ?? null },
    { header: h('库存', 'Stock'), kind: 'integer', value: (p) => p.stock ?? null },
    { header: h('类目', 'Category'), kind: 'text', value: (p) => p.category ?? null },
    // 、 is the separator Chinese readers expect and the importer splits on.
    { header: h('标签', 'Tags'), kind: 'text', value: (p) => (p.tags?.length ? p.tags.join(language === 'zh' ? '、' : ', ') : null) },
    { header: h('卖点', 'Selling points'), kind: 'text', value: (p) => (p.sellingPoints?.length ? p.sellingPoints.join('\n') : null) },
    platformId('taobao', '淘宝ID', 'Taobao ID'),
    platformId('tmall', '天猫ID', 'Tmall ID'),
    platformId('douyin', '抖音ID', 'Douyin ID'),
    platformId('kuaishou', '快手ID', 'Kuaishou ID'),
    platformId('pinduoduo', '拼多多ID', 'Pinduoduo ID'),
    platformId('jd', '京东ID', 'JD ID'),
    platformId('xiaohongshu', '小红书ID', 'Xiaohongshu ID'),
    platformId('weixin', '视频号ID', 'WeChat ID'),
  ];
}

/** A coupon as exported: the catalog's coupon with its products' SKUs (ids mean nothing in a spreadsheet). */
export type ExportCoupon = Coupon & { productSkus: readonly string[] };

const COUPON_TYPE_LABELS: Record<CouponType, [zh: string, en: string]> = {
  threshold: ['满减', 'Threshold discount'],
  direct: ['直降', 'Direct discount'],
  percent: ['折扣', 'Percent off'],
  newcomer: ['新人礼金', 'New-customer gift'],
  share: ['裂变券', 'Share coupon'],
  flash_price: ['秒杀价', 'Flash-sale price'],
};

export function couponExportColumns(language: HeaderLanguage = 'zh'): ExportColumn<ExportCoupon>[] {
  const h = (zh: string, en: string) => (language === 'zh' ? zh : en);
  const label = (type: CouponType) => COUPON_TYPE_LABELS[type][language === 'zh' ? 0 : 1];
  return [
    { header: h('名称', 'Name'), kind: 'text', value: (c) => c.name },
    { header: h('类型', 'Type'), kind: 'text', value: (c) => label(c.type) },
    { header: h('金额', 'Amount'), kind: 'yuan', value: (c) => (c.type === 'percent' ? null : c.value) },
    // Basis points off → percent off, e.g. 2000 → 20 (8折).
    { header: h('折扣(%)', 'Percent off'), kind: 'text', value: (c) => (c.type === 'percent' ? String(c.value / 100) : null) },
    { header: h('使用门槛', 'Minimum spend'), kind: 'yuan', value: (c) => c.thresholdFen },
    { header: h('数量', 'Quantity'), kind: 'integer', value: (c) => c.quantity },
    { header: h('每人限领', 'Per-buyer limit'), kind: 'integer', value: (c) => c.perBuyerLimit },
    { header: h('开始时间', 'Starts'), kind: 'datetime', value: (c) => c.startsAt },
    { header: h('结束时间', 'Ends'), kind: 'datetime', value: (c) => c.endsAt },
    { header: h('适用商品', 'Products'), kind: 'text', value: (c) => (c.productSkus.length > 0 ? c.productSkus.join('、') : null) },
  ];
}

const TASK_TYPE_LABELS: Record<TaskType, [zh: string, en: string]> = {
  follow: ['关注', 'Follow'],
  fan_club: ['加入粉丝团', 'Join fan club'],
  like_goal: ['点赞目标', 'Like goal'],
  share: ['分享', 'Share'],
  comment_keyword: ['评论口令', 'Comment keyword'],
  giveaway: ['福袋/抽奖', 'Giveaway'],
};

export function taskExportColumns(language: HeaderLanguage = 'zh'): ExportColumn<LoyaltyTask>[] {
  const h = (zh: string, en: string) => (language === 'zh' ? zh : en);
  return [
    { header: h('任务名称', 'Task'), kind: 'text', value: (t) => t.title },
    { header: h('类型', 'Type'), kind: 'text', value: (t) => TASK_TYPE_LABELS[t.type][language === 'zh' ? 0 : 1] },
    { header: h('目标', 'Target'), kind: 'integer', value: (t) => t.target },
    { header: h('奖励', 'Reward'), kind: 'text', value: (t) => t.reward || null },
    {
      header: h('时长(秒)', 'Duration (s)'),
      kind: 'integer',
      value: (t) => (t.durationMs === null ? null : Math.round(t.durationMs / 1000)),
    },
    { header: h('口令', 'Keyword'), kind: 'text', value: (t) => t.keyword },
    { header: h('参与条件', 'Entry'), kind: 'text', value: (t) => t.entry || null },
  ];
}
