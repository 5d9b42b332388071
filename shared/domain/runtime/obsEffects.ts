import type { ObsAction } from '../obsActions';
import { OBS_PRODUCT_SCENE, OBS_SAFE_SCENE, OBS_SOURCES, type ObsSourceRole } from '../obsLayout';
import type { RunningCue, RuntimeCue, RuntimeState } from './runtimeState';
import { fillTemplate, formatCountdown, templateValues, usesValue } from './templates';

const text = (role: ObsSourceRole, template: string): ObsAction => ({ kind: 'setText', source: OBS_SOURCES[role], text: template });
const visible = (role: ObsSourceRole, on: boolean): ObsAction => ({
  kind: 'setVisible',
  scene: OBS_PRODUCT_SCENE,
  source: OBS_SOURCES[role],
  visible: on,
});

/** The product card the setup assistant lays out in its product scene. */
const card = (): ObsAction[] => [
  { kind: 'switchScene', scene: OBS_PRODUCT_SCENE },
  text('title', '{product.title}'),
  text('price', '{product.livePrice}'),
  { kind: 'setImage', source: OBS_SOURCES.image, file: '{product.imagePath}' },
  visible('title', true),
  visible('price', true),
  visible('image', true),
];
const countdown = (label: string): ObsAction[] => [text('countdown', `${label}{countdown}`), visible('countdown', true)];

/**
 * Defaults per cue type, so a show works without the user touching OBS: products switch to the product scene
 * and fill the card; coupons, giveaways and tasks only overlay, leaving whatever product is on screen.
 */
export function defaultActions(cue: RuntimeCue): ObsAction[] {
  switch (cue.type) {
    case 'product':
      return card();
    case 'flash_sale':
      return [...card(), ...countdown('秒杀 ')];
    case 'coupon':
      return countdown('{coupon.label} ');
    case 'giveaway':
      return [...(cue.taskId === null ? [] : [text('task', '{task.title} {task.reward}'), visible('task', true)]), ...countdown('福袋 ')];
    case 'task':
      return [text('task', '{task.title} {task.progress}'), visible('task', true), ...(cue.countdownMs === null ? [] : countdown(''))];
    case 'scene':
      return cue.sceneName === null ? [] : [{ kind: 'switchScene', scene: cue.sceneName }];
    case 'note':
      return [];
  }
}

/** What a cue asks of OBS, templates unfilled: its own actions, or the defaults for its type. */
export const cueActions = (cue: RuntimeCue): ObsAction[] => cue.obsActions ?? defaultActions(cue);
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
 * What OBS should show right now, for re-applying after OBS reconnects mid-show: the scene last put on air, then each
 * running cue's actions (in start order, so the latest wins) with countdowns as of `now`.
 */
export function desiredActions(state: RuntimeState, now: number): ObsAction[] {
  const scene: ObsAction[] = state.programScene === null ? [] : [{ kind: 'switchScene', scene: state.programScene }];
  if (state.panicAt !== null) return [...scene, ...panicActions().filter((a) => a.kind !== 'switchScene')];
  const cues = state.running.flatMap((run) => {
    const cue = state.cues.find((c) => c.id === run.cueId);
    return cue ? startActions(state, cue, run, now).filter((a) => a.kind !== 'switchScene') : [];
  });
  return [...scene, ...cues];
}

/** Panic: the safe scene on air and every LiveCue overlay hidden. */
export function panicActions(): ObsAction[] {
  return [
    { kind: 'switchScene', scene: OBS_SAFE_SCENE },
    ...(Object.keys(OBS_SOURCES) as ObsSourceRole[]).map((role) => visible(role, false)),
  ];
}
