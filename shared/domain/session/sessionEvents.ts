import { z } from 'zod';
import { CueType } from '../catalog/show';
import { ObsOutputKind } from '../obsActions';
import { OutputProblem } from '../outputProblem';
import { platformEventSchemas } from '../platform/platformData';

/**
 * The facts a live session writes to the event log (type → payload). The post-live review is
 * computed from these and nothing else, so a field a report needs must be in the event when it
 * happens. Times are epoch ms taken from the backend clock; every payload carries its session.
 */
const Base = { sessionId: z.string().min(1) };
const Ms = z.number().int().nonnegative();

/** Why a cue started: the runtime's state, the event log and the report all use this one list. */
export const StartTrigger = z.enum(['go', 'jump', 'auto_continue', 'auto_follow', 'refire']);
export type StartTrigger = z.infer<typeof StartTrigger>;
const Output = ObsOutputKind;

/** Counters are increments (never overwritten); gauges are readings (viewers online now). */
export const SessionCounter = z.enum([
  'likes',
  'newFollowers',
  'fanClubJoins',
  'comments',
  'shares',
  'orders',
  'buyers',
  'gmvFen',
  'views',
]);
export type SessionCounter = z.infer<typeof SessionCounter>;
export const SessionGauge = z.enum(['viewersOnline', 'uniqueViewers']);
export type SessionGauge = z.infer<typeof SessionGauge>;

export const CueEndReason = z.enum(['next', 'stopped', 'completed', 'panic', 'session_end']);
export type CueEndReason = z.infer<typeof CueEndReason>;

export const sessionEventSchemas = {
  'session.started': z.object({ ...Base, showId: z.string(), showName: z.string(), at: Ms }),
  'session.ended': z.object({ ...Base, at: Ms }),
  /** A cue began (GO, jump, auto-continue/follow, or a re-fire of a product: 返场). */
  'cue.started': z.object({
    ...Base,
    cueId: z.string(),
    cueType: CueType,
    title: z.string(),
    at: Ms,
    trigger: StartTrigger,
    /** What the cue is about, copied so the report needs no catalog look-up. */
    productId: z.string().nullable(),
    couponId: z.string().nullable(),
    taskId: z.string().nullable(),
    plannedStartAt: Ms.nullable(),
    plannedDurationMs: Ms.nullable(),
    /** Absolute end of its countdown, if it has one. */
    deadlineAt: Ms.nullable(),
    /** The goal of its task (follower task or giveaway) when it started, for the review. Absent in older logs. */
    taskTarget: z.number().int().nullable().optional(),
    /** The counter its task watches (follow → newFollowers, like goal → likes), so the platform's trend can give its reach. Absent in older logs. */
    taskCounter: SessionCounter.nullable().optional(),
  }),
  'cue.ended': z.object({ ...Base, cueId: z.string(), at: Ms, reason: CueEndReason }),
  'counter.incremented': z.object({ ...Base, counter: SessionCounter, by: z.number().int(), at: Ms, productId: z.string().nullable() }),
  'gauge.read': z.object({ ...Base, gauge: SessionGauge, value: z.number().int().nonnegative(), at: Ms }),
  'coupon.dropped': z.object({ ...Base, couponId: z.string(), quantity: z.number().int().nullable(), claimUntil: Ms.nullable(), at: Ms }),
  'task.progress': z.object({ ...Base, taskId: z.string(), target: z.number().int(), reached: z.number().int().nonnegative(), at: Ms }),
  panic: z.object({ ...Base, at: Ms }),
  /**
   * An operator's cue-control command that was carried out (GO, jump, re-fire, standby moves, stop, panic, end), with
   * the standby cue before and after it; what it caused follows as its own events. Counters log themselves.
   */
  'operator.command': z.object({
    ...Base,
    at: Ms,
    command: z.looseObject({ type: z.string() }),
    standbyBefore: z.string().nullable(),
    standbyAfter: z.string().nullable(),
  }),
  /** An OBS output the operator chose to start when going live, and whether OBS said it started (with why not). */
  'output.started': z.object({
    ...Base,
    output: Output,
    at: Ms,
    ok: z.boolean(),
    alreadyActive: z.boolean(),
    message: z.string().optional(),
    problem: OutputProblem.optional(),
    subject: z.string().optional(),
  }),
  /**
   * A running output stopped during the session: by LiveCue, or not (someone stopped it in OBS, OBS closed, it was
   * found off after a reconnect). `startedAt` is when it had started, if known.
   */
  'output.stopped': z.object({ ...Base, output: Output, at: Ms, byLiveCue: z.boolean(), startedAt: Ms.nullable() }),
  /** The stream lost its server and OBS is reconnecting; `output.reconnected` when it is back. */
  'output.reconnecting': z.object({ ...Base, output: Output, at: Ms }),
  'output.reconnected': z.object({ ...Base, output: Output, at: Ms }),
  /** The outcome of one OBS request batch sent for a cue. */
  'obs.batch': z.object({
    ...Base,
    cueId: z.string().nullable(),
    at: Ms,
    ok: z.boolean(),
    failures: z.array(z.object({ action: z.string(), message: z.string() })),
    /** This many more batches for the same cue failed the same way after the first, up to `at` (not logged one by one). */
    repeated: z.number().int().positive().optional(),
  }),
  /** The platform's own numbers for the session, imported after it from the platform's export files. */
  ...platformEventSchemas,
} as const;

export type SessionEventType = keyof typeof sessionEventSchemas;
export type SessionEventPayload<T extends SessionEventType> = z.infer<(typeof sessionEventSchemas)[T]>;

/** A session event as the report sees it (from the event log: seq orders them). */
export type SessionEvent = { [T in SessionEventType]: { seq: number; type: T; payload: SessionEventPayload<T> } }[SessionEventType];
