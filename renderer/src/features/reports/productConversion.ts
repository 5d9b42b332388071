import type { ProductReport, SessionReport } from '../../../../shared/domain/report/sessionReport';

/**
 * Platform figures a product may carry once the platform's per-product file is imported (exposures, clicks…).
 * Read only if present, so the review works with reports from before and after they were added.
 */
type ProductWithClicks = ProductReport & { clicks?: number | null };

/**
 * A product's conversion, as a ratio (0.05 = 5 %), or null when it cannot be told:
 * - with the platform's clicks for the product: its buyers ÷ its clicks (点击成交转化率);
 * - else, when the session counted buyers and unique viewers: the product's buyers ÷ the session's unique viewers.
 * A product whose buyers were never entered has no conversion, not 0 %. The one place a per-product conversion is
 * taken: switch it to the platform's own per-product figure here when reports carry one.
 */
export function productConversion(product: ProductWithClicks, totals: SessionReport['totals']): number | null {
  if (product.buyers === null) return null;
  const clicks = product.clicks ?? null;
  if (clicks !== null && clicks > 0) return product.buyers / clicks;
  const viewers = totals.uniqueViewers;
  if (totals.buyers === null || viewers === null || viewers <= 0) return null;
  return product.buyers / viewers;
}
