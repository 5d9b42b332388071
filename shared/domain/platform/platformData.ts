import { z } from 'zod';

/**
 * The live platforms' own numbers, imported from the files their consoles export after a show
 * (抖音 巨量百应, 淘宝 直播中控台, 快手). Each import is one event on the session it belongs to; a later
 * import of the same kind replaces the earlier one in the review (a corrected file is re-imported whole).
 * Money in fen, times epoch ms. A column the file does not have is null, never 0.
 */
export const LivePlatform = z.enum(['douyin', 'taobao', 'kuaishou']);
export type LivePlatform = z.infer<typeof LivePlatform>;

/** The two files a platform exports after a show. */
export const PlatformFileKind = z.enum(['products', 'trend']);
export type PlatformFileKind = z.infer<typeof PlatformFileKind>;

const Ms = z.number().int().nonnegative();
/** A count or amount as the file gives it: a safe whole number ≥ 0, or null when the file has no such column/cell. */
const Figure = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER).nullable();

/** One row of the per-product results file. */
export const PlatformProductRow = z.object({
  /** The catalog product it matched (platform id, then SKU, then title); null when none did. */
  productId: z.string().nullable(),
  /** How it matched; null when unmatched. */
  matchedBy: z.enum(['platformId', 'sku', 'title']).nullable(),
  /** As the file names it. */
  platformProductId: z.string().nullable(),
  sku: z.string().nullable(),
  title: z.string().nullable(),
  exposures: Figure,
  clicks: Figure,
  orders: Figure,
  buyers: Figure,
  gmvFen: Figure,
  refundFen: Figure,
});
export type PlatformProductRow = z.infer<typeof PlatformProductRow>;

/** One minute of the per-minute trend file; `at` is the start of that minute. */
export const PlatformMinuteRow = z.object({
  at: Ms,
  viewersOnline: Figure,
  entries: Figure,
  likes: Figure,
  comments: Figure,
  newFollowers: Figure,
  orders: Figure,
  gmvFen: Figure,
});
export type PlatformMinuteRow = z.infer<typeof PlatformMinuteRow>;

const ImportBase = {
  sessionId: z.string().min(1),
  /** When it was imported (backend clock). */
  at: Ms,
  importId: z.string().min(1),
  platform: LivePlatform,
  /** The file's name as the user picked it, for the review's "source" line. */
  fileName: z.string(),
};

export const platformEventSchemas = {
  /** A per-product results file, matched to the catalog. */
  'platform.products': z.object({ ...ImportBase, rows: z.array(PlatformProductRow) }),
  /** A per-minute trend file, in time order, one row per minute. */
  'platform.trend': z.object({ ...ImportBase, rows: z.array(PlatformMinuteRow) }),
} as const;
