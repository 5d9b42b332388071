import type { LanguagePreference } from '../../../shared/domain/settings';

const SUPPORTED_LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof SUPPORTED_LOCALES)[number];

/**
 * The UI language for a preference. `system` picks Chinese when any of the OS languages is Chinese
 * (zh, zh-CN, zh-TW, zh-Hans…): a Chinese-speaking operator with an English OS first still gets Chinese.
 */
export function resolveLocale(preference: LanguagePreference, systemLanguages: readonly string[]): Locale {
  if (preference !== 'system') return preference;
  return systemLanguages.some((tag) => /^zh(?:-|_|$)/i.test(tag.trim())) ? 'zh-CN' : 'en';
}
