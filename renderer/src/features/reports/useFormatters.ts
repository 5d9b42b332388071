import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatAverage, formatCount } from './reportFormat';

export interface Formatters {
  /** "2025/11/11 20:00" / "Nov 11, 2025, 8:00 PM". */
  dateTime(ms: number): string;
  /** Time of day to the second, for events within a session. */
  time(ms: number | null): string | null;
  count(n: number | null): string | null;
  average(n: number | null): string | null;
}

/** Language-aware formatters, rebuilt only when the UI language changes. */
export function useFormatters(): Formatters {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(() => {
    const dateTime = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });
    const time = new Intl.DateTimeFormat(language, { timeStyle: 'medium' });
    return {
      dateTime: (ms) => dateTime.format(new Date(ms)),
      time: (ms) => (ms === null ? null : time.format(new Date(ms))),
      count: (n) => formatCount(n, language),
      average: (n) => formatAverage(n, language),
    };
  }, [language]);
}
