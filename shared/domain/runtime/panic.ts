import { type Draft, end, log, obs } from './lifecycle';
import { panicActions } from './obsEffects';
import type { Outcome } from './result';

/** Stop everything at once: pending waits cancelled, every running cue ended, the safe scene on air, overlays hidden. */
export function panic(d: Draft, now: number): Outcome {
  const { s } = d;
  s.pending = [];
  // Ending can fire follow-ups; with no auto-follow on 'panic' the list only shrinks.
  for (const r of [...s.running]) end(d, r.cueId, 'panic', now);
  s.panicAt = now;
  log(d, { type: 'panic', payload: { sessionId: s.sessionId, at: now } });
  obs(d, null, panicActions(), true);
  return null;
}

/** End the session: every running cue ends exactly once ('session_end'), then the session itself. */
export function endSession(d: Draft, now: number): Outcome {
  const { s } = d;
  s.pending = [];
  for (const r of [...s.running]) end(d, r.cueId, 'session_end', now);
  s.phase = 'ended';
  s.endedAt = now;
  log(d, { type: 'session.ended', payload: { sessionId: s.sessionId, at: now } });
  return null;
}
