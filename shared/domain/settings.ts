import { z } from 'zod';

/** UI languages; `system` follows the OS locale. */
export const LanguagePreference = z.enum(['system', 'zh-CN', 'en']);
export type LanguagePreference = z.infer<typeof LanguagePreference>;

export const Settings = z.object({
  language: LanguagePreference,
});
export type Settings = z.infer<typeof Settings>;

export const defaultSettings: Settings = { language: 'system' };
