import type { ObsAction } from '../obsActions';
import { OBS_SAFE_SCENE } from '../obsLayout';
import type { RunningCue, RuntimeCue, RuntimeState } from './runtimeState';
import { fillTemplate, formatCountdown, templateValues, usesValue } from './templates';

/**
 * What a cue asks of OBS beyond its graphic: a scene cue switches to its scene; any cue may carry extra actions of its
 * own (switch to a close-up scene, show a source of the user's). The graphics themselves (product card, coupon,
 * countdown, task bar) are not actions: they are drawn from the running cues by the graphics renderers
 * (`shared/domain/overlay`), so no cue type switches away from the camera by default.
 */
function defaultActions(cue: RuntimeCue): ObsAction[] {
  return cue.type === 'scene' && cue.sceneName !== null ? [{ kind: 'switchScene', scene: cue.sceneName }] : [];
}

/** What a cue asks of OBS, templates unfilled: its type's action (a scene cue's switch), then its own extra actions. */
export const cueActions = (cue: RuntimeCue): ObsAction[] => [...defaultActions(cue), ...(cue.obsActions ?? [])];
const templatesOf = cueActions;

function fill(action: ObsAction, values: Record<string, string>): ObsAction | null {
  if (action.kind === 'setText') return { ...action, text: fillTemplate(action.text, values) };
  if (action.kind === 'setImage') {
    // No image known for this product: leave the source alone rather than point it at a placeholder.
    const file = fillTemplate(action.file, values);
    return file.includes('{') ? null : { ...action, file };
  }
  return action;
}

const countdownText = (run: RunningCue, now: number): string | null =>
  run.deadlineAt === null ? null : formatCountdown(run.deadlineAt - now);

/** The batch sent when a cue starts: its actions with templates filled. */
export function startActions(state: RuntimeState, cue: RuntimeCue, run: RunningCue, now: number): ObsAction[] {
  const values = templateValues(cue, state.catalog, countdownText(run, now), run.reached);
  const filled = templatesOf(cue).map((a) => [a, fill(a, values)] as const);
  // An image source with no picture for this product is hidden, not left showing the previous product's.
  const blank = new Set(filled.flatMap(([a, f]) => (a.kind === 'setImage' && f === null ? [a.source] : [])));
  return filled.flatMap(([, f]) => (f === null ? [] : f.kind === 'setVisible' && blank.has(f.source) ? { ...f, visible: false } : f));
}

/** Only the texts that use `name`, re-rendered: what a tick sends when the shown second changes, or a counter when a task moves. */
export function textActionsUsing(name: string, state: RuntimeState, cue: RuntimeCue, run: RunningCue, now: number): ObsAction[] {
  const values = templateValues(cue, state.catalog, countdownText(run, now), run.reached);
  return templatesOf(cue)
    .filter((a) => a.kind === 'setText' && usesValue(a.text, name))
    .flatMap((a) => fill(a, values) ?? []);
}

export const countdownActions = (state: RuntimeState, cue: RuntimeCue, run: RunningCue, now: number): ObsAction[] =>
  textActionsUsing('countdown', state, cue, run, now);

export const hasCountdownText = (cue: RuntimeCue): boolean =>
  templatesOf(cue).some((a) => a.kind === 'setText' && usesValue(a.text, 'countdown'));

const shownSources = (cue: RuntimeCue): { scene: string; source: string }[] =>
  templatesOf(cue).flatMap((a) => (a.kind === 'setVisible' && a.visible ? [{ scene: a.scene, source: a.source }] : []));

/** When a cue stops or completes: hide what it showed, unless a cue still running shows it too. */
export function endActions(state: RuntimeState, cue: RuntimeCue): ObsAction[] {
  const stillShown = new Set(
    state.running.flatMap((r) => {
      const other = state.cues.find((c) => c.id === r.cueId);
      return other ? shownSources(other).map((s) => `${s.scene}\u0000${s.source}`) : [];
    }),
  );
  return shownSources(cue)
    .filter((s) => !stillShown.has(`${s.scene}\u0000${s.source}`))
    .map((s) => ({ kind: 'setVisible', scene: s.scene, source: s.source, visible: false }));
}

/**
 * What OBS should show right now, for re-applying after OBS reconnects mid-show: the scene the show is on (the safe
 * scene during PANIC), then each running cue's own actions (in start order, so the latest wins) with countdowns as of
 * `now`. The graphics are re-drawn by their renderer.
 */
export function desiredActions(state: RuntimeState, now: number): ObsAction[] {
  const sceneName = state.panicAt !== null ? state.programScene : (state.showScene ?? state.programScene);
  const scene: ObsAction[] = sceneName === null ? [] : [{ kind: 'switchScene', scene: sceneName }];
  if (state.panicAt !== null) return scene;
  const cues = state.running.flatMap((run) => {
    const cue = state.cues.find((c) => c.id === run.cueId);
    return cue ? startActions(state, cue, run, now).filter((a) => a.kind !== 'switchScene') : [];
  });
  return [...scene, ...cues];
}

/** Panic: the safe scene on air. Every cue has ended, so the graphics renderer clears LiveCue's graphics too. */
export function panicActions(): ObsAction[] {
  return [{ kind: 'switchScene', scene: OBS_SAFE_SCENE }];
}
