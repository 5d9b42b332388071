import type { SessionView } from '../../../../shared/domain/session/sessionView';
import { shareEqual } from '../../state/shareEqual';

/**
 * Which session view to keep when another arrives: a newer revision of the same session replaces it,
 * an older or equal one (a late push, a slow call result) is dropped, and another session replaces it outright.
 */
export function mergeView(held: SessionView | null, incoming: SessionView): SessionView {
  if (held === null || held.sessionId !== incoming.sessionId) return incoming;
  return incoming.revision > held.revision ? incoming : held;
}

/** A session the console should drive: one that is still live. */
export function isLive(view: SessionView | null): view is SessionView {
  return view !== null && view.state.phase === 'live';
}

/**
 * The view to hold: `incoming`, with every part it shares with the held view of the same session kept as the held
 * object (memoised components then skip what a GO did not change).
 */
export function shareView(held: SessionView | null, incoming: SessionView): SessionView {
  return held?.sessionId === incoming.sessionId ? shareEqual(held, incoming) : incoming;
}
