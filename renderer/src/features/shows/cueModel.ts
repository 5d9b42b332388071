import { CueType } from '../../../../shared/domain/catalog/show';
import { readCount } from '../../format/count';
import { fenToYuanInput, parseYuan } from '../../format/money';
import type { RefInfo, RefKind } from '../../state/catalog/catalogRefs';

export type { RefInfo, RefKind };

/** Cue types in the order the add form offers them (most used first). */
export const CUE_TYPES: readonly CueType[] = CueType.options;

/** A reference from a cue's config to a catalog item. */
export interface CueRef {
  kind: RefKind;
  id: string;
  /** The config key holding the id. */
  key: 'productId' | 'couponId' | 'taskId';
}

/** The catalog item a cue type is built around, and whether it must be picked. */
export function pickerFor(type: CueType): { kind: RefKind; key: CueRef['key']; required: boolean } | null {
  switch (type) {
    case 'product':
    case 'flash_sale':
      return { kind: 'product', key: 'productId', required: true };
    case 'coupon':
      return { kind: 'coupon', key: 'couponId', required: true };
    case 'task':
      return { kind: 'task', key: 'taskId', required: true };
    case 'giveaway':
      return { kind: 'task', key: 'taskId', required: false };
    default:
      return null;
  }
}

/** Whether the type runs for a set time (flash sale, giveaway). */
const hasDuration = (type: CueType) => type === 'flash_sale' || type === 'giveaway';

/**
 * The config key holding the on-stream countdown: a flash sale's or giveaway's duration, or an optional countdown on
 * products, coupons and tasks (the claim window); scenes and notes have none.
 */
export function countdownKey(type: CueType): 'durationMs' | 'countdownMs' | null {
  if (hasDuration(type)) return 'durationMs';
  return type === 'product' || type === 'coupon' || type === 'task' ? 'countdownMs' : null;
}

/** Every catalog item a cue refers to, in reading order. */
export function cueRefs(type: CueType, config: Record<string, unknown>): CueRef[] {
  const out: CueRef[] = [];
  const add = (kind: RefKind, key: CueRef['key']) => {
    const id = config[key];
    if (typeof id === 'string' && id !== '') out.push({ kind, id, key });
  };
  if (type === 'product' || type === 'flash_sale') add('product', 'productId');
  if (type === 'coupon' || type === 'flash_sale') add('coupon', 'couponId');
  if (type === 'task' || type === 'giveaway') add('task', 'taskId');
  return out;
}

/** Cache key of a referenced item. */
export const refKey = (ref: { kind: RefKind; id: string }) => `${ref.kind}:${ref.id}`;

/** One line naming a referenced item: "SKU · title" for products, the title otherwise. */
export function refText(info: RefInfo | undefined): string | null {
  if (info?.state !== 'ok') return null;
  return info.code ? `${info.code} · ${info.title}` : info.title;
}

/** The values the cue form edits, as text (what inputs hold). */
export interface CueDraft {
  type: CueType;
  title: string;
  itemId: string | null;
  text: string;
  sceneName: string;
  durationSec: string;
  /** A flash sale's 秒杀价 in yuan, and how many are offered at it. */
  flashPrice: string;
  flashQuantity: string;
}

export function emptyDraft(type: CueType = 'product'): CueDraft {
  return { type, title: '', itemId: null, text: '', sceneName: '', durationSec: '', flashPrice: '', flashQuantity: '' };
}

/** The form values for an existing cue. */
export function draftFromCue(cue: { type: CueType; title: string; config: Record<string, unknown> }): CueDraft {
  const picker = pickerFor(cue.type);
  const id = picker ? cue.config[picker.key] : undefined;
  const key = countdownKey(cue.type);
  const duration = key ? cue.config[key] : undefined;
  return {
    type: cue.type,
    title: cue.title,
    itemId: typeof id === 'string' ? id : null,
    text: typeof cue.config.text === 'string' ? cue.config.text : '',
    sceneName: typeof cue.config.sceneName === 'string' ? cue.config.sceneName : '',
    durationSec: typeof duration === 'number' ? String(Math.round(duration / 1000)) : '',
    flashPrice: typeof cue.config.flashPriceFen === 'number' ? fenToYuanInput(cue.config.flashPriceFen) : '',
    flashQuantity: typeof cue.config.flashQuantity === 'number' ? String(cue.config.flashQuantity) : '',
  };
}

/**
 * The config to send for a draft. `base` is the cue's current config when its type stays the same:
 * keys this form does not edit (a flash sale's coupon, keys from a newer version) are kept.
 * Values the form cannot read as numbers are passed through as they are, so the backend names the field.
 */
export function configFromDraft(draft: CueDraft, base: Record<string, unknown> = {}): Record<string, unknown> {
  const config: Record<string, unknown> = { ...base };
  const picker = pickerFor(draft.type);
  if (picker) {
    if (draft.itemId) config[picker.key] = draft.itemId;
    else delete config[picker.key];
  }
  if (draft.type === 'note') config.text = draft.text;
  if (draft.type === 'scene') config.sceneName = draft.sceneName;
  const key = countdownKey(draft.type);
  if (key) {
    const raw = draft.durationSec.trim();
    if (raw === '') delete config[key];
    else {
      const seconds = Number(raw);
      config[key] = Number.isFinite(seconds) ? Math.round(seconds * 1000) : raw;
    }
  }
  if (draft.type === 'flash_sale') {
    const price = parseYuan(draft.flashPrice);
    const quantity = readCount(draft.flashQuantity);
    setOrDrop(config, 'flashPriceFen', price.ok ? price.fen : draft.flashPrice);
    setOrDrop(config, 'flashQuantity', quantity === undefined ? draft.flashQuantity : quantity);
  }
  return config;
}

const setOrDrop = (config: Record<string, unknown>, key: string, value: unknown) => {
  if (value === null || value === '') delete config[key];
  else config[key] = value;
};

/** What the form cannot read in a flash sale's price and quantity, by config path, as keys under shows.cueForm. */
export function flashProblems(draft: CueDraft): Record<string, 'flashPriceInvalid' | 'flashQuantityInvalid'> {
  if (draft.type !== 'flash_sale') return {};
  const out: Record<string, 'flashPriceInvalid' | 'flashQuantityInvalid'> = {};
  if (!parseYuan(draft.flashPrice).ok) out['config.flashPriceFen'] = 'flashPriceInvalid';
  if (readCount(draft.flashQuantity) === undefined) out['config.flashQuantity'] = 'flashQuantityInvalid';
  return out;
}

/** Title to send: empty means "let the backend name it after the item" (not allowed for notes and scenes). */
export function titleFromDraft(draft: CueDraft): string | undefined {
  const title = draft.title.trim();
  if (title !== '') return title;
  if (draft.type === 'note') return firstLine(draft.text, 60) || undefined;
  if (draft.type === 'scene') return draft.sceneName.trim() || undefined;
  return undefined;
}

/** The first line of `text`, cut to `max` characters with an ellipsis. */
export function firstLine(text: string, max: number): string {
  const line = (text.trim().split(/\r?\n/)[0] ?? '').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}
