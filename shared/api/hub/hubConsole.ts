import { z } from 'zod';
import { DeliveryStatus, PublicationKind, PublicationTarget } from './hubPublications';

/**
 * What the head-office web console reads and does, beyond the producer routes the app already uses.
 * Every list is scoped by the account's regions (empty = every region). Money is in fen, times epoch ms.
 */

const Fen = z.number().int().nullable();
const Count = z.number().int().nonnegative().nullable();
const Ratio = z.number().nullable();

/** A device enrolled at a store. */
export const ConsoleDevice = z.object({
  deviceId: z.uuid(),
  name: z.string(),
  appVersion: z.string(),
  enrolledAt: z.number().int(),
  lastSeenAt: z.number().int().nullable(),
  revokedAt: z.number().int().nullable(),
  /** Events the device said were still waiting to upload, when it last called (null: it never said). */
  eventsWaiting: z.number().int().nonnegative().nullable(),
  clockFlagged: z.boolean(),
});
export type ConsoleDevice = z.infer<typeof ConsoleDevice>;

/** A session on air at a store, as the hub last heard of it. */
export const LiveNow = z.object({
  sessionId: z.string(),
  showName: z.string().nullable(),
  startedAt: z.number().int().nullable(),
  /** Title of the cue on air, null between cues. */
  currentCue: z.string().nullable(),
  /** Latest viewers-online reading. */
  viewersOnline: Count,
  gmvFen: Fen,
  /** The hub's time of the figures (the review was computed then). */
  asOf: z.number().int(),
});
export type LiveNow = z.infer<typeof LiveNow>;

export const ConsoleStore = z.object({
  code: z.string(),
  name: z.string(),
  region: z.string(),
  group: z.string(),
  createdAt: z.number().int(),
  devices: z.array(ConsoleDevice),
  /** Latest last-seen over its devices. */
  lastSeenAt: z.number().int().nullable(),
  /** A device called within ONLINE_WINDOW_MS. */
  online: z.boolean(),
  /** Sum over its devices; null when none said. */
  eventsWaiting: z.number().int().nonnegative().nullable(),
  /** Null when no session is on air (or the store is not online). */
  live: LiveNow.nullable(),
});
export type ConsoleStore = z.infer<typeof ConsoleStore>;

/** A device that called within this long is online. Devices call at least every minute while the app runs. */
export const ONLINE_WINDOW_MS = 3 * 60_000;

export const StoresResponse = z.object({ stores: z.array(ConsoleStore), hubTime: z.number().int() });
export type StoresResponse = z.infer<typeof StoresResponse>;

/** `POST /v1/stores`: the region must be within the account's regions. */
export const CreateStoreRequest = z
  .object({
    code: z
      .string()
      .trim()
      .min(1)
      .max(64)
      .regex(/^[\w.-]+$/u, 'letters, digits, . _ -'),
    name: z.string().trim().min(1).max(200),
    region: z.string().trim().max(100).default(''),
    group: z.string().trim().max(100).default(''),
  })
  .strict();
export type CreateStoreRequest = z.infer<typeof CreateStoreRequest>;

/** `POST /v1/stores/:storeCode/enrollment-codes`. */
export const EnrollmentCodeRequest = z.object({ ttlDays: z.number().int().min(1).max(30).default(7) }).strict();
export const EnrollmentCodeResponse = z.object({
  /** As typed on the store PC: XXXXX-XXXXX. */
  code: z.string(),
  expiresAt: z.number().int(),
  /** The code as a QR code, an SVG document. */
  qrSvg: z.string(),
});
export type EnrollmentCodeResponse = z.infer<typeof EnrollmentCodeResponse>;

export const RevokeDeviceResponse = z.object({ revokedAt: z.number().int() });

/** One publication with how far it got: counts of target stores by their latest delivery status. */
export const PublicationStatus = z.object({
  id: z.number().int().positive(),
  kind: PublicationKind,
  key: z.string(),
  version: z.number().int().positive(),
  title: z.string(),
  target: PublicationTarget,
  publishedAt: z.number().int(),
  publishedBy: z.string(),
  /** Stores the target matches now (within the account's regions). */
  storeCount: z.number().int().nonnegative(),
  received: z.number().int().nonnegative(),
  applied: z.number().int().nonnegative(),
  deferred: z.number().int().nonnegative(),
  failed: z.number().int().nonnegative(),
  /** Target stores that reported nothing yet. */
  waiting: z.number().int().nonnegative(),
});
export type PublicationStatus = z.infer<typeof PublicationStatus>;
export const PublicationsStatusResponse = z.object({ publications: z.array(PublicationStatus) });

