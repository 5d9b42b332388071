import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en, type Messages } from './locales/en';
import { zhCN } from './locales/zh-CN';
import type { Locale } from './resolveLocale';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Messages };
  }
}

const resources = {
  en: { translation: en },
  'zh-CN': { translation: zhCN },
} satisfies Record<Locale, { translation: Messages }>;

/** One i18next instance for the window; resources are bundled (the app runs offline). */
export function createI18n(initial: Locale): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources,
    lng: initial,
    fallbackLng: 'en',
    supportedLngs: ['zh-CN', 'en'],
    // Both are resolved locales, never bare 'zh'.
    load: 'currentOnly',
    interpolation: { escapeValue: false }, // React escapes already
    returnNull: false,
    initAsync: false,
  });
  return instance;
}

/** Switches language and keeps `<html lang>` and the window title in step. */
export function applyLocale(instance: i18n, locale: Locale, doc: Document): void {
  if (instance.language !== locale) void instance.changeLanguage(locale);
  doc.documentElement.lang = locale;
  doc.title = instance.t('app.title', { lng: locale });
}
