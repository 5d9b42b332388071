import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** Date and time in the UI language ("2025/11/11 20:00" in Chinese, "Nov 11, 2025, 8:00 PM" in English). */
export function useDateTime(): (ms: number) => string {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });
    return (ms: number) => format.format(new Date(ms));
  }, [language]);
}
