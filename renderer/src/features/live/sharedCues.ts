import type { RuntimeCue } from '../../../../shared/domain/runtime';
import type { SessionView } from '../../../../shared/domain/session/sessionView';

function sameCue(a: RuntimeCue, b: RuntimeCue): boolean {
  for (const key of Object.keys(b) as (keyof RuntimeCue)[]) {
    const x = a[key];
    const y = b[key];
    if (x === y) continue;
    // Only obsActions is not a plain value; it is small and rarely set.
    if (typeof x !== 'object' || typeof y !== 'object' || JSON.stringify(x) !== JSON.stringify(y)) return false;
  }
  return Object.keys(a).length === Object.keys(b).length;
}

/**
 * The incoming view with the held view's cue objects wherever a cue did not change (and the held list itself when
 * none did). Every push carries the whole show; keeping unchanged cues identical lets the cue list re-render only
 * the rows a GO touched, so its cost does not grow with the length of the show.
 */
export function shareCues(held: SessionView | null, incoming: SessionView): SessionView {
  if (held === null || held.sessionId !== incoming.sessionId || held === incoming) return incoming;
  const before = new Map(held.state.cues.map((c) => [c.id, c]));
  let changed = held.state.cues.length !== incoming.state.cues.length;
  const cues = incoming.state.cues.map((cue, i) => {
    const old = before.get(cue.id);
    if (old !== undefined && sameCue(old, cue)) {
      if (held.state.cues[i] !== old) changed = true;
      return old;
    }
    changed = true;
    return cue;
  });
  return { ...incoming, state: { ...incoming.state, cues: changed ? cues : held.state.cues } };
}
