import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { dateTimeFormat } from '../../format/dateTimeFormat';
import { durationParts, formatAverage, formatCount } from './reportFormat';

export interface Formatters {
  /** "2025年11月11日 20:00" / "Nov 11, 2025, 20:00" (24-hour, as `time`). */
  dateTime(ms: number): string;
  /** Time of day to the second, 24-hour, for events within a session. */
  time(ms: number | null): string | null;
  count(n: number | null): string | null;
  average(n: number | null): string | null;
  /** A length of time that says its units: "1 小时 29 分" / "1 h 29 min", "29 分 5 秒", "45 秒". */
  duration(ms: number | null): string | null;
}

/** Language-aware formatters, rebuilt only when the UI language changes. */
export function useFormatters(): Formatters {
  const { i18n, t } = useTranslation();
  const language = i18n.language;
  return useMemo(() => {
    const dateTime = dateTimeFormat(language);
    // 24-hour in every language, as a run-of-show log reads: "20:05:12", never "8:05:12 PM".
    const time = new Intl.DateTimeFormat(language, { hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });
    return {
      dateTime: (ms) => dateTime.format(new Date(ms)),
      time: (ms) => (ms === null ? null : time.format(new Date(ms))),
      count: (n) => formatCount(n, language),
      average: (n) => formatAverage(n, language),
      duration: (ms) => {
        if (ms === null) return null;
        const { h, m, s } = durationParts(ms);
        if (h > 0) return t('reports.units.hoursMinutes', { h, m });
        return m > 0 ? t('reports.units.minutesSeconds', { m, s }) : t('reports.units.seconds', { s });
      },
    };
  }, [language, t]);
}
