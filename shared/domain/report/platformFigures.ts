import type { PlatformMinuteRow, PlatformProductRow } from '../platform/platformData';
import type { SessionEventPayload } from '../session/sessionEvents';
import { NO_PRODUCT_SOURCES, type PlatformImportRef } from './figureSources';
import type { ProductReport, UnmatchedPlatformProduct } from './sessionReport';
import { createTimeWeightedGauge } from './timeWeightedGauge';

export type PlatformProductsImport = SessionEventPayload<'platform.products'>;
export type PlatformTrendImport = SessionEventPayload<'platform.trend'>;

const MINUTE = 60_000;

/** null + null stays null (the file has no such figure); a number added to null is that number. */
export const addFigure = (sum: number | null, by: number | null): number | null => (by === null ? sum : (sum ?? 0) + by);

/** The sum of a column over rows; null when no row has it (a missing column is not a 0). */
export function sumColumn<Row>(rows: readonly Row[], figure: (row: Row) => number | null): number | null {
  let sum: number | null = null;
  for (const row of rows) sum = addFigure(sum, figure(row));
  return sum;
}

export function importRef(e: PlatformProductsImport | PlatformTrendImport): PlatformImportRef {
  return { platform: e.platform, fileName: e.fileName, importId: e.importId, importedAt: e.at, rows: e.rows.length };
}

/** The session figures the trend file gives: sums per minute, and the audience from its per-minute readings. */
export function trendTotals(rows: readonly PlatformMinuteRow[]) {
  // Each minute's reading holds for that minute (until the next row), the last one for its own minute.
  const viewers = createTimeWeightedGauge();
  let lastAt: number | null = null;
  for (const row of rows) {
    if (row.viewersOnline === null) continue;
    viewers.read(row.at, row.viewersOnline);
    lastAt = row.at;
  }
  const audience = viewers.result(lastAt === null ? 0 : lastAt + MINUTE);
  return {
    likes: sumColumn(rows, (r) => r.likes),
    comments: sumColumn(rows, (r) => r.comments),
    newFollowers: sumColumn(rows, (r) => r.newFollowers),
    entries: sumColumn(rows, (r) => r.entries),
    orders: sumColumn(rows, (r) => r.orders),
    gmvFen: sumColumn(rows, (r) => r.gmvFen),
    peakViewers: audience.peak,
    averageViewers: audience.average,
  };
}

/**
 * The session's GMV by the platform's files, as the review takes it: the trend file's per-minute sum, else the
 * products file's sum; null when neither says. The session list shows the same figure.
 */
export function platformGmvFen(
  fromTrend: { gmvFen: number | null } | null,
  productRows: readonly PlatformProductRow[] | null,
): number | null {
  return fromTrend?.gmvFen ?? (productRows ? sumColumn(productRows, (r) => r.gmvFen) : null);
}

export type PlatformProductFigures = Pick<
  PlatformProductRow,
  'title' | 'exposures' | 'clicks' | 'orders' | 'buyers' | 'gmvFen' | 'refundFen'
>;
const FIGURES = ['exposures', 'clicks', 'orders', 'buyers', 'gmvFen', 'refundFen'] as const;

/** Matched rows summed per catalog product (two SKU rows can match one product), and the rows that matched none. */
export function splitProductRows(rows: readonly PlatformProductRow[]): {
  matched: Map<string, PlatformProductFigures>;
  unmatched: UnmatchedPlatformProduct[];
} {
  const matched = new Map<string, PlatformProductFigures>();
  const unmatched: UnmatchedPlatformProduct[] = [];
  for (const row of rows) {
    if (row.productId === null) {
      const { productId: _none, matchedBy: _unmatched, ...asInFile } = row;
      unmatched.push(asInFile);
      continue;
    }
    const sum = matched.get(row.productId);
    if (!sum) {
      const { title, exposures, clicks, orders, buyers, gmvFen, refundFen } = row;
      matched.set(row.productId, { title, exposures, clicks, orders, buyers, gmvFen, refundFen });
    } else for (const key of FIGURES) sum[key] = addFigure(sum[key], row[key]);
  }
  return { matched, unmatched };
}

/** a ÷ b as a ratio; null when either is absent or b is 0. */
export { ratio as ratioOf } from './derivedFigures';

/** A product's platform-only figures before any platform file is merged in. */
export const NO_PLATFORM_FIGURES = {
  exposures: null,
  clicks: null,
  refundFen: null,
  platformTitle: null,
  clickThrough: null,
  conversion: null,
  sources: NO_PRODUCT_SOURCES,
  explainSales: null,
} as const satisfies Partial<ProductReport>;

/** A product with nothing on record yet: never explained, nothing sold (what a platform-only product starts from). */
export function emptyProductReport(productId: string): ProductReport {
  return {
    productId,
    explainCount: 0,
    totalExplainMs: 0,
    firstExplainAt: null,
    lastExplainAt: null,
    couponIds: [],
    flashSales: [],
    orders: null,
    buyers: null,
    gmvFen: null,
    ...NO_PLATFORM_FIGURES,
  };
}

/** The file's minutes as one span: the first minute's start to the last one's end. */
export function minuteSpan(starts: Iterable<number>): { first: number; end: number } {
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const at of starts) {
    if (at < first) first = at;
    if (at > last) last = at;
  }
  return { first, end: last + MINUTE };
}
