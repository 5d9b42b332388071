import type { RuntimeCue, RuntimeState } from './runtimeState';

/** How long a cue takes by plan: its planned duration, else its countdown, else nothing. */
const planLength = (cue: RuntimeCue): number => cue.plannedDurationMs ?? cue.countdownMs ?? 0;

/** The cue's start in the original plan (cues back to back from the show's planned start); never shifts. */
export function plannedStartOf(state: RuntimeState, cueId: string): number | null {
  let t = state.planAnchorAt;
  for (const cue of state.cues) {
    t += cue.preWaitMs;
    if (cue.id === cueId) return t;
    t += planLength(cue);
  }
  return null;
}

export interface TimelineEntry {
  cueId: string;
  /** From the original plan. */
  plannedStartAt: number;
  plannedDurationMs: number | null;
  /** Of the latest run, if the cue has started. */
  actualStartAt: number | null;
  actualEndAt: number | null;
  /** Where it is expected to start and end now, given what ran late; null for a cue passed over without running. */
  projectedStartAt: number | null;
  projectedEndAt: number | null;
  /** Now minus its planned end while it runs late, or how late it ended. */
  overrunMs: number;
}

/**
 * The plan as it stands at `now`: cues that ran keep their actual times; a running cue that passed its planned end
 * is assumed to end now; cues still to come (from standby on) follow back to back, so an overrun pushes them all.
 */
export function plannedTimeline(state: RuntimeState, now: number): TimelineEntry[] {
  const standbyAt = state.standbyId === null ? state.cues.length : state.cues.findIndex((c) => c.id === state.standbyId);
  let cursor = Math.max(state.planAnchorAt, state.startedAt);
  // The original plan in the same pass (as plannedStartOf, without walking the show again for every cue).
  let planCursor = state.planAnchorAt;
  const out: TimelineEntry[] = [];
  state.cues.forEach((cue, i) => {
    const plannedStartAt = planCursor + cue.preWaitMs;
    planCursor = plannedStartAt + planLength(cue);
    const run = state.lastRun[cue.id];
    const running = state.running.find((r) => r.cueId === cue.id);
    const pending = state.pending.find((p) => p.cueId === cue.id);
    let projectedStartAt: number | null = null;
    let projectedEndAt: number | null = null;
    let overrunMs = 0;
    if (pending) {
      projectedStartAt = pending.startAt;
      projectedEndAt = pending.startAt + planLength(cue);
    } else if (run) {
      projectedStartAt = run.startedAt;
      const plannedEnd = running?.plannedEndAt ?? run.startedAt + planLength(cue);
      projectedEndAt = run.endedAt ?? Math.max(plannedEnd, now);
      overrunMs = Math.max(0, (run.endedAt ?? now) - plannedEnd);
    } else if (i >= standbyAt || standbyAt < 0) {
      projectedStartAt = Math.max(cursor, now) + cue.preWaitMs;
      projectedEndAt = projectedStartAt + planLength(cue);
    }
    if (projectedEndAt !== null) cursor = Math.max(cursor, projectedEndAt);
    out.push({
      cueId: cue.id,
      plannedStartAt,
      plannedDurationMs: cue.plannedDurationMs,
      actualStartAt: run?.startedAt ?? null,
      actualEndAt: run?.endedAt ?? null,
      projectedStartAt,
      projectedEndAt,
      overrunMs,
    });
  });
  return out;
}

/** When the show is now expected to be over. */
export function projectedEndAt(state: RuntimeState, now: number): number {
  if (state.endedAt !== null) return state.endedAt;
  return plannedTimeline(state, now).reduce((t, e) => Math.max(t, e.projectedEndAt ?? t), Math.max(now, state.startedAt));
}

/** Time left on a running cue's countdown (or its planned duration); null when it is not running or has no end. */
export function remainingMs(state: RuntimeState, cueId: string, now: number): number | null {
  const run = state.running.find((r) => r.cueId === cueId);
  const until = run?.deadlineAt ?? run?.plannedEndAt ?? null;
  return until === null ? null : Math.max(0, until - now);
}

/** Overtime of a running cue past its planned end (0 while on time); null when it is not running or has no plan. */
export function overrunMs(state: RuntimeState, cueId: string, now: number): number | null {
  const run = state.running.find((r) => r.cueId === cueId);
  if (!run || run.plannedEndAt === null) return null;
  return Math.max(0, now - run.plannedEndAt);
}
