import { z } from 'zod';
import type { Cue } from '../catalog/show';
import { ObsAction } from '../obsActions';
import type { Effect } from './effects';
import { emptyCounters, FollowMode, type RuntimeCue, type RuntimeState, SessionSetup } from './runtimeState';

/**
 * Opens a live session: the first cue on standby, nothing running, `session.started` logged. Throws (zod) on a malformed
 * setup: that is a programming error at the boundary, unlike commands, which arrive from operators and are only rejected.
 */
export function startSession(setup: SessionSetup, now: number): { state: RuntimeState; effects: Effect[] } {
  const s = SessionSetup.parse(setup);
  const state: RuntimeState = {
    sessionId: s.sessionId,
    showId: s.showId,
    showName: s.showName,
    phase: 'live',
    startedAt: now,
    endedAt: null,
    planAnchorAt: s.plannedStartAt ?? now,
    debounceMs: s.debounceMs,
    guardStandby: s.guardStandby,
    cues: s.cues,
    catalog: s.catalog,
    standbyId: s.cues[0]?.id ?? null,
    running: [],
    pending: [],
    lastRun: {},
    counters: emptyCounters(),
    gauges: {},
    lastGoAt: null,
    panicAt: null,
    programScene: s.showScene,
    showScene: s.showScene,
  };
  const effects: Effect[] = [
    {
      kind: 'log',
      event: { type: 'session.started', payload: { sessionId: s.sessionId, showId: s.showId, showName: s.showName, at: now } },
    },
  ];
  // Going live puts the camera scene (with LiveCue's graphics on it) on program.
  if (s.showScene !== null) effects.push({ kind: 'obs', cueId: null, actions: [{ kind: 'switchScene', scene: s.showScene }] });
  return { state, effects };
}

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 ? v : null);
const str = (v: unknown): string | null => (typeof v === 'string' && v.length > 0 ? v : null);
const StoredActions = z.array(ObsAction);

/**
 * A stored cue as the runtime runs it. Live settings live in the cue's loose config (`colour`, `plannedDurationMs`,
 * `preWaitMs`, `follow`, `hotkey`, `countdownMs`, `obsActions`); a countdown falls back to the flash sale's / giveaway's
 * `durationMs`. Explicit OBS actions are checked again (the runtime must never send OBS a malformed request); a list
 * that does not parse (say, an action kind from a newer version) falls back to the type's defaults, so the show still runs.
 * Placeholders are not re-checked here: an unknown one is shown as written, which is how a typo becomes visible.
 */
export function toRuntimeCue(cue: Pick<Cue, 'id' | 'type' | 'title' | 'config'>): RuntimeCue {
  const c = cue.config;
  const follow = FollowMode.safeParse(c.follow);
  const countdownMs = num(c.countdownMs) ?? num(c.durationMs);
  const obsActions = c.obsActions === null || c.obsActions === undefined ? null : StoredActions.safeParse(c.obsActions);
  return {
    id: cue.id,
    type: cue.type,
    title: cue.title,
    colour: str(c.colour),
    plannedDurationMs: num(c.plannedDurationMs),
    preWaitMs: num(c.preWaitMs) ?? 0,
    follow: follow.success ? follow.data : 'none',
    hotkey: str(c.hotkey),
    productId: str(c.productId),
    couponId: str(c.couponId),
    taskId: str(c.taskId),
    countdownMs: countdownMs === 0 ? null : countdownMs,
    sceneName: str(c.sceneName),
    obsActions: obsActions?.success ? obsActions.data : null,
    graphic: c.graphic !== false,
    flashPriceFen: cue.type === 'flash_sale' ? num(c.flashPriceFen) : null,
    flashQuantity: cue.type === 'flash_sale' ? num(c.flashQuantity) || null : null,
  };
}
