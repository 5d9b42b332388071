import { z } from 'zod';
import { CueType } from '../catalog/show';
import { ObsOutputKind } from '../obsActions';
import { OutputProblem } from '../outputProblem';
import { PlatformProductRow } from '../platform/platformData';
import { CueEndReason, SessionCounter, StartTrigger } from '../session/sessionEvents';
import { FigureSource, LEGACY_SOURCES, NO_PRODUCT_SOURCES, ProductSources, ReportSources } from './figureSources';

/**
 * The post-live review (直播复盘) of one session, computed from its events only. Versioned: a field
 * is only ever added; a change of meaning bumps `schemaVersion`. Times are epoch ms, durations ms,
 * money in fen (integers). A figure whose inputs were never entered is `null` (absent), never 0.
 */
const Ms = z.number().int();
/**
 * A sum of counter entries, or a figure derived from sums: a finite whole number, not bounded to 2^53. Each entry
 * is a safe integer, but sums and GMV × 1000 ÷ 1 view can pass it; past 2^53 the figure is a rounded double.
 */
const Tally = z.number().refine(Number.isInteger, 'must be a finite whole number');
const Fen = Tally;
/** Absent (null) when the operator never entered it: a real 0 and "not counted" must stay apart. */
const Count = Tally.nullable();

/** How a cue interval ended; `superseded` = no cue.ended was logged, a later start closed it. */
const ReportEndReason = z.union([CueEndReason, z.literal('superseded')]);

/** One run of a cue: a re-fire (返场) is a separate interval. */
export const CueInterval = z.object({
  cueId: z.string(),
  cueType: CueType,
  title: z.string(),
  trigger: StartTrigger,
  productId: z.string().nullable(),
  couponId: z.string().nullable(),
  taskId: z.string().nullable(),
  plannedStartAt: Ms.nullable(),
  plannedDurationMs: Ms.nullable(),
  startedAt: Ms,
  /** null while the cue is still running (live session). */
  endedAt: Ms.nullable(),
  endReason: ReportEndReason.nullable(),
  /** To endedAt, or to the report's `asOf` while still running. */
  durationMs: Ms,
  /** actual start − planned start; negative = early. null without a planned start. */
  startDelayMs: Ms.nullable(),
  /** actual duration − planned duration; negative = shorter than planned. null without a plan. */
  overrunMs: Ms.nullable(),
  /** Which run of this cue it is in the session: 1, then 2, 3… for each re-fire (返场). Absent in older exports. */
  run: z.number().int().positive().default(1),
});
export type CueInterval = z.infer<typeof CueInterval>;

/** Sales in the room during a product's explain intervals and just after them. */
export const ExplainSales = z.object({
  source: FigureSource,
  orders: Count,
  gmvFen: Fen.nullable(),
  afterOrders: Count,
  afterGmvFen: Fen.nullable(),
  /** GMV while explained per minute explained, fen (rounded); null without GMV or explain time. */
  gmvPerMinuteFen: Fen.nullable(),
});
export type ExplainSales = z.infer<typeof ExplainSales>;

/** A row of the platform's products file that matched no catalog product, with its figures as the file gave them. */
export const UnmatchedPlatformProduct = PlatformProductRow.omit({ productId: true, matchedBy: true });
export type UnmatchedPlatformProduct = z.infer<typeof UnmatchedPlatformProduct>;

