import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { dateTimeFormat } from './dateTimeFormat';

/** Date and time in the UI language, 24-hour ("2025年11月11日 20:00" in Chinese, "Nov 11, 2025, 20:00" in English). */
export function useDateTime(): (ms: number) => string {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(() => {
    const format = dateTimeFormat(language);
    return (ms: number) => format.format(new Date(ms));
  }, [language]);
}
