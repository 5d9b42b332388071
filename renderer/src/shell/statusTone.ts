import type { ObsConnectionState } from '../../../shared/domain/obsStatus';

/** The colour of a status dot: green fine, amber on its way, red needs someone, grey nothing set up. */
export type StatusTone = 'ok' | 'warn' | 'danger' | 'idle';

const OBS_TONES: Record<ObsConnectionState | 'unknown', StatusTone> = {
  ready: 'ok',
  connecting: 'warn',
  syncing: 'warn',
  paused: 'warn',
  lost: 'danger',
  wrong_password: 'danger',
  incompatible: 'danger',
  kicked: 'danger',
  not_configured: 'idle',
  disabled: 'idle',
  // The backend itself is away: what OBS does is not known, which is the backend item's alarm, not OBS's.
  unknown: 'idle',
};

export function obsTone(state: ObsConnectionState | 'unknown'): StatusTone {
  return OBS_TONES[state];
}
