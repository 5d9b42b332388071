import { z } from 'zod';
import { DurationMs, EpochMs, Id } from './common';

export const ShowFields = z.object({
  name: z.string().trim().min(1, 'name is required').max(200),
  notes: z.string().max(10_000),
  /** When the live is planned to start; null when not scheduled. */
  plannedStartAt: EpochMs.nullable(),
});
export const ShowCreate = ShowFields.extend({
  notes: ShowFields.shape.notes.default(''),
  plannedStartAt: ShowFields.shape.plannedStartAt.default(null),
}).strict();
export type ShowCreate = z.infer<typeof ShowCreate>;
export const ShowPatch = ShowFields.partial().strict();
export type ShowPatch = z.infer<typeof ShowPatch>;

export const Show = ShowFields.extend({ id: Id, cueCount: z.number().int().nonnegative(), createdAt: EpochMs, updatedAt: EpochMs });
export type Show = z.infer<typeof Show>;

export const CueType = z.enum(['product', 'coupon', 'flash_sale', 'giveaway', 'task', 'scene', 'note']);
export type CueType = z.infer<typeof CueType>;

/**
 * What each cue type needs. Loose objects: keys added by a newer version are kept, not stripped,
 * so a cue list round-trips through an older console unharmed.
 */
export const CueConfigs = {
  product: z.looseObject({ productId: Id }),
  coupon: z.looseObject({ couponId: Id }),
  flash_sale: z.looseObject({ productId: Id, couponId: Id.optional(), durationMs: DurationMs.optional() }),
  giveaway: z.looseObject({ taskId: Id.optional(), durationMs: DurationMs.optional() }),
  task: z.looseObject({ taskId: Id }),
  scene: z.looseObject({ sceneName: z.string().trim().min(1, 'sceneName is required').max(256) }),
  note: z.looseObject({ text: z.string().max(2000) }),
} as const satisfies Record<CueType, z.ZodType>;
export type CueConfig = Record<string, unknown>;

/** Validates `config` against the schema of `type`, reporting problems under `config.…`. */
export function refineCueConfig(value: { type?: CueType | undefined; config?: unknown }, ctx: z.RefinementCtx): void {
  if (value.type === undefined || value.config === undefined) return;
  const parsed = CueConfigs[value.type].safeParse(value.config);
  if (parsed.success) return;
  for (const issue of parsed.error.issues) {
    ctx.addIssue({ code: 'custom', path: ['config', ...issue.path.filter((p) => typeof p !== 'symbol')], message: issue.message });
  }
}

export const Cue = z.object({
  id: Id,
  showId: Id,
  /** Fractional index; cues sort by it (byte order). */
  orderKey: z.string(),
  type: CueType,
  title: z.string(),
  config: z.record(z.string(), z.unknown()),
  createdAt: EpochMs,
  updatedAt: EpochMs,
});
export type Cue = z.infer<typeof Cue>;

/**
 * Where a cue goes: after `afterId` (null = at the start) and/or before `beforeId` (null = at the
 * end). Give both to say "between these two"; give neither to append. Positions name neighbours,
 * not indexes, so an edit made elsewhere in the list meanwhile does not shift where this one lands.
 */
export const CuePosition = {
  afterId: Id.nullable().optional(),
  beforeId: Id.nullable().optional(),
};

export const ShowWithCues = z.object({ show: Show, cues: z.array(Cue) });
export type ShowWithCues = z.infer<typeof ShowWithCues>;
