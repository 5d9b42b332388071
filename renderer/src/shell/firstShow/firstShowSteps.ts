import type { ObsConnectionState } from '../../../../shared/domain/obsStatus';

/** The way from first launch to the first live session, in the order a new associate takes it. */
const FIRST_SHOW_STEPS = ['obs', 'graphics', 'products', 'show', 'preflight', 'goLive'] as const;
export type FirstShowStepId = (typeof FIRST_SHOW_STEPS)[number];

/** What the checklist ticks from: real state, never a "done" the user clicked. Null = not known yet. */
export interface FirstShowFacts {
  obs: ObsConnectionState | 'unknown';
  /** The camera scene chosen in the setup assistant (LiveCue's graphics sit on top of it). */
  showScene: string | null;
  /** Managed scenes/sources OBS did not have at its last resync. */
  obsMissing: readonly string[];
  productCount: number | null;
  /** Shows, and how many cues each has. */
  showCueCounts: readonly number[] | null;
  /** The checks of the show picked on the Live screen: null while none has answered. */
  preflightReady: boolean | null;
  sessionCount: number | null;
}

/**
 * Why a step is where it is, each with its own sentence:
 * - obs: the connection state; graphics: `needsObs` (cannot be built before OBS is ready), `missing` (built once,
 *   gone from OBS now);
 * - show: `empty` (shows exist, none has a cue yet).
 */
export type StepNote = 'needsObs' | 'missing' | 'empty' | null;

export interface FirstShowStep {
  id: FirstShowStepId;
  done: boolean;
  /** The first step not done: the one the checklist points at. */
  current: boolean;
  note: StepNote;
}

function stepDone(id: FirstShowStepId, f: FirstShowFacts): boolean {
  switch (id) {
    case 'obs':
      return f.obs === 'ready';
    case 'graphics':
      // While OBS is away its scenes cannot be read: trust the assistant's last run.
      return f.showScene !== null && (f.obs !== 'ready' || f.obsMissing.length === 0);
    case 'products':
      return (f.productCount ?? 0) > 0;
    case 'show':
      return (f.showCueCounts ?? []).some((n) => n > 0);
    case 'preflight':
      return f.preflightReady === true;
    case 'goLive':
      return (f.sessionCount ?? 0) > 0;
  }
}

function stepNote(id: FirstShowStepId, f: FirstShowFacts, done: boolean): StepNote {
  if (id === 'graphics' && f.showScene !== null && f.obs === 'ready' && f.obsMissing.length > 0) return 'missing';
  if (done) return null;
  if (id === 'graphics' && f.obs !== 'ready') return 'needsObs';
  if (id === 'show' && (f.showCueCounts?.length ?? 0) > 0) return 'empty';
  return null;
}

export function firstShowSteps(facts: FirstShowFacts): FirstShowStep[] {
  const done = FIRST_SHOW_STEPS.map((id) => stepDone(id, facts));
  const current = done.indexOf(false);
  return FIRST_SHOW_STEPS.map((id, i) => ({
    id,
    done: done[i] === true,
    current: i === current,
    note: stepNote(id, facts, done[i] === true),
  }));
}

/**
 * Whether the Live screen opens with the checklist: until the first session, or when the user asked for it again.
 * Unknown (not loaded yet) shows nothing, so a store that has gone live a hundred times never sees it flash.
 */
export function checklistShown(sessionCount: number | null, reopened: boolean): boolean {
  return reopened || sessionCount === 0;
}
