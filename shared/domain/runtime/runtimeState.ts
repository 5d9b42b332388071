import { z } from 'zod';
import { CouponType } from '../catalog/coupon';
import { TaskType } from '../catalog/loyaltyTask';
import { CueType } from '../catalog/show';
import { ObsAction } from '../obsActions';
import { SessionCounter, SessionGauge, StartTrigger } from '../session/sessionEvents';

const Ms = z.number().int().nonnegative();

/** What happens after a cue: nothing, move standby on when it ends, fire the next when it starts, fire the next when it ends. */
export const FollowMode = z.enum(['none', 'select_next', 'auto_continue', 'auto_follow']);
export type FollowMode = z.infer<typeof FollowMode>;

/** A cue as the runtime runs it: the show's cue plus its live settings, flattened so the reducer never re-reads config. */
export const RuntimeCue = z.object({
  id: z.string().min(1),
  type: CueType,
  title: z.string(),
  colour: z.string().nullable(),
  plannedDurationMs: Ms.nullable(),
  /** Delay between firing and starting (Linux Show Player's pre-wait). */
  preWaitMs: Ms,
  follow: FollowMode,
  hotkey: z.string().nullable(),
  productId: z.string().nullable(),
  couponId: z.string().nullable(),
  taskId: z.string().nullable(),
  /** Length of the on-stream countdown (claim window, flash sale); the cue completes when it runs out. */
  countdownMs: z.number().int().positive().nullable(),
  /** The scene a `scene` cue switches to. */
  sceneName: z.string().min(1).nullable(),
  /** Extra OBS actions (texts may hold templates) sent when the cue starts; null = none. */
  obsActions: z.array(ObsAction).nullable(),
  /** Whether the cue's graphic (product card, coupon, countdown, task bar) goes on stream. Absent in older restore points. */
  graphic: z.boolean().default(true),
  /** A flash sale's price in fen and the units offered at it. */
  flashPriceFen: Ms.nullable().default(null),
  flashQuantity: z.number().int().positive().nullable().default(null),
});
export type RuntimeCue = z.infer<typeof RuntimeCue>;

/** Display data copied from the catalog when the session starts, so firing a cue needs no store look-up. */
export const CatalogLookup = z.object({
  products: z.record(
    z.string(),
    z.object({
      title: z.string(),
      /** The price on the card: the live price, else the list price. */
      livePriceFen: Ms.nullable(),
      /** Struck through beside a lower live price. Fields marked optional are absent in older restore points. */
      listPriceFen: Ms.nullable().optional(),
      imagePath: z.string().min(1).optional(),
      imageHash: z.string().min(1).optional(),
    }),
  ),
  coupons: z.record(
    z.string(),
    z.object({
      label: z.string(),
      quantity: z.number().int().nullable(),
      type: CouponType.optional(),
      /** Fen, or basis points off for a percent coupon. */
      value: z.number().int().optional(),
      thresholdFen: Ms.nullable().optional(),
    }),
  ),
  tasks: z.record(
    z.string(),
    z.object({
      title: z.string(),
      target: z.number().int(),
      reward: z.string(),
      /** The counter that measures the task (关注 → newFollowers): its increments while the task runs are its progress. */
      counter: SessionCounter.optional(),
      type: TaskType.optional(),
      /** How viewers take part (a giveaway's entry condition) and its comment password. */
      entry: z.string().optional(),
      keyword: z.string().nullable().optional(),
    }),
  ),
});
export type CatalogLookup = z.infer<typeof CatalogLookup>;

export const SessionSetup = z
  .object({
    sessionId: z.string().min(1),
    showId: z.string(),
    showName: z.string(),
    /** When the show was planned to start; the planned timeline is anchored here (or at the session start). */
    plannedStartAt: Ms.nullable(),
    cues: z.array(RuntimeCue),
    catalog: CatalogLookup,
    debounceMs: Ms.default(300),
    guardStandby: z.boolean().default(true),
    /** The camera scene carrying LiveCue's graphics (chosen in the setup assistant); put on program when the show goes live. */
    showScene: z.string().min(1).nullable().default(null),
  })
  .refine((s) => new Set(s.cues.map((c) => c.id)).size === s.cues.length, { message: 'cue ids must be unique', path: ['cues'] });
export type SessionSetup = z.input<typeof SessionSetup>;

export const RunningCue = z.object({
  cueId: z.string().min(1),
  startedAt: Ms,
  trigger: StartTrigger,
  /** Absolute end of the countdown; the cue completes then. */
  deadlineAt: Ms.nullable(),
  /** When the cue should be over by plan (overtime counts from here). */
  plannedEndAt: Ms.nullable(),
  /** Countdown text last sent to OBS, so a tick only sends a batch when the shown second changes. */
  shownCountdown: z.string().nullable(),
  /** Task progress during this run (increments of the task's counter since it started). */
  reached: z.number().int(),
});
export type RunningCue = z.infer<typeof RunningCue>;

/** A fired cue waiting out its pre-wait. */
const PendingStart = z.object({ cueId: z.string().min(1), startAt: Ms, trigger: StartTrigger });

export const GaugeReading = z.object({ last: z.number().int(), peak: z.number().int(), at: Ms });
export type GaugeReading = z.infer<typeof GaugeReading>;

/**
 * The whole live state: plain JSON throughout, because the backend persists it as the restore point and
 * sends it to every screen. Parsed when read back from the database and when a client receives it, so a
 * damaged or foreign state is refused by name instead of misbehaving mid-show.
 */
export const RuntimeState = z.object({
  sessionId: z.string().min(1),
  showId: z.string(),
  showName: z.string(),
  phase: z.enum(['live', 'ended']),
  startedAt: Ms,
  endedAt: Ms.nullable(),
  /** Planned start of the first cue. */
  planAnchorAt: Ms,
  debounceMs: Ms,
  /** Refuse a GO whose expected standby is not the standby (off: GO fires whatever is standby). Absent in older restore points. */
  guardStandby: z.boolean().default(true),
  cues: z.array(RuntimeCue),
  catalog: CatalogLookup,
  standbyId: z.string().nullable(),
  /** In start order. */
  running: z.array(RunningCue),
  pending: z.array(PendingStart),
  /** Latest run of each cue that has started (for the timeline). */
  lastRun: z.record(z.string(), z.object({ startedAt: Ms, endedAt: Ms.nullable() })),
  counters: z.record(SessionCounter, z.number().int()),
  gauges: z.partialRecord(SessionGauge, GaugeReading),
  lastGoAt: Ms.nullable(),
  panicAt: Ms.nullable(),
  /** The scene LiveCue last put on air (the safe scene during PANIC), so it can be re-applied when OBS reconnects. */
  programScene: z.string().nullable(),
  /** The scene the show is on: the camera scene, or where a scene cue or a cue's own action switched. Not the safe scene. */
  showScene: z.string().nullable().default(null),
});
export type RuntimeState = z.output<typeof RuntimeState>;

export const emptyCounters = (): Record<SessionCounter, number> =>
  Object.fromEntries(SessionCounter.options.map((c) => [c, 0])) as Record<SessionCounter, number>;

export const cueById = (s: RuntimeState, id: string): RuntimeCue | undefined => s.cues.find((c) => c.id === id);
export const cueIndex = (s: RuntimeState, id: string): number => s.cues.findIndex((c) => c.id === id);
export const nextCueId = (s: RuntimeState, id: string): string | null => {
  const i = cueIndex(s, id);
  return i < 0 ? null : (s.cues[i + 1]?.id ?? null);
};
