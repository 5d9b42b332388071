import { z } from 'zod';
import { DurationMs, EpochMs, Fen, Id } from './common';
import { CountdownMs, cueLiveSettingsShape, notUsed } from './cueLiveSettings';

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

/** A show received from head office (总部下发): read-only here; duplicate it to change it. */
export const ShowOrigin = z.object({
  /** What head office publishes under across versions (the producer's show id): a newer version replaces this show. */
  key: z.string(),
  publicationId: z.number().int().positive(),
  version: z.number().int().positive(),
  publishedAt: EpochMs,
  publishedBy: z.string(),
});
export type ShowOrigin = z.infer<typeof ShowOrigin>;

export const Show = ShowFields.extend({
  id: Id,
  cueCount: z.number().int().nonnegative(),
  createdAt: EpochMs,
  updatedAt: EpochMs,
  /** Null for the store's own shows. */
  origin: ShowOrigin.nullable(),
});
export type Show = z.infer<typeof Show>;

export const CueType = z.enum(['product', 'coupon', 'flash_sale', 'giveaway', 'task', 'scene', 'note']);
export type CueType = z.infer<typeof CueType>;

/**
 * What each cue type needs, plus the live settings every cue shares (colour, planned duration, pre-wait, follow,
 * hotkey, OBS actions). Loose objects: keys added by a newer version are kept, not stripped, so a cue list
 * round-trips through an older console unharmed.
 */
const cueConfig = <T extends z.ZodRawShape>(shape: T) => z.looseObject({ ...shape, ...cueLiveSettingsShape });
const durationCountdown = notUsed('this cue type counts down its durationMs; set that instead of countdownMs');
const noCountdown = notUsed('this cue type has no countdown');
export const CueConfigs = {
  product: cueConfig({ productId: Id, countdownMs: CountdownMs }),
  coupon: cueConfig({ couponId: Id, countdownMs: CountdownMs }),
  flash_sale: cueConfig({
    productId: Id,
    couponId: Id.optional(),
    /** 秒杀价 in fen: on the console card and on stream. Absent in cues made before it existed (then a 秒杀 coupon's price, else the live price). */
    flashPriceFen: Fen.optional(),
    /** Units offered at the flash price; what is left (minus orders counted during the sale) is shown on stream. */
    flashQuantity: z
      .number()
      .int('flashQuantity must be a whole number')
      .positive('flashQuantity must be at least 1')
      .max(1_000_000_000)
      .optional(),
    durationMs: DurationMs.optional(),
    countdownMs: durationCountdown,
  }),
  giveaway: cueConfig({ taskId: Id.optional(), durationMs: DurationMs.optional(), countdownMs: durationCountdown }),
  task: cueConfig({ taskId: Id, countdownMs: CountdownMs }),
  scene: cueConfig({ sceneName: z.string().trim().min(1, 'sceneName is required').max(256), countdownMs: noCountdown }),
  note: cueConfig({ text: z.string().max(2000), countdownMs: noCountdown }),
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
