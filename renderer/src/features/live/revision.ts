import type { SessionView } from '../../../../shared/domain/session/sessionView';

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
