import type { ObsAction } from '../obsActions';
import type { CueEndReason, StartTrigger } from '../session/sessionEvents';
import type { Effect, LogEvent } from './effects';
import { countdownActions, endActions, hasCountdownText, startActions } from './obsEffects';
import { cueById, nextCueId, type RunningCue, type RuntimeCue, type RuntimeState } from './runtimeState';
import { plannedStartOf } from './timeline';

/** A reduce step in progress: a private copy of the state (containers copied, entries replaced not mutated) and the effects so far. */
export interface Draft {
  s: RuntimeState;
  effects: Effect[];
}

export function draftOf(state: RuntimeState): Draft {
  return {
    s: {
      ...state,
      running: [...state.running],
      pending: [...state.pending],
      lastRun: { ...state.lastRun },
      counters: { ...state.counters },
      gauges: { ...state.gauges },
    },
    effects: [],
  };
}

export function log(d: Draft, event: LogEvent): void {
  d.effects.push({ kind: 'log', event });
}

/** Queues a batch for OBS. A scene switch also moves the show's scene, except PANIC's switch to the safe scene. */
export function obs(d: Draft, cueId: string | null, actions: ObsAction[], panic = false): void {
  if (actions.length === 0) return;
  d.effects.push({ kind: 'obs', cueId, actions });
  for (const a of actions) {
    if (a.kind !== 'switchScene') continue;
    d.s.programScene = a.scene;
    if (!panic) d.s.showScene = a.scene;
  }
}

/** Fires a cue: it starts now, or after its pre-wait (a pending start the clock completes). */
export function fire(d: Draft, cue: RuntimeCue, trigger: StartTrigger, at: number): void {
  d.s.pending = d.s.pending.filter((p) => p.cueId !== cue.id);
  if (cue.preWaitMs > 0) d.s.pending.push({ cueId: cue.id, startAt: at + cue.preWaitMs, trigger });
  else start(d, cue, trigger, at);
}

export function start(d: Draft, cue: RuntimeCue, trigger: StartTrigger, at: number): void {
  // One run per cue (firing a running cue restarts it), and one product explained at a time.
  for (const r of [...d.s.running]) {
    const other = cueById(d.s, r.cueId);
    if (r.cueId === cue.id || (cue.type === 'product' && other?.type === 'product')) end(d, r.cueId, 'next', at);
  }
  const deadlineAt = cue.countdownMs === null ? null : at + cue.countdownMs;
  const run: RunningCue = {
    cueId: cue.id,
    startedAt: at,
    trigger,
    deadlineAt,
    plannedEndAt: cue.plannedDurationMs === null ? deadlineAt : at + cue.plannedDurationMs,
    shownCountdown: null,
    reached: 0,
  };
  const own = startActions(d.s, cue, run, at);
  // The first cue after PANIC, whatever its type, takes the show back to its scene (unless it switches scene itself).
  const back = d.s.panicAt !== null && !own.some((a) => a.kind === 'switchScene') ? d.s.showScene : null;
  const actions: ObsAction[] = back === null ? own : [{ kind: 'switchScene', scene: back }, ...own];
  if (deadlineAt !== null && hasCountdownText(cue)) run.shownCountdown = countdownText(d, cue, run, at);
  d.s.running.push(run);
  d.s.lastRun[cue.id] = { startedAt: at, endedAt: null };
  d.s.panicAt = null;
  log(d, {
    type: 'cue.started',
    payload: {
      sessionId: d.s.sessionId,
      cueId: cue.id,
      cueType: cue.type,
      title: cue.title,
      at,
      trigger,
      productId: cue.productId,
      couponId: cue.couponId,
      taskId: cue.taskId,
      plannedStartAt: plannedStartOf(d.s, cue.id),
      plannedDurationMs: cue.plannedDurationMs,
      deadlineAt,
      taskTarget: cue.taskId === null ? null : (d.s.catalog.tasks[cue.taskId]?.target ?? null),
      taskCounter: cue.taskId === null ? null : (d.s.catalog.tasks[cue.taskId]?.counter ?? null),
    },
  });
  if (cue.couponId !== null && (cue.type === 'coupon' || cue.type === 'flash_sale')) {
    const coupon = d.s.catalog.coupons[cue.couponId];
    log(d, {
      type: 'coupon.dropped',
      payload: { sessionId: d.s.sessionId, couponId: cue.couponId, quantity: coupon?.quantity ?? null, claimUntil: deadlineAt, at },
    });
  }
  obs(d, cue.id, actions);
  // Scene and note cues do their work at once; without a countdown they are over as soon as they start.
  if ((cue.type === 'scene' || cue.type === 'note') && deadlineAt === null) end(d, cue.id, 'completed', at);
  if (cue.follow === 'auto_continue') fireNext(d, cue, 'auto_continue', at);
}

export function end(d: Draft, cueId: string, reason: CueEndReason, at: number): void {
  if (!d.s.running.some((r) => r.cueId === cueId)) return;
  d.s.running = d.s.running.filter((r) => r.cueId !== cueId);
  const last = d.s.lastRun[cueId];
  if (last) d.s.lastRun[cueId] = { ...last, endedAt: at };
  log(d, { type: 'cue.ended', payload: { sessionId: d.s.sessionId, cueId, at, reason } });
  const cue = cueById(d.s, cueId);
  if (!cue) return;
  // 'next' is followed by the replacing cue's own batch; panic and session end send their own.
  if (reason === 'stopped' || reason === 'completed') obs(d, cueId, endActions(d.s, cue));
  if (reason !== 'completed') return;
  if (cue.follow === 'auto_follow') fireNext(d, cue, 'auto_follow', at);
  if (cue.follow === 'select_next') d.s.standbyId = nextCueId(d.s, cue.id);
}

/** Auto-continue / auto-follow: fire the cue after `cue`; if it was standby, standby moves past it (QLab/LSP behaviour). */
function fireNext(d: Draft, cue: RuntimeCue, trigger: StartTrigger, at: number): void {
  const nextId = nextCueId(d.s, cue.id);
  const next = nextId === null ? undefined : cueById(d.s, nextId);
  if (!next) return;
  if (d.s.standbyId === next.id) d.s.standbyId = nextCueId(d.s, next.id);
  fire(d, next, trigger, at);
}

function countdownText(d: Draft, cue: RuntimeCue, run: RunningCue, now: number): string {
  return countdownActions(d.s, cue, run, now)
    .map((a) => (a.kind === 'setText' ? a.text : ''))
    .join('\u0000');
}

/** Re-sends the countdown of the most recently started countdown cue when the shown text changes (once a second). */
export function refreshCountdown(d: Draft, now: number): void {
  for (let i = d.s.running.length - 1; i >= 0; i--) {
    const run = d.s.running[i];
    const cue = run ? cueById(d.s, run.cueId) : undefined;
    if (!run || !cue || run.deadlineAt === null || !hasCountdownText(cue)) continue;
    const shown = countdownText(d, cue, run, now);
    if (shown !== run.shownCountdown) {
      d.s.running[i] = { ...run, shownCountdown: shown };
      obs(d, cue.id, countdownActions(d.s, cue, run, now));
    }
    return;
  }
}
