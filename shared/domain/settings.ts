import { z } from 'zod';
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
});
export type Settings = z.infer<typeof Settings>;

export const SettingsPatch = Settings.partial().strict();
export type SettingsPatch = z.infer<typeof SettingsPatch>;

export const defaultSettings: Settings = { language: 'system', goDebounceMs: 300, goGuardStandby: true, overlayTheme: defaultOverlayTheme };
