import type { RuntimeCue, RuntimeState } from '../../../../shared/domain/runtime';

export type CueLiveState = 'running' | 'pending' | 'standby' | 'idle';

/** How a cue reads in the list: on air, waiting out its pre-wait, next on GO, or neither. */
export function cueState(state: RuntimeState, cue: RuntimeCue): CueLiveState {
  if (state.running.some((r) => r.cueId === cue.id)) return 'running';
  if (state.pending.some((p) => p.cueId === cue.id)) return 'pending';
  return state.standbyId === cue.id ? 'standby' : 'idle';
}

/** The cue the host is talking about now: the latest started running cue with a product, else the latest started. */
export function onAirCue(state: RuntimeState): RuntimeCue | null {
  const running = [...state.running].reverse();
  const withProduct = running.find((r) => state.cues.find((c) => c.id === r.cueId)?.productId != null);
  const pick = withProduct ?? running[0];
  return pick ? (state.cues.find((c) => c.id === pick.cueId) ?? null) : null;
}
