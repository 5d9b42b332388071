import type { RuntimeState } from '../../../shared/domain/runtime';

/**
 * The cue standby moves to with ▲ (-1) or ▼ (+1), or null when there is none that way. With nothing on standby
 * (the list has run out, or it was cleared), ▼ takes the cue after the latest one started and ▲ that cue itself.
 */
export function standbyStep(state: RuntimeState, direction: -1 | 1): string | null {
  const { cues } = state;
  let target: number;
  if (state.standbyId !== null) {
    target = cues.findIndex((c) => c.id === state.standbyId) + direction;
  } else {
    let latest = -1;
    let latestAt = -1;
    cues.forEach((cue, index) => {
      const run = state.lastRun[cue.id];
      if (run && run.startedAt >= latestAt) {
        latest = index;
        latestAt = run.startedAt;
      }
    });
    target = direction > 0 ? latest + 1 : latest;
  }
  return cues[target]?.id ?? null;
}