export const ProductReport = z.object({
  productId: z.string(),
  /** Number of explain intervals (product cues, re-fires included). */
  explainCount: z.number().int(),
  totalExplainMs: Ms,
  /** Start of the first and of the last explain interval. */
  firstExplainAt: Ms.nullable(),
  lastExplainAt: Ms.nullable(),
  /** Coupons dropped by a cue of this product (cue.started with its productId, or coupon.dropped of such a coupon). */
  couponIds: z.array(z.string()),
  flashSales: z.array(z.object({ cueId: z.string(), title: z.string(), startedAt: Ms })),
  /** Sums of counter.incremented carrying this productId. */
  orders: Count,
  buyers: Count,
  gmvFen: Fen.nullable(),
  /** The platform's figures for it (absent in older exports, null without a products file or that column). */
  exposures: Count.default(null),
  clicks: Count.default(null),
  refundFen: Fen.nullable().default(null),
  /** clicks ÷ exposures, a ratio. */
  clickThrough: z.number().nullable().default(null),
  /** The product's title as the platform's file names it (names a product no cue named). */
  platformTitle: z.string().nullable().default(null),
  /** The platform's buyers ÷ its clicks, a ratio (never typed buyers over platform clicks). */
  conversion: z.number().nullable().default(null),
  /** Where orders, buyers and GMV came from (platform figures take precedence, figure by figure). */
  sources: ProductSources.default(() => ({ ...NO_PRODUCT_SOURCES })),
  /** What the whole room bought while it was explained and just after (see `definitions.explainSales`). */
  explainSales: ExplainSales.nullable().default(null),
});
export type ProductReport = z.infer<typeof ProductReport>;

export const CouponReport = z.object({
  couponId: z.string(),
  droppedAt: Ms,
  quantity: z.number().int().nullable(),
  claimUntil: Ms.nullable(),
  /** claimUntil − droppedAt. */
  claimWindowMs: Ms.nullable(),
  /** The coupon cue running when it dropped, and that cue's product. */
  cueId: z.string().nullable(),
  productId: z.string().nullable(),
});
export type CouponReport = z.infer<typeof CouponReport>;

export const TaskReport = z.object({
  taskId: z.string(),
  /** Latest reading of the target and of the progress. */
  target: z.number().int(),
  reached: z.number().int(),
  targetMet: z.boolean(),
  /** First time progress reached the target. */
  metAt: Ms.nullable(),
  lastUpdateAt: Ms,
  /** The task or giveaway cue that ran it, and how many times a cue of it started (re-fires included). Absent (null) in older exports. */
  cueId: z.string().nullable().default(null),
  cueType: CueType.nullable().default(null),
  runs: z.number().int().nullable().default(null),
  /** False when it ran but nothing was counted while it ran: `reached` 0 then means "not entered". */
  counted: z.boolean().default(true),
  /** The counter it watches, as its cue's start logged it (null in older logs). */
  counter: SessionCounter.nullable().default(null),
  /** Where `reached` came from: the platform's trend while it ran (see `definitions.taskReached`), or the counts typed while it ran. */
  source: FigureSource.default(null),
});
export type TaskReport = z.infer<typeof TaskReport>;

const SessionTotals = z.object({
  likes: Count,
  newFollowers: Count,
  fanClubJoins: Count,
  comments: Count,
  shares: Count,
  orders: Count,
  buyers: Count,
  gmvFen: Fen.nullable(),
  views: Count,
  /** Latest reading of the platform's unique-viewer count (a running total, not a sum). */
  uniqueViewers: Count,
  /** Highest viewersOnline reading. */
  peakViewers: Count,
  /** Time-weighted mean of viewersOnline readings (see `definitions.averageViewers`). */
  averageViewers: z.number().nullable(),
  /** Entries into the room (进入直播间人次), from the platform's trend file only. Absent in older exports. */
  entries: Count.default(null),
});

/** Standard live-commerce figures; each null when an input is absent or its divisor is 0. */
export const DerivedFigures = z.object({
  /** GMV × 1000 ÷ views, fen (rounded): GMV per thousand views. */
  gpmFen: Fen.nullable(),
  /** GMV ÷ unique viewers, fen (rounded). */
  uvValueFen: Fen.nullable(),
  /** GMV ÷ buyers, fen (rounded). */
  averageOrderValueFen: Fen.nullable(),
  /** buyers ÷ unique viewers, a ratio (0.05 = 5 %). */
  conversion: z.number().nullable(),
});
export type DerivedFigures = z.infer<typeof DerivedFigures>;

