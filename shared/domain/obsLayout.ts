import { z } from 'zod';

/**
 * The scenes and sources LiveCue creates and drives. Names are the contract with the user's OBS:
 * they are what the setup assistant creates and what cues refer to.
 */
export const OBS_PRODUCT_SCENE = 'LiveCue 商品讲解';
export const OBS_SAFE_SCENE = 'LiveCue 安全画面';

export const OBS_SOURCES = {
  title: 'LiveCue 商品标题',
  price: 'LiveCue 价格',
  image: 'LiveCue 商品图',
  countdown: 'LiveCue 优惠倒计时',
  task: 'LiveCue 关注任务',
} as const;
export type ObsSourceRole = keyof typeof OBS_SOURCES;

export const SetupReport = z.object({
  /** Text source kind used on this platform (text_ft2_source_v2 or text_gdiplus_v3). */
  textKind: z.string(),
  created: z.array(z.string()),
  existing: z.array(z.string()),
});
export type SetupReport = z.infer<typeof SetupReport>;

export const PreflightItem = z.object({
  kind: z.enum(['scene', 'source']),
  name: z.string(),
  exists: z.boolean(),
  /** Cue ids of the show that need it. */
  usedBy: z.array(z.string()),
});
export const PreflightReport = z.object({
  ready: z.boolean(),
  items: z.array(PreflightItem),
  /** Free space OBS reports for its recording path (GetStats), when it does. */
  recordDiskFreeMb: z.number().nonnegative().optional(),
});
export type PreflightReport = z.infer<typeof PreflightReport>;
