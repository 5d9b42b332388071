import { z } from 'zod';
import { platformEventSchemas } from '../platform/platformData';
import { SessionCounter } from '../session/sessionEvents';

/**
 * Where a figure of the review came from: the platform's own export ('platform'), the counters the operator typed
 * during the show ('typed'), or nowhere (null: the figure is absent).
 */
export const FigureSource = z.enum(['platform', 'typed']).nullable();
export type FigureSource = z.infer<typeof FigureSource>;

/** The platform file a review used (the latest import of its kind), for the review's "source" line: when it was imported, and its row count. */
export const PlatformImportRef = platformEventSchemas['platform.trend']
  .pick({ platform: true, fileName: true, importId: true })
  .extend({ importedAt: z.number().int(), rows: z.number().int() });
export type PlatformImportRef = z.infer<typeof PlatformImportRef>;

/** The session totals that can come from either source (same keys as `totals`). */
export const TOTAL_SOURCE_KEYS = [...SessionCounter.options, 'uniqueViewers', 'peakViewers', 'averageViewers', 'entries'] as const;
export type TotalSourceKey = (typeof TOTAL_SOURCE_KEYS)[number];

const sourcesOf = <K extends string>(keys: readonly K[]) =>
  z.object(Object.fromEntries(keys.map((k) => [k, FigureSource.default(null)])) as Record<K, z.ZodDefault<typeof FigureSource>>);

/** The minute series charted per minute, each from the trend file or from typed counters. */
export const MINUTE_SOURCE_KEYS = ['viewersOnline', 'likes', 'orders', 'gmvFen'] as const;
export type MinuteSourceKey = (typeof MINUTE_SOURCE_KEYS)[number];

export const TotalsSources = sourcesOf(TOTAL_SOURCE_KEYS);
export type TotalsSources = z.infer<typeof TotalsSources>;
export const MinuteSources = sourcesOf(MINUTE_SOURCE_KEYS);
export type MinuteSources = z.infer<typeof MinuteSources>;

/** A product's sales figures that either source can give (the platform-only ones are 'platform' whenever present). */
export const ProductSources = sourcesOf(['orders', 'buyers', 'gmvFen'] as const);
export type ProductSources = z.infer<typeof ProductSources>;
export const NO_PRODUCT_SOURCES: ProductSources = { orders: null, buyers: null, gmvFen: null };

export const ReportSources = z.object({
  /** The platform files merged in; null when none of that kind was imported. */
  platform: z.object({ products: PlatformImportRef.nullable(), trend: PlatformImportRef.nullable() }),
  totals: TotalsSources,
  minutes: MinuteSources,
});
export type ReportSources = z.infer<typeof ReportSources>;

/** What an older report (made before sources were recorded) reads as: no source known, so none is shown. */
export const LEGACY_SOURCES: ReportSources = {
  platform: { products: null, trend: null },
  totals: TotalsSources.parse({}),
  minutes: MinuteSources.parse({}),
};