export const HealthSample = z.object({
  at: Ms,
  bitrateKbps: z.number().nullable(),
  congestion: z.number(),
  droppedFrames: z.number().int(),
  totalFrames: z.number().int(),
  cpuPercent: z.number(),
  fps: z.number(),
});
export type HealthSample = z.infer<typeof HealthSample>;

export const HealthSummary = z.object({
  samples: z.number().int(),
  minBitrateKbps: z.number().nullable(),
  averageBitrateKbps: z.number().nullable(),
  maxCpuPercent: z.number().nullable(),
  minFps: z.number().nullable(),
  /** Frames OBS dropped during the session window (last − first cumulative reading). */
  droppedFrames: z.number().int().nullable(),
});
export type HealthSummary = z.infer<typeof HealthSummary>;

const ObsFailure = z.object({
  at: Ms,
  cueId: z.string().nullable(),
  failures: z.array(z.object({ action: z.string(), message: z.string() })),
});

/** One wall-clock minute of the session: what was counted in it, and the viewers online (peak reading, else the last). */
export const MinutePoint = z.object({
  at: Ms,
  viewersOnline: z.number().nullable(),
  likes: Tally,
  orders: Tally,
  gmvFen: Fen,
});
export type MinutePoint = z.infer<typeof MinutePoint>;

/** What happened to an OBS output during the session, in log order. */
export const OutputEventReport = z.object({
  at: Ms,
  output: ObsOutputKind,
  event: z.enum(['started', 'start_failed', 'stopped', 'reconnecting', 'reconnected']),
  /** For a stop: LiveCue stopped it (false: someone in OBS, OBS itself, or found off after a reconnect); null otherwise. */
  byLiveCue: z.boolean().nullable(),
  /** Why a start failed, as logged (English), and the same as a code and its subject for the reader's language. */
  message: z.string().nullable(),
  problem: OutputProblem.nullable().default(null),
  subject: z.string().nullable().default(null),
});
export type OutputEventReport = z.infer<typeof OutputEventReport>;

export const SessionReport = z.object({
  schemaVersion: z.literal(1),
  session: z.object({
    sessionId: z.string(),
    showId: z.string().nullable(),
    showName: z.string().nullable(),
    startedAt: Ms.nullable(),
    endedAt: Ms.nullable(),
    /** endedAt (or asOf while live) − startedAt. */
    durationMs: Ms.nullable(),
    live: z.boolean(),
    /** The time open intervals were measured to: endedAt, or the caller's "now" while live. */
    asOf: Ms,
  }),
  cues: z.array(CueInterval),
  products: z.array(ProductReport),
  coupons: z.array(CouponReport),
  tasks: z.array(TaskReport),
  totals: SessionTotals,
  derived: DerivedFigures,
  /** What every computed figure means, so a reader of the export needs no other document. */
  definitions: z.record(z.string(), z.string()),
  health: z.object({ summary: HealthSummary, timeline: z.array(HealthSample) }),
  panics: z.array(z.object({ at: Ms })),
  obs: z.object({ batches: z.number().int(), failedBatches: z.number().int(), failures: z.array(ObsFailure) }),
  /** Stream, recording and virtual camera: starts (and why one failed), stops, reconnects. Absent in older exports. */
  outputs: z.array(OutputEventReport).default([]),
  /** Minute by minute from the start (the review's timeline chart). Absent in older exports. */
  minutes: z.array(MinutePoint).default([]),
  /** Where each figure came from, and the platform files merged in. Absent in older exports. */
  sources: ReportSources.default(() => structuredClone(LEGACY_SOURCES)),
  /** Rows of the platform's products file that matched no catalog product. Absent in older exports. */
  unmatchedProducts: z.array(UnmatchedPlatformProduct).default([]),
  /** Events in the input that did not match their schema, so a partial report is visible as such. */
  skippedEvents: z.number().int(),
});
export type SessionReport = z.infer<typeof SessionReport>;

export { REPORT_DEFINITIONS } from './reportDefinitions';
