import type { i18n } from 'i18next';
import { useEffect, useState } from 'react';
import type { LanguagePreference } from '../../../shared/domain/settings';
import { applyLocale } from './i18n';
import { resolveLocale } from './resolveLocale';

/** Keeps the UI language on the backend preference; `system` also follows OS language changes live. */
export function useLocaleSync(instance: i18n, preference: LanguagePreference | undefined): void {
  const [systemLanguages, setSystemLanguages] = useState(() => [...navigator.languages]);

  useEffect(() => {
    const onChange = () => setSystemLanguages([...navigator.languages]);
    window.addEventListener('languagechange', onChange);
    return () => window.removeEventListener('languagechange', onChange);
  }, []);

  useEffect(() => {
    applyLocale(instance, resolveLocale(preference ?? 'system', systemLanguages), document);
  }, [instance, preference, systemLanguages]);
}
