import { plannedTimeline, projectedEndAt, type RuntimeState } from '../../../../shared/domain/runtime';

/** When a cue is due, as the cue list shows it. */
export interface CueTime {
  /** Where it is expected to start now (its actual start once it ran); null for a cue passed over. */
  at: number | null;
  /** How much later than the original plan (0 when on time or early); only for cues still to come or running. */
  lateMs: number;
}

/** Below this a shift is noise from pressing GO a moment late, not worth a warning colour. */
const LATE_THRESHOLD_MS = 1000;

/**
 * Each cue's start (planned, shifted by whatever ran long) and the show's projected end, at `now`,
 * from the shared timeline helpers so the console and the review agree.
 */
export function cueTimes(state: RuntimeState, now: number): { byCue: Map<string, CueTime>; endAt: number } {
  const byCue = new Map<string, CueTime>();
  for (const entry of plannedTimeline(state, now)) {
    const at = entry.projectedStartAt;
    const shift = at === null ? 0 : at - entry.plannedStartAt;
    byCue.set(entry.cueId, { at, lateMs: shift >= LATE_THRESHOLD_MS ? shift : 0 });
  }
  return { byCue, endAt: projectedEndAt(state, now) };
}

/** A wall-clock time as "HH:MM" in the local zone (24-hour, as show schedules are written). */
export function formatClockTime(ms: number): string {
  const d = new Date(ms);
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}
