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

/** A coupon as exported; the coupons service maps its rows to this. */
export interface ExportCoupon {
  code: string;
  name: string;
  /** Discount in fen (null for a percentage coupon). */
  amountFen: number | null;
  /** Minimum spend in fen; null when there is none. */
  thresholdFen: number | null;
  quantity: number | null;
  startsAt: number | null;
  endsAt: number | null;
}

export function couponExportColumns(language: HeaderLanguage = 'zh'): ExportColumn<ExportCoupon>[] {
  const h = (zh: string, en: string) => (language === 'zh' ? zh : en);
  return [
    { header: h('券码', 'Code'), kind: 'text', value: (c) => c.code },
    { header: h('名称', 'Name'), kind: 'text', value: (c) => c.name },
    { header: h('面额', 'Amount'), kind: 'yuan', value: (c) => c.amountFen },
    { header: h('使用门槛', 'Minimum spend'), kind: 'yuan', value: (c) => c.thresholdFen },
    { header: h('数量', 'Quantity'), kind: 'integer', value: (c) => c.quantity },
    { header: h('开始时间', 'Starts'), kind: 'datetime', value: (c) => c.startsAt },
    { header: h('结束时间', 'Ends'), kind: 'datetime', value: (c) => c.endsAt },
  ];
}

/** A follower-loyalty task as exported; the tasks service maps its rows to this. */
export interface ExportTask {
  name: string;
  kind: string;
  target: number | null;
  progress: number | null;
  reward: string | null;
  startsAt: number | null;
  endsAt: number | null;
}

export function taskExportColumns(language: HeaderLanguage = 'zh'): ExportColumn<ExportTask>[] {
  const h = (zh: string, en: string) => (language === 'zh' ? zh : en);
  return [
    { header: h('任务名称', 'Task'), kind: 'text', value: (t) => t.name },
    { header: h('类型', 'Type'), kind: 'text', value: (t) => t.kind },
    { header: h('目标', 'Target'), kind: 'integer', value: (t) => t.target },
    { header: h('进度', 'Progress'), kind: 'integer', value: (t) => t.progress },
    { header: h('奖励', 'Reward'), kind: 'text', value: (t) => t.reward },
    { header: h('开始时间', 'Starts'), kind: 'datetime', value: (t) => t.startsAt },
    { header: h('结束时间', 'Ends'), kind: 'datetime', value: (t) => t.endsAt },
  ];
}
