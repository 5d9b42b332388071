import { z } from 'zod';

import type { OverlayElement, PartId } from './overlay/overlayParts';

/**
 * The scenes and sources LiveCue creates and drives. Names are the contract with the user's OBS:
 * they are what the setup assistant creates and what cues and the graphics renderer refer to.
 */
/** LiveCue's graphics, one scene nested at the top of the user's camera scene(s): shown over the camera, never instead of it. */
export const OBS_OVERLAY_SCENE = 'LiveCue 图层';
/** The camera scene the setup assistant builds when the user has none: their camera with LiveCue's graphics on top. */
export const OBS_CAMERA_SCENE = 'LiveCue 直播画面';
/** The camera source it creates from a video capture device. */
export const OBS_CAMERA_INPUT = 'LiveCue 摄像头';
export const OBS_SAFE_SCENE = 'LiveCue 安全画面';
/** The browser source showing the overlay page, where OBS has one (instead of the native sources). */
export const OBS_BROWSER_OVERLAY = 'LiveCue 图层网页';

const ELEMENT_NAMES: Record<OverlayElement, string> = {
  logo: '标志',
  task: '互动任务',
  giveaway: '福袋',
  coupon: '优惠券',
  flashSale: '秒杀',
  product: '商品卡',
};
const PART_NAMES: Record<string, string> = {
  panel: '底板',
  image: '图片',
  title: '标题',
  progress: '进度',
  barTrack: '进度条底',
  barFill: '进度条',
  heading: '标题',
  prize: '奖品',
  entry: '参与条件',
  countdown: '倒计时',
  name: '名称',
  value: '面额',
  condition: '使用条件',
  price: '价格',
  quantity: '剩余',
  badgeBg: '角标底',
  badge: '角标',
  listPrice: '原价',
  strike: '划线',
};

/** The OBS source of one part of the graphics, e.g. product.title → "LiveCue 商品卡·标题". */
export function overlaySourceName(part: PartId): string {
  const [element, role] = part.split('.') as [OverlayElement, string];
  return `LiveCue ${ELEMENT_NAMES[element]}·${PART_NAMES[role] ?? role}`;
}

export const GraphicsRenderer = z.enum(['native', 'browser']);
export type GraphicsRenderer = z.infer<typeof GraphicsRenderer>;

export const SetupReport = z.object({
  /** Text source kind used on this platform (text_ft2_source_v2 or text_gdiplus_v3). */
  textKind: z.string(),
  created: z.array(z.string()),
  existing: z.array(z.string()),
  /** The scene the show goes live on (the camera scene carrying LiveCue's graphics). */
  showScene: z.string().nullable(),
  /** Camera scenes LiveCue's graphics were put on top of (already there counts too). */
  overlaidScenes: z.array(z.string()),
  renderer: GraphicsRenderer,
});
export type SetupReport = z.infer<typeof SetupReport>;

const SceneName = z.string().trim().min(1, 'a scene name is required').max(256);

/**
 * Which shot is the camera, for the setup assistant: the user's own scenes (LiveCue's graphics go on top of each),
 * one of their video sources (LiveCue builds its camera scene around it), or a video capture device it adds.
 */
export const CameraChoice = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('scenes'), scenes: z.array(SceneName).min(1, 'choose at least one scene').max(20) }).strict(),
  z.object({ kind: z.literal('input'), input: SceneName }).strict(),
  z.object({ kind: z.literal('device'), deviceId: z.string().min(1, 'choose a device').max(1000) }).strict(),
]);
export type CameraChoice = z.infer<typeof CameraChoice>;

export const SetupInput = z
  .object({
    /** Absent: keep the camera set-up as it is (the graphics and the safe scene are still checked). */
    camera: CameraChoice.optional(),
    /** Native OBS sources (every OBS), or the overlay page in a browser source (where OBS has one). */
    renderer: GraphicsRenderer.default('native'),
  })
  .strict();
export type SetupInput = z.infer<typeof SetupInput>;

/** What the setup assistant offers: the user's scenes and video sources, capture devices, and the renderers. */
export const CameraOptions = z.object({
  scenes: z.array(
    z.object({
      name: z.string(),
      /** It shows a video capture source: probably a camera shot. */
      hasCamera: z.boolean(),
      /** LiveCue's graphics are already on top of it. */
      hasGraphics: z.boolean(),
    }),
  ),
  videoInputs: z.array(z.object({ name: z.string(), kind: z.string() })),
  /** The capture source kind of this OBS (dshow_input, av_capture_input_v2, v4l2_input …); null when it has none. */
  deviceKind: z.string().nullable(),
  devices: z.array(z.object({ id: z.string(), name: z.string() })),
  /** OBS has a browser source, so the overlay page can be the renderer. */
  browserSource: z.boolean(),
  canvas: z.object({ width: z.number().int(), height: z.number().int() }).nullable(),
});
export type CameraOptions = z.infer<typeof CameraOptions>;

const PreflightItem = z.object({
  kind: z.enum(['scene', 'source']),
  name: z.string(),
  exists: z.boolean(),
  /** Cue ids of the show that need it. */
  usedBy: z.array(z.string()),
});
export const PreflightReport = z.object({
  ready: z.boolean(),
  items: z.array(PreflightItem),
  /** The camera scene the show goes live on, and whether LiveCue's graphics are on top of it. */
  showScene: z.object({ name: z.string(), hasGraphics: z.boolean() }).optional(),
  /** Free space OBS reports for its recording path (GetStats), when it does. */
  recordDiskFreeMb: z.number().nonnegative().optional(),
});
export type PreflightReport = z.infer<typeof PreflightReport>;
