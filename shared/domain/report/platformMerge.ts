import { deriveFigures } from './derivedFigures';
import { explainSalesByProduct, trendSales, type WindowSales } from './explainSales';
import type { FigureSource, TotalsSources } from './figureSources';
import {
  emptyProductReport,
  importRef,
  type PlatformProductFigures,
  type PlatformProductsImport,
  type PlatformTrendImport,
  platformGmvFen,
  ratioOf,
  splitProductRows,
  sumColumn,
  trendTotals,
} from './platformFigures';
import type { ProductReport, SessionReport } from './sessionReport';
import { withTrendReach } from './taskTrendReach';
import { mergeTrendMinutes } from './trendMinutes';

export interface PlatformInput {
  products: PlatformProductsImport | null;
  trend: PlatformTrendImport | null;
  /** The typed orders/GMV by time, for sales around explains when there is no trend file. */
  typedSales: WindowSales | null;
}

/** The first present figure and its source, in order of precedence. */
function pick(...candidates: [number | null | undefined, FigureSource][]): [number | null, FigureSource] {
  for (const [value, source] of candidates) if (value !== null && value !== undefined) return [value, source];
  return [null, null];
}

/**
 * The typed report with the platform's numbers merged in, figure by figure: a figure the platform's files give
 * replaces the typed one (session totals from the trend file, else orders and GMV from the products file's sums;
 * each product's figures from its rows), and the report records which source each figure came from.
 */
export function mergePlatform(typed: SessionReport, input: PlatformInput): SessionReport {
  const { products: productsFile, trend } = input;
  const trendRows = trend?.rows ?? null;
  const { minutes, sources: minuteSources } = mergeTrendMinutes(typed.minutes, trendRows);

  const fromTrend = trendRows ? trendTotals(trendRows) : null;
  const fileRows = productsFile?.rows ?? [];
  const fileOrders = productsFile ? sumColumn(fileRows, (r) => r.orders) : null;
  const totals = { ...typed.totals };
  const totalSources: TotalsSources = { ...typed.sources.totals };
  const take = (key: keyof TotalsSources, ...platform: (number | null | undefined)[]) => {
    const [value, source] = pick(...platform.map((v): [number | null | undefined, FigureSource] => [v, 'platform']), [
      typed.totals[key],
      'typed',
    ]);
    totals[key] = value;
    totalSources[key] = source;
  };
  take('likes', fromTrend?.likes);
  take('comments', fromTrend?.comments);
  take('newFollowers', fromTrend?.newFollowers);
  take('entries', fromTrend?.entries);
  take('orders', fromTrend?.orders, fileOrders);
  take('gmvFen', platformGmvFen(fromTrend, productsFile ? fileRows : null));
  take('peakViewers', fromTrend?.peakViewers);
  take('averageViewers', fromTrend?.averageViewers);

  const { matched, unmatched } = splitProductRows(fileRows);
  const platformSales = trendSales(trendRows);
  const explainSales = platformSales
    ? explainSalesByProduct(typed.cues, platformSales, 'platform')
    : explainSalesByProduct(typed.cues, input.typedSales, 'typed');
  const products: ProductReport[] = typed.products.map((p) => withPlatform(p, matched.get(p.productId)));
  const listed = new Set(products.map((p) => p.productId));
  for (const [productId, figures] of matched)
    if (!listed.has(productId)) products.push(withPlatform(emptyProductReport(productId), figures));
  for (const p of products) p.explainSales = explainSales.get(p.productId) ?? null;

  return {
    ...typed,
    products,
    totals,
    derived: deriveFigures({ gmvFen: totals.gmvFen, views: totals.views, uniqueViewers: totals.uniqueViewers, buyers: totals.buyers }),
    minutes,
    sources: {
      platform: { products: productsFile ? importRef(productsFile) : null, trend: trend ? importRef(trend) : null },
      totals: totalSources,
      minutes: minuteSources,
    },
    unmatchedProducts: unmatched,
    tasks: trendRows ? withTrendReach(typed.tasks, typed.cues, trendRows) : typed.tasks,
  };
}

function withPlatform(p: ProductReport, figures: PlatformProductFigures | undefined): ProductReport {
  if (!figures) return p;
  const [orders, ordersSource] = pick([figures.orders, 'platform'], [p.orders, 'typed']);
  const [buyers, buyersSource] = pick([figures.buyers, 'platform'], [p.buyers, 'typed']);
  const [gmvFen, gmvSource] = pick([figures.gmvFen, 'platform'], [p.gmvFen, 'typed']);
  return {
    ...p,
    orders,
    buyers,
    gmvFen,
    exposures: figures.exposures,
    clicks: figures.clicks,
    refundFen: figures.refundFen,
    platformTitle: figures.title,
    clickThrough: ratioOf(figures.clicks, figures.exposures),
    // The platform's own buyers over its clicks: a typed count over platform clicks would mix two audiences.
    conversion: ratioOf(figures.buyers, figures.clicks),
    sources: { orders: ordersSource, buyers: buyersSource, gmvFen: gmvSource },
  };
}