/** Per target store: its latest delivery status (null = nothing reported yet). */
export const PublicationStoreStatus = z.object({
  storeCode: z.string(),
  storeName: z.string(),
  region: z.string(),
  group: z.string(),
  status: DeliveryStatus.nullable(),
  reason: z.string().nullable(),
  at: z.number().int().nullable(),
});
export type PublicationStoreStatus = z.infer<typeof PublicationStoreStatus>;
export const PublicationStoresResponse = z.object({ stores: z.array(PublicationStoreStatus) });

const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD');

/**
 * `GET /v1/results?from=&to=…`: sessions that started between `from` and `to` (dates, both included) in
 * the reader's time zone (`tzOffsetMinutes` east of UTC, e.g. 480 for China), optionally one region,
 * group or show (by show name).
 */
export const ResultsQuery = z
  .object({
    from: Day,
    to: Day,
    tzOffsetMinutes: z.coerce.number().int().min(-840).max(840).default(480),
    region: z.string().trim().min(1).max(100).optional(),
    group: z.string().trim().min(1).max(100).optional(),
    show: z.string().trim().min(1).max(200).optional(),
  })
  .strict();
export type ResultsQuery = z.infer<typeof ResultsQuery>;

/**
 * Figures summed over sessions; a sum is null when no session had the figure. Ratios are taken over the
 * sessions that had both parts: GPM = GMV × 1000 ÷ views, UV value = GMV ÷ unique viewers,
 * conversion = buyers ÷ unique viewers.
 */
const Figures = {
  sessions: z.number().int().nonnegative(),
  gmvFen: Fen,
  orders: Count,
  buyers: Count,
  views: Count,
  uniqueViewers: Count,
  /** Highest peak over the sessions. */
  peakViewers: Count,
  gpmFen: Fen,
  uvValueFen: Fen,
  conversion: Ratio,
  explainMs: z.number().int().nonnegative(),
};

export const LeaderboardRow = z.object({ storeCode: z.string(), storeName: z.string(), region: z.string(), group: z.string(), ...Figures });
export type LeaderboardRow = z.infer<typeof LeaderboardRow>;

/** A product across stores (by product id: a product published from head office has one id everywhere). */
export const ProductAcrossStores = z.object({
  productId: z.string(),
  title: z.string(),
  stores: z.number().int().nonnegative(),
  explainMs: z.number().int().nonnegative(),
  explainCount: z.number().int().nonnegative(),
  orders: Count,
  buyers: Count,
  gmvFen: Fen,
  clicks: Count,
  /** The platform's buyers ÷ its clicks over the sessions that had both. */
  conversion: Ratio,
});
export type ProductAcrossStores = z.infer<typeof ProductAcrossStores>;

/** A coupon or follower task / giveaway across stores. */
export const ItemAcrossStores = z.object({
  kind: z.enum(['coupon', 'task']),
  itemId: z.string(),
  title: z.string(),
  stores: z.number().int().nonnegative(),
  /** Coupons: times dropped. Tasks: times run. */
  runs: z.number().int().nonnegative(),
  /** Tasks: sessions where the goal was met, of those counted. Null for coupons. */
  met: z.number().int().nonnegative().nullable(),
  counted: z.number().int().nonnegative().nullable(),
});
export type ItemAcrossStores = z.infer<typeof ItemAcrossStores>;

export const DayRow = z.object({ day: Day, ...Figures });
export type DayRow = z.infer<typeof DayRow>;

export const ResultsResponse = z.object({
  query: ResultsQuery,
  totals: z.object(Figures),
  stores: z.array(LeaderboardRow),
  products: z.array(ProductAcrossStores),
  items: z.array(ItemAcrossStores),
  days: z.array(DayRow),
});
export type ResultsResponse = z.infer<typeof ResultsResponse>;

export const ResultsExportQuery = ResultsQuery.extend({
  format: z.enum(['csv', 'xlsx']),
  language: z.enum(['zh-CN', 'en']).default('zh-CN'),
}).strict();
export type ResultsExportQuery = z.infer<typeof ResultsExportQuery>;

/** A store's sessions in a results range, for drilling down to one review. */
export const ResultSession = z.object({
  sessionId: z.string(),
  showName: z.string().nullable(),
  startedAt: z.number().int().nullable(),
  endedAt: z.number().int().nullable(),
  durationMs: z.number().int().nullable(),
  live: z.boolean(),
  gmvFen: Fen,
  peakViewers: Count,
});
export type ResultSession = z.infer<typeof ResultSession>;
export const ResultSessionsResponse = z.object({ sessions: z.array(ResultSession) });
