import { z } from 'zod';
import { RuntimeState } from '../runtime/runtimeState';

/**
 * A live session as clients see it: the runtime state with a revision that grows with every
 * change, so a client can drop a late, older snapshot.
 */
export const SessionView = z.object({
  sessionId: z.string(),
  revision: z.number().int().positive(),
  state: RuntimeState,
});
export type SessionView = z.infer<typeof SessionView>;

/** The runtime state without what a session fixes when it starts (the cues and the catalog look-up). */
const SessionLiveState = RuntimeState.omit({ cues: true, catalog: true });

/**
 * A change to a live session as it is pushed and as a command answers: everything but the cues and the catalog,
 * which never change within a session. Every GO reaches every screen, and the cues are most of a session's size
 * (about 57 KB of 60 KB for 120 cues); a client takes them from the full view it read once (`session.start`,
 * `session.current`) and keeps them.
 */
export const SessionUpdate = z.object({
  sessionId: z.string(),
  revision: z.number().int().positive(),
  /** How many cues the session has, for lists that show it (the session list) without reading the cues. */
  cueCount: z.number().int().nonnegative(),
  state: SessionLiveState,
});
export type SessionUpdate = z.infer<typeof SessionUpdate>;

export function toSessionUpdate(view: SessionView): SessionUpdate {
  const { cues: _cues, catalog: _catalog, ...state } = view.state;
  return { sessionId: view.sessionId, revision: view.revision, cueCount: view.state.cues.length, state };
}

/**
 * The held view with an update applied: the held view itself when the update is not newer, the merged view when it
 * is, and null when the update is for another session than the one held (the caller re-reads the full view).
 */
export function applySessionUpdate(held: SessionView | null, update: SessionUpdate): SessionView | null {
  if (held === null || held.sessionId !== update.sessionId) return null;
  if (update.revision <= held.revision) return held;
  return {
    sessionId: update.sessionId,
    revision: update.revision,
    state: { ...update.state, cues: held.state.cues, catalog: held.state.catalog },
  };
}
