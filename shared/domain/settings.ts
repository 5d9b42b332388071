import { z } from 'zod';
import { GraphicsRenderer } from './obsLayout';
import { defaultOverlayTheme, OverlayTheme } from './overlay/overlayTheme';

/** UI languages; `system` follows the OS locale. */
export const LanguagePreference = z.enum(['system', 'zh-CN', 'en']);
export type LanguagePreference = z.infer<typeof LanguagePreference>;

/** GO presses closer together than this are one press (a bouncing key, a nervous double tap). */
export const GoDebounceMs = z.number().int('goDebounceMs must be whole milliseconds').min(0).max(2000, 'goDebounceMs must be at most 2000');

export const Settings = z.object({
  language: LanguagePreference,
  goDebounceMs: GoDebounceMs,
  /** Refuse a GO whose sender saw another standby cue (two operators, a late screen). */
  goGuardStandby: z.boolean(),
  /** Colours, logo and on-stream language of LiveCue's graphics (both renderers). */
  overlayTheme: OverlayTheme,
  /** The camera scene carrying LiveCue's graphics, chosen in the setup assistant: put on program when a show goes live. */
  obsShowScene: z.string().min(1).max(256).nullable(),
  /** Who draws the graphics: OBS's own sources, or the overlay page in a browser source. Set by the setup assistant. */
  obsGraphics: GraphicsRenderer,
});
export type Settings = z.infer<typeof Settings>;

export const SettingsPatch = Settings.partial().strict();
export type SettingsPatch = z.infer<typeof SettingsPatch>;

export const defaultSettings: Settings = {
  language: 'system',
  goDebounceMs: 300,
  goGuardStandby: true,
  overlayTheme: defaultOverlayTheme,
  obsShowScene: null,
  obsGraphics: 'native',
};
