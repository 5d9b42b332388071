import { z } from 'zod';
import { CueType } from '../catalog/show';
import { ObsAction } from '../obsActions';
import { SessionCounter, type SessionGauge } from '../session/sessionEvents';

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
  /** Explicit OBS actions (texts may hold templates); null = the defaults for the cue type. */
  obsActions: z.array(ObsAction).nullable(),
});
export type RuntimeCue = z.infer<typeof RuntimeCue>;

/** Display data copied from the catalog when the session starts, so firing a cue needs no store look-up. */
export const CatalogLookup = z.object({
  products: z.record(z.string(), z.object({ title: z.string(), livePriceFen: Ms.nullable(), imagePath: z.string().min(1).optional() })),
  coupons: z.record(z.string(), z.object({ label: z.string(), quantity: z.number().int().nullable() })),
  tasks: z.record(
    z.string(),
    z.object({
      title: z.string(),
      target: z.number().int(),
      reward: z.string(),
      /** The counter that measures the task (关注 → newFollowers): its increments while the task runs are its progress. */
      counter: SessionCounter.optional(),
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
  })
  .refine((s) => new Set(s.cues.map((c) => c.id)).size === s.cues.length, { message: 'cue ids must be unique', path: ['cues'] });
export type SessionSetup = z.input<typeof SessionSetup>;

export type StartTrigger = 'go' | 'jump' | 'auto_continue' | 'auto_follow' | 'refire';

export interface RunningCue {
  cueId: string;
  startedAt: number;
  trigger: StartTrigger;
  /** Absolute end of the countdown; the cue completes then. */
  deadlineAt: number | null;
  /** When the cue should be over by plan (overtime counts from here). */
  plannedEndAt: number | null;
  /** Countdown text last sent to OBS, so a tick only sends a batch when the shown second changes. */
  shownCountdown: string | null;
  /** Task progress during this run (increments of the task's counter since it started). */
  reached: number;
}

/** A fired cue waiting out its pre-wait. */
export interface PendingStart {
  cueId: string;
  startAt: number;
  trigger: StartTrigger;
}

export interface GaugeReading {
  last: number;
  peak: number;
  at: number;
}

/** Plain JSON data throughout: the backend persists it as the restore point. */
export interface RuntimeState {
  sessionId: string;
  showId: string;
  showName: string;
  phase: 'live' | 'ended';
  startedAt: number;
  endedAt: number | null;
  /** Planned start of the first cue. */
  planAnchorAt: number;
  debounceMs: number;
  cues: RuntimeCue[];
  catalog: CatalogLookup;
  standbyId: string | null;
  /** In start order. */
  running: RunningCue[];
  pending: PendingStart[];
  /** Latest run of each cue that has started (for the timeline). */
  lastRun: Record<string, { startedAt: number; endedAt: number | null }>;
  counters: Record<SessionCounter, number>;
  gauges: Partial<Record<SessionGauge, GaugeReading>>;
  lastGoAt: number | null;
  panicAt: number | null;
  /** The scene LiveCue last put on air, so it can be re-applied when OBS reconnects. */
  programScene: string | null;
}

export const emptyCounters = (): Record<SessionCounter, number> =>
  Object.fromEntries(SessionCounter.options.map((c) => [c, 0])) as Record<SessionCounter, number>;

export const cueById = (s: RuntimeState, id: string): RuntimeCue | undefined => s.cues.find((c) => c.id === id);
export const cueIndex = (s: RuntimeState, id: string): number => s.cues.findIndex((c) => c.id === id);
export const nextCueId = (s: RuntimeState, id: string): string | null => {
  const i = cueIndex(s, id);
  return i < 0 ? null : (s.cues[i + 1]?.id ?? null);
};
