import type { RuntimeCommand } from './commands';
import { type Draft, end, fire } from './lifecycle';
import { type Outcome, reject } from './result';
import { cueById, cueIndex, nextCueId } from './runtimeState';

type Cmd<T extends RuntimeCommand['type']> = Extract<RuntimeCommand, { type: T }>;

/** GO: fire standby and advance. Debounce is checked first so a double press reads as one press, not as a stale one. */
export function go(d: Draft, cmd: Cmd<'go'>, now: number): Outcome {
  const { s } = d;
  if (s.lastGoAt !== null && now >= s.lastGoAt && now - s.lastGoAt < s.debounceMs) {
    return reject('debounced', `GO within ${s.debounceMs} ms of the previous one`);
  }
  if ((s.guardStandby || cmd.checkStandby === true) && cmd.expectedStandbyId !== s.standbyId) {
    return reject('stale_standby', `standby is ${s.standbyId ?? 'none'}, not ${cmd.expectedStandbyId ?? 'none'}`);
  }
  const cue = s.standbyId === null ? undefined : cueById(s, s.standbyId);
  if (!cue) return reject('no_standby', 'no cue on standby');
  s.lastGoAt = now;
  s.standbyId = nextCueId(s, cue.id);
  fire(d, cue, 'go', now);
  return null;
}

/** Fire any cue out of order. Standby stays put: a jump is usually an extra (a coupon now), not a new place in the show. */
export function jump(d: Draft, cmd: Cmd<'jump'>, now: number): Outcome {
  const cue = cueById(d.s, cmd.cueId);
  if (!cue) return reject('unknown_cue', `no cue ${cmd.cueId}`);
  fire(d, cue, 'jump', now);
  return null;
}

/** 返场: the product again, as a new explain interval (the running one, if any, ends first). */
export function refire(d: Draft, cmd: Cmd<'refire'>, now: number): Outcome {
  const cue = cueById(d.s, cmd.cueId);
  if (!cue) return reject('unknown_cue', `no cue ${cmd.cueId}`);
  if (cue.type !== 'product') return reject('not_a_product', `cue ${cue.id} is a ${cue.type} cue`);
  fire(d, cue, 'refire', now);
  return null;
}

export function setStandby(d: Draft, cmd: Cmd<'setStandby'>): Outcome {
  if (cmd.cueId !== null && !cueById(d.s, cmd.cueId)) return reject('unknown_cue', `no cue ${cmd.cueId}`);
  d.s.standbyId = cmd.cueId;
  return null;
}

export function skip(d: Draft): Outcome {
  if (d.s.standbyId === null) return reject('no_standby', 'no cue on standby');
  d.s.standbyId = nextCueId(d.s, d.s.standbyId);
  return null;
}

/** Standby to the previous cue; from the end of the list (no standby) to the last cue. */
export function back(d: Draft): Outcome {
  const { s } = d;
  const i = s.standbyId === null ? s.cues.length : cueIndex(s, s.standbyId);
  const prev = s.cues[i - 1];
  if (!prev) return reject('at_start', 'standby is already the first cue');
  s.standbyId = prev.id;
  return null;
}

/** Stop one cue: a running one ends ('stopped'); one still in its pre-wait is called off (it never started, so nothing is logged). */
export function stop(d: Draft, cmd: Cmd<'stop'>, now: number): Outcome {
  const { s } = d;
  if (s.running.some((r) => r.cueId === cmd.cueId)) {
    end(d, cmd.cueId, 'stopped', now);
    return null;
  }
  if (s.pending.some((p) => p.cueId === cmd.cueId)) {
    s.pending = s.pending.filter((p) => p.cueId !== cmd.cueId);
    return null;
  }
  return reject(cueById(s, cmd.cueId) ? 'not_running' : 'unknown_cue', `cue ${cmd.cueId} is not running`);
}
