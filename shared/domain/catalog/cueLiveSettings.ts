import { z } from 'zod';
import { ObsAction } from '../obsActions';
import { DurationMs } from './common';

/**
 * Live settings every cue may carry in its config, whatever its type: how it looks in the console, how long it is
 * planned to run, what happens after it, its hotkey and what it asks OBS to do.
 */

/** Swatches the editor offers; any #RRGGBB is accepted so a colour picked elsewhere survives. */
export const CUE_COLOURS = ['#E5484D', '#F76B15', '#FFC53D', '#30A46C', '#12A594', '#0090FF', '#8E4EC6', '#D6409F', '#8B8D98'] as const;
const CueColour = z.string().regex(/^#[0-9A-Fa-f]{6}$/, 'must be a colour like #E5484D');

/** Same values as the runtime's FollowMode (kept apart because the runtime imports this module; a test keeps them equal). */
export const CueFollow = z.enum(['none', 'select_next', 'auto_continue', 'auto_follow'], {
  message: 'must be none, select_next, auto_continue or auto_follow',
});
export type CueFollow = z.infer<typeof CueFollow>;

const ms = () => z.number({ message: 'must be a number of milliseconds' }).int('must be whole milliseconds');
/** Planned length on the timeline; absent or null = not planned. */
const PlannedDurationMs = ms().positive('must be longer than 0').max(86_400_000, 'must be at most 24 h');
/** Wait between firing and starting; an hour is far beyond any real show and catches seconds typed as ms. */
const PreWaitMs = ms().nonnegative('must not be negative').max(3_600_000, 'must be at most 1 h');

/** Modifiers in the one order a hotkey is written in, so equal hotkeys are equal strings. */
export const HOTKEY_MODIFIERS = ['Ctrl', 'Alt', 'Shift', 'Meta'] as const;
/** KeyboardEvent.code names a cue may use. F13–F24 are what programmable keypads send. */
const HOTKEY_KEY = /^(F([1-9]|1[0-9]|2[0-4])|Digit[0-9]|Key[A-Z]|Numpad[0-9])$/;
/** Keys the live console keeps for itself. */
export const RESERVED_KEYS: Readonly<Record<string, string>> = { Space: 'GO', Escape: 'panic', F11: 'live mode' };

/** Why `spec` is not a usable hotkey, or null when it is. */
export function hotkeyProblem(spec: string): string | null {
  const parts = spec.split('+');
  const key = parts.pop() ?? '';
  const reserved = RESERVED_KEYS[key];
  if (reserved) return `${key} is reserved for ${reserved} in the live console`;
  if (!HOTKEY_KEY.test(key)) return `"${key}" is not a hotkey key: use F1–F24, Digit0–9, KeyA–Z or Numpad0–9`;
  let last = -1;
  for (const modifier of parts) {
    const at = HOTKEY_MODIFIERS.indexOf(modifier as (typeof HOTKEY_MODIFIERS)[number]);
    if (at < 0) return `"${modifier}" is not a modifier: use Ctrl, Alt, Shift or Meta`;
    if (at <= last) return 'write modifiers once each, in the order Ctrl+Alt+Shift+Meta';
    last = at;
  }
  // Ctrl+1..9 (Cmd on a Mac) switch areas in the shell, which sees the key first; numpad digits count too.
  const digit = /^(?:Digit|Numpad)[1-9]$/.test(key);
  if (digit && parts.length === 1 && (parts[0] === 'Ctrl' || parts[0] === 'Meta')) {
    return `${spec} is reserved for switching areas (Ctrl/Cmd+1…9)`;
  }
  return null;
}

const CueHotkey = z.string({ message: 'must be a key such as F1 or Ctrl+KeyQ' }).superRefine((spec, ctx) => {
  const problem = hotkeyProblem(spec);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

/** Placeholders an OBS text (or image path) may hold; the runtime fills them when the cue fires. */
export const CUE_TEMPLATE_NAMES = [
  'cue.title',
  'product.title',
  'product.livePrice',
  'product.imagePath',
  'coupon.label',
  'task.title',
  'task.reward',
  'task.target',
  'task.progress',
  'countdown',
] as const;
export type CueTemplateName = (typeof CUE_TEMPLATE_NAMES)[number];
const KNOWN_TEMPLATES = new Set<string>(CUE_TEMPLATE_NAMES);

/** Placeholders in `text` that the runtime would not fill (it would show them as written). */
export function unknownPlaceholders(text: string): string[] {
  return [...text.matchAll(/\{([A-Za-z][A-Za-z0-9_.]*)\}/g)].flatMap((m) => (m[1] && !KNOWN_TEMPLATES.has(m[1]) ? [m[1]] : []));
}

const templated = (text: string, field: string, ctx: z.RefinementCtx) => {
  const unknown = unknownPlaceholders(text)[0];
  if (unknown === undefined) return;
  ctx.addIssue({ code: 'custom', path: [field], message: `unknown placeholder {${unknown}}; known: ${CUE_TEMPLATE_NAMES.join(', ')}` });
};

/** An action a cue asks of OBS, its text or image path checked for placeholders the runtime knows. */
const CueObsAction = ObsAction.superRefine((action, ctx) => {
  if (action.kind === 'setText') templated(action.text, 'text', ctx);
  if (action.kind === 'setImage') templated(action.file, 'file', ctx);
});

/** Explicit OBS actions; absent or null = the defaults for the cue's type. */
const CueObsActions = z.array(CueObsAction, { message: 'must be a list of OBS actions, or null for the defaults' }).max(50);

/** Countdown of types whose countdown is not `durationMs`: when it runs out the cue completes. */
export const CountdownMs = DurationMs.nullable().optional();

/** Rejects a key a cue type does not use, instead of keeping a setting that would silently do nothing. */
export const notUsed = (message: string) =>
  z
    .unknown()
    .refine((v) => v === null, message)
    .optional();

/** The settings every cue type shares, merged into each type's config schema. */
export const cueLiveSettingsShape = {
  colour: CueColour.nullable().optional(),
  plannedDurationMs: PlannedDurationMs.nullable().optional(),
  preWaitMs: PreWaitMs.optional(),
  follow: CueFollow.optional(),
  hotkey: CueHotkey.nullable().optional(),
  obsActions: CueObsActions.nullable().optional(),
  /** Whether the cue's own graphic (product card, coupon, countdown, task bar) goes on stream; absent = yes. */
  graphic: z.boolean({ message: 'graphic must be true or false' }).optional(),
};
