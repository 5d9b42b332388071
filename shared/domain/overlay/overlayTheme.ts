import { z } from 'zod';
import { ImageHash } from '../catalog/image';

const Colour = z.string().regex(/^#[0-9A-Fa-f]{6}$/, 'must be a colour like #E5484D');

/** How LiveCue's graphics look on stream: a setting, the same for both renderers. */
export const OverlayTheme = z.object({
  /** Badges, prices, progress bars, countdowns. */
  accent: Colour,
  /** Text on the panels. */
  text: Colour,
  /** The panels behind each graphic, so text stays readable over any camera picture. */
  panel: Colour,
  panelOpacity: z.number().min(0, 'panelOpacity must be 0–1').max(1, 'panelOpacity must be 0–1'),
  /** The brand's logo, shown in a corner while a show is live; null = none. */
  logo: ImageHash.nullable(),
  /** Language of the words LiveCue adds on stream (秒杀价, 仅剩, 福袋 …). */
  language: z.enum(['zh-CN', 'en']),
});
export type OverlayTheme = z.infer<typeof OverlayTheme>;

export const defaultOverlayTheme: OverlayTheme = {
  accent: '#FF3B30',
  text: '#FFFFFF',
  panel: '#111111',
  panelOpacity: 0.72,
  logo: null,
  language: 'zh-CN',
};
