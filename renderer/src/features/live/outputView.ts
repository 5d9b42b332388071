import type { ObsOutputKind } from '../../../../shared/domain/obsActions';
import { OBS_SAFE_SCENE } from '../../../../shared/domain/obsLayout';
import type { ObsOutputInfo, ObsOutputState, ObsStatus } from '../../../../shared/domain/obsStatus';

/** `on` red (LIVE / REC), `busy` amber (starting, reconnecting, paused, stopping), `off`, `unknown` while OBS is away. */
export type LightTone = 'on' | 'busy' | 'off' | 'unknown';

export interface LightView {
  tone: LightTone;
  state: ObsOutputState | 'unknown';
  /** Time on, "hh:mm:ss" (always eight characters, so nothing moves as it counts); null while not running. */
  elapsed: string | null;
}

const BUSY: ReadonlySet<ObsOutputState> = new Set(['starting', 'reconnecting', 'paused', 'stopping']);

/** Always "hh:mm:ss": a live session rarely passes an hour, but the light must not widen when it does. */
export function formatRunTime(ms: number): string {
  const total = Math.floor(Math.max(0, ms) / 1000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.min(99, Math.floor(total / 3600)))}:${pad(Math.floor(total / 60) % 60)}:${pad(total % 60)}`;
}

/** One light at `now`: from OBS's state and the time it went on (never from when a push arrived). */
export function lightView(status: ObsStatus | null, output: Exclude<ObsOutputKind, 'virtualCam'>, now: number): LightView {
  const info: ObsOutputInfo | undefined = status?.state === 'ready' ? status.outputStates?.[output] : undefined;
  if (!info) return { tone: 'unknown', state: 'unknown', elapsed: null };
  const elapsed = info.startedAt === null ? null : formatRunTime(now - info.startedAt);
  if (info.state === 'on') return { tone: 'on', state: 'on', elapsed };
  if (BUSY.has(info.state)) return { tone: 'busy', state: info.state, elapsed };
  return { tone: 'off', state: info.state, elapsed: null };
}

export interface ProgramSceneView {
  /** null while OBS is away or has no program scene. */
  scene: string | null;
  /** LiveCue's safe scene is on air (after PANIC): viewers are not seeing the show. */
  safe: boolean;
}

export function programSceneView(status: ObsStatus | null): ProgramSceneView {
  const scene = status?.state === 'ready' ? (status.currentScene ?? null) : null;
  return { scene, safe: scene === OBS_SAFE_SCENE };
}

/** A stop or reconnect LiveCue did not ask for, shown until the operator dismisses it. */
export interface IncidentView {
  key: string;
  output: ObsOutputKind;
  kind: 'stopped' | 'reconnecting';
  at: number;
  /** The output's state now (a reconnect that has taken reads `on`). */
  state: ObsOutputState;
}

/** Incidents since `since` (the session's start) that have not been dismissed, oldest first. */
export function outputIncidents(status: ObsStatus | null, since: number, dismissed: readonly string[]): IncidentView[] {
  const states = status?.outputStates;
  if (!states) return [];
  const entries: [ObsOutputKind, ObsOutputInfo | null][] = [
    ['stream', states.stream],
    ['record', states.record],
    ['virtualCam', states.virtualCam],
  ];
  return entries
    .flatMap(([output, info]): IncidentView[] => {
      const incident = info?.incident;
      if (!info || !incident || incident.at < since) return [];
      const key = `${output}:${incident.kind}:${incident.at}`;
      return dismissed.includes(key) ? [] : [{ key, output, kind: incident.kind, at: incident.at, state: info.state }];
    })
    .sort((a, b) => a.at - b.at);
}
