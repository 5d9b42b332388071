import type { i18n } from 'i18next';
import { applyLocale } from '../../i18n/i18n';
import type { Locale } from '../../i18n/resolveLocale';

const LOCALE_KEY = 'livecue.console.locale';
export const LOCALES: readonly Locale[] = ['zh-CN', 'en'];

/** The language chosen on this computer before; Chinese until one is chosen. */
export function readLocale(storage: Pick<Storage, 'getItem'>): Locale {
  const kept = storage.getItem(LOCALE_KEY);
  return LOCALES.find((l) => l === kept) ?? 'zh-CN';
}

/** Switches the page's language and remembers it. */
export function switchLocale(instance: i18n, locale: Locale, storage: Pick<Storage, 'setItem'>, doc: Document): void {
  storage.setItem(LOCALE_KEY, locale);
  applyLocale(instance, locale, doc);
  doc.title = instance.t('console.title');
}
