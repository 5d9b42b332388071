import type { RunningCue, RuntimeCue, RuntimeState } from '../../../shared/domain/runtime';
import { type ClockView, runClock } from '../features/live/countdown';

/** What a second screen shows of the show: the cue on air (the latest started), the one on standby, and its clock. */
export interface NowNext {
  now: { cue: RuntimeCue; run: RunningCue } | null;
  next: RuntimeCue | null;
}

export function nowNext(state: RuntimeState): NowNext {
  let now: NowNext['now'] = null;
  for (const run of state.running) {
    const cue = state.cues.find((c) => c.id === run.cueId);
    if (cue && (now === null || run.startedAt >= now.run.startedAt)) now = { cue, run };
  }
  const next = state.standbyId === null ? null : (state.cues.find((c) => c.id === state.standbyId) ?? null);
  return { now, next };
}

/** Under this much time left a countdown turns to its warning colour. */
export const WARNING_MS = 30_000;

export type ClockTone = 'normal' | 'warning' | 'overtime';

/** The on-air cue's clock at `serverNow`, with the colour it is drawn in. */
export function onAirClock(run: RunningCue, serverNow: number): ClockView & { tone: ClockTone } {
  const view = runClock(run, serverNow);
  const end = run.deadlineAt ?? run.plannedEndAt;
  const tone: ClockTone =
    view.mode === 'overtime'
      ? 'overtime'
      : view.mode === 'remaining' && end !== null && end - serverNow <= WARNING_MS
        ? 'warning'
        : 'normal';
  return { ...view, tone };
}
