import { counterNames, type ReportLanguage, reportLabels } from '../../../../shared/domain/report/reportLabels';

/**
 * The Reports area's names that the CSV export uses too, by section of the locale files: taken from the report's
 * labels (one text per name for the review and its export), mapped once for both languages.
 */
export function sharedReportNames(language: ReportLanguage) {
  const L = reportLabels(language);
  return {
    totals: {
      ...counterNames(language),
      peakViewers: L.peakViewers,
      averageViewers: L.averageViewers,
      uniqueViewers: L.uniqueViewers,
      orders: L.orders,
      buyers: L.buyers,
    },
    derived: { conversion: L.conversion },
    cues: { cue: L.cue, type: L.cueType, trigger: L.trigger, plannedStart: L.plannedStartAt },
    products: {
      title: L.products,
      product: L.product,
      explains: L.explainCount,
      coupons: L.couponIds,
      flashSales: L.flashSales,
      orders: L.orders,
      buyers: L.buyers,
    },
    coupons: { title: L.coupons, coupon: L.coupon, droppedAt: L.droppedAt, quantity: L.quantity, product: L.product },
    tasks: { task: L.task, target: L.target, reached: L.reached },
    health: { title: L.health, droppedFrames: L.droppedFrames },
    incidents: { at: L.at, cue: L.cue, action: L.action, message: L.message },
    sources: {
      platform: L.sourcePlatform,
      typed: L.sourceTyped,
      entries: L.entries,
      exposures: L.exposures,
      clicks: L.clicks,
      clickThrough: L.clickThrough,
      productConversion: L.productConversion,
      runs: L.runs,
    },
  };
}
