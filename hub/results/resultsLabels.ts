import { type ReportLanguage, reportLabels } from '../../shared/domain/report/reportLabels';

/**
 * Words of the results export, per language: the glossary's (成交额 GMV, 千次观看成交额 GPM, UV价值 UV value, 门店
 * store…), and the session review's own where it names the same figure, so both exports read alike.
 */
export function resultsLabels(language: ReportLanguage) {
  const R = reportLabels(language);
  const shared = {
    orders: R.orders,
    buyers: R.buyers,
    views: R.views,
    uniqueViewers: R.uniqueViewers,
    peakViewers: R.peakViewers,
    gpmYuan: R.gpmYuan,
    uvValueYuan: R.uvValueYuan,
    conversion: R.conversion,
    explainCount: R.explainCount,
    clicks: R.clicks,
    productConversion: R.productConversion,
    runs: R.runs,
    product: R.product,
    coupon: R.coupon,
  };
  return language === 'zh-CN'
    ? {
        ...shared,
        fileStem: '跨店业绩',
        totals: (from: string, to: string) => `汇总（${from} 至 ${to}）`,
        totalsSheet: '汇总',
        stores: '门店排行',
        products: '商品',
        items: '优惠券与互动任务',
        days: '每日',
        rank: '排名',
        storeCode: '门店编号',
        store: '门店',
        region: '区域',
        group: '分组',
        sessions: '场次',
        gmvYuan: '成交额（元）',
        explainMinutes: '讲解时长（分钟）',
        productId: '商品 ID',
        storeCount: '门店数',
        kind: '类型',
        itemId: 'ID',
        title: '名称',
        task: '互动任务',
        met: '达标场次',
        counted: '计数场次',
        day: '日期',
      }
    : {
        ...shared,
        fileStem: 'results',
        totals: (from: string, to: string) => `Totals (${from} to ${to})`,
        totalsSheet: 'Totals',
        stores: 'Stores',
        products: 'Products',
        items: 'Coupons and follower tasks',
        days: 'Days',
        rank: 'Rank',
        storeCode: 'Store code',
        store: 'Store',
        region: 'Region',
        group: 'Group',
        sessions: 'Sessions',
        gmvYuan: 'GMV (¥)',
        explainMinutes: 'Explain time (min)',
        productId: 'Product ID',
        storeCount: 'Stores',
        kind: 'Kind',
        itemId: 'ID',
        title: 'Title',
        task: 'Follower task',
        met: 'Sessions met',
        counted: 'Sessions counted',
        day: 'Date',
      };
}
export type ResultsLabels = ReturnType<typeof resultsLabels>;
