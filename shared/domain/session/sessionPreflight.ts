import { z } from 'zod';
import { ObsOutputKind } from '../obsActions';
import { ObsConnectionState, ObsOutputs } from '../obsStatus';
import { OutputProblem } from '../outputProblem';

/** What is checked before going live, in the order the operator reads them. */
export const PreflightCheckId = z.enum(['show', 'obs', 'scenes', 'disk', 'recordDisk']);
export type PreflightCheckId = z.infer<typeof PreflightCheckId>;

/** `failed` blocks a normal start (the operator may still go live anyway); `skipped` could not be checked. */
export const PreflightStatus = z.enum(['ok', 'warning', 'failed', 'skipped']);
export type PreflightStatus = z.infer<typeof PreflightStatus>;

/** One finding of a check: what is wrong, and where (a cue, a scene or source name, a path). */
export const PreflightIssue = z.object({
  /** Machine-readable cause the UI translates (ITEM_MISSING, OBS_MISSING_SCENE, …). */
  code: z.string(),
  /** English sentence, for logs and support. */
  message: z.string(),
  cueId: z.string().nullable(),
  /** The scene, source, product or path concerned. */
  subject: z.string().nullable(),
});
export type PreflightIssue = z.infer<typeof PreflightIssue>;

export const PreflightCheck = z.object({
  id: PreflightCheckId,
  status: PreflightStatus,
  /** Machine-readable summary the UI translates (OK, SHOW_EMPTY, OBS_NOT_CONFIGURED, DISK_LOW, …). */
  code: z.string(),
  message: z.string(),
  issues: z.array(PreflightIssue),
  /** Free bytes, for the disk checks. */
  freeBytes: z.number().nonnegative().optional(),
});
export type PreflightCheck = z.infer<typeof PreflightCheck>;

export const SessionPreflight = z.object({
  showId: z.string(),
  checkedAt: z.number().int().nonnegative(),
  /** True when no check failed. */
  ready: z.boolean(),
  checks: z.array(PreflightCheck),
  obs: z.object({ state: ObsConnectionState, outputs: ObsOutputs.nullable() }),
});
export type SessionPreflight = z.infer<typeof SessionPreflight>;

/** Which OBS outputs to start when going live (each a choice; all off by default). */
export const GoLiveOutputs = z
  .object({ stream: z.boolean().default(false), record: z.boolean().default(false), virtualCam: z.boolean().default(false) })
  .strict();
export type GoLiveOutputs = z.infer<typeof GoLiveOutputs>;

/**
 * How starting one output went: ok only once OBS said it started. A failure never stops the session from going
 * live; it names a `problem` (the UI words it), its `subject` (path, server, …) and an English `message` for the log.
 */
export const OutputStartResult = z.object({
  output: ObsOutputKind,
  ok: z.boolean(),
  /** True when OBS was already running it; nothing was sent. */
  alreadyActive: z.boolean(),
  message: z.string().optional(),
  problem: OutputProblem.optional(),
  subject: z.string().optional(),
});
export type OutputStartResult = z.infer<typeof OutputStartResult>;
