import type { ProductReport, SessionReport } from '../../../../shared/domain/report/sessionReport';

/**
 * A product's conversion, as a ratio (0.05 = 5 %), or null when it cannot be told:
 * - the platform's own, when its per-product file gave buyers and clicks (点击成交转化率);
 * - else, with typed buyers for the product and the session's unique viewers: its buyers ÷ those viewers.
 * A product whose buyers were never entered has no conversion, not 0 %; typed buyers are never set against the
 * platform's clicks.
 */
export function productConversion(product: ProductReport, totals: SessionReport['totals']): number | null {
  if (product.conversion !== null) return product.conversion;
  // The platform's buyers without its clicks are not set against the typed audience either.
  if (product.buyers === null || product.sources.buyers === 'platform') return null;
  const viewers = totals.uniqueViewers;
  if (viewers === null || viewers <= 0) return null;
  return product.buyers / viewers;
}
