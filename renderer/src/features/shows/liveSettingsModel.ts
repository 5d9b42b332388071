import type { CueFollow, CueTemplateName } from '../../../../shared/domain/catalog/cueLiveSettings';
import type { CueType } from '../../../../shared/domain/catalog/show';
import type { ObsAction } from '../../../../shared/domain/obsActions';
import { OBS_SAFE_SCENE } from '../../../../shared/domain/obsLayout';
import { formatMinSec, parseMinSec } from '../../format/minSec';

export type ObsActionKind = ObsAction['kind'];
export const OBS_ACTION_KINDS: readonly ObsActionKind[] = ['switchScene', 'setVisible', 'setText', 'setImage'];
export const FOLLOW_MODES: readonly CueFollow[] = ['none', 'select_next', 'auto_continue', 'auto_follow'];

/** One OBS action as the editor holds it: every field any kind uses, so switching kind keeps what was typed. */
export interface ActionDraft {
  /** Stable React key; not saved. */
  key: number;
  kind: ObsActionKind;
  scene: string;
  source: string;
  visible: boolean;
  text: string;
  file: string;
}

/** The live settings the cue form edits, as text where an input holds them. */
export interface LiveDraft {
  colour: string | null;
  /** "m:ss" (or "h:mm:ss", or plain seconds). */
  plannedDuration: string;
  preWaitSec: string;
  follow: CueFollow;
  hotkey: string | null;
  /** Whether the cue's own graphic goes on stream (absent in the config = yes). */
  graphic: boolean;
  /** 'defaults': no extra OBS actions; 'custom': `actions` are sent when the cue starts, besides its graphic. */
  obsMode: 'defaults' | 'custom';
  actions: ActionDraft[];
}

let nextKey = 1;
export function newAction(kind: ObsActionKind = 'setText', from: Partial<Omit<ActionDraft, 'key'>> = {}): ActionDraft {
  return { key: nextKey++, kind, scene: '', source: '', visible: true, text: '', file: '', ...from };
}

function draftFromAction(action: ObsAction): ActionDraft {
  return newAction(action.kind, action);
}

/** Only the fields the kind has: the backend refuses extra keys on an action. */
export function actionFromDraft(a: ActionDraft): ObsAction {
  switch (a.kind) {
    case 'switchScene':
      return { kind: a.kind, scene: a.scene };
    case 'setVisible':
      return { kind: a.kind, scene: a.scene, source: a.source, visible: a.visible };
    case 'setText':
      return { kind: a.kind, source: a.source, text: a.text };
    case 'setImage':
      return { kind: a.kind, source: a.source, file: a.file };
  }
}

/** Seconds as typed ("2", "0.5") → ms; "" → null; not a number → undefined. */
export function parseSeconds(text: string): number | null | undefined {
  const raw = text.trim().replace(',', '.');
  if (raw === '') return null;
  const seconds = Number(raw);
  return Number.isFinite(seconds) ? Math.round(seconds * 1000) : undefined;
}

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

export function liveDraftFromConfig(config: Record<string, unknown>): LiveDraft {
  const planned = num(config.plannedDurationMs);
  const preWait = num(config.preWaitMs);
  const follow = typeof config.follow === 'string' ? FOLLOW_MODES.find((f) => f === config.follow) : undefined;
  const actions = Array.isArray(config.obsActions) ? (config.obsActions as ObsAction[]) : null;
  return {
    colour: typeof config.colour === 'string' ? config.colour : null,
    plannedDuration: planned === null ? '' : formatMinSec(planned),
    preWaitSec: preWait === null || preWait === 0 ? '' : String(preWait / 1000),
    follow: follow ?? 'none',
    hotkey: typeof config.hotkey === 'string' ? config.hotkey : null,
    graphic: config.graphic !== false,
    obsMode: actions ? 'custom' : 'defaults',
    actions: (actions ?? []).map(draftFromAction),
  };
}

/** Local problems, by the config path the backend would use, as message keys under shows.cueForm.live. */
export function liveDraftProblems(live: LiveDraft): Record<string, 'badPlanned' | 'badPreWait'> {
  const out: Record<string, 'badPlanned' | 'badPreWait'> = {};
  if (parseMinSec(live.plannedDuration) === undefined) out['config.plannedDurationMs'] = 'badPlanned';
  const preWait = parseSeconds(live.preWaitSec);
  if (preWait === undefined || (preWait !== null && preWait < 0)) out['config.preWaitMs'] = 'badPreWait';
  return out;
}

/**
 * `config` with the live settings of `live` written in. Defaults are left out rather than written (no colour, no
 * pre-wait, follow none, graphic shown, no extra OBS actions), so a cue that uses none of them keeps a small config.
 */
export function applyLiveDraft(config: Record<string, unknown>, live: LiveDraft): Record<string, unknown> {
  const out: Record<string, unknown> = { ...config };
  const set = (key: string, value: unknown) => {
    if (value === null || value === undefined) delete out[key];
    else out[key] = value;
  };
  set('colour', live.colour);
  set('plannedDurationMs', parseMinSec(live.plannedDuration));
  const preWait = parseSeconds(live.preWaitSec);
  set('preWaitMs', preWait === 0 ? null : preWait);
  set('follow', live.follow === 'none' ? null : live.follow);
  set('hotkey', live.hotkey);
  set('graphic', live.graphic ? null : false);
  set('obsActions', live.obsMode === 'custom' ? live.actions.map(actionFromDraft) : null);
  return out;
}

/** Cue types that put a graphic of their own on stream (product card, coupon, countdown, task bar); scenes and notes do not. */
export const hasGraphic = (type: CueType): boolean => type !== 'scene' && type !== 'note';

type CueLike = { config: Record<string, unknown> };
const actionsOf = (cue: CueLike): ObsAction[] => (Array.isArray(cue.config.obsActions) ? (cue.config.obsActions as ObsAction[]) : []);
const unique = (names: (string | null | undefined)[]): string[] => [
  ...new Set(names.filter((n): n is string => typeof n === 'string' && n.trim() !== '')),
];

/** Scenes to suggest: LiveCue's safe scene, the one OBS has on air, and those the show's cues already use. */
export function sceneSuggestions(cues: readonly CueLike[], onAir: string | null | undefined): string[] {
  return unique([
    OBS_SAFE_SCENE,
    onAir,
    ...cues.flatMap((c) => [
      typeof c.config.sceneName === 'string' ? c.config.sceneName : null,
      ...actionsOf(c).map((a) => (a.kind === 'switchScene' || a.kind === 'setVisible' ? a.scene : null)),
    ]),
  ]);
}

/** Sources to suggest: those the show's cues already use (LiveCue's own graphics are drawn for the cue, not by hand). */
export function sourceSuggestions(cues: readonly CueLike[]): string[] {
  return unique(cues.flatMap((c) => actionsOf(c).map((a) => (a.kind === 'switchScene' ? null : a.source))));
}

/** Text key (under shows.cueForm.obs.template) naming each placeholder on its insert button. */
export const TEMPLATE_LABELS = {
  'cue.title': 'cue_title',
  'product.title': 'product_title',
  'product.livePrice': 'product_livePrice',
  'product.imagePath': 'product_imagePath',
  'coupon.label': 'coupon_label',
  'task.title': 'task_title',
  'task.reward': 'task_reward',
  'task.target': 'task_target',
  'task.progress': 'task_progress',
  countdown: 'countdown',
} as const satisfies Record<CueTemplateName, string>;
