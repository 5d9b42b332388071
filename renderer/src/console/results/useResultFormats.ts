import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPercent, formatYuan } from '../../features/reports/reportFormat';
import { useFormatters } from '../../features/reports/useFormatters';
import { resultCounts } from './resultCounts';
import { explainMinutes, type ResultUnits } from './resultsCharts';

/** Figures as the results page shows them, each with its unit; null for a figure never entered. */
export interface ResultFormats {
  /** "¥12,345.00". */
  yuan(fen: number | null): string | null;
  /** "1,234 人" / "1,234 people". */
  people(n: number | null): string | null;
  /** A bare count ("1,234") for a column whose header carries the unit. */
  count(n: number | null): string | null;
  /** "12.5 分钟" / "12.5 min". */
  explain(ms: number): string;
  /** "12.5", for a column whose header says 分钟. */
  explainBare(ms: number): string;
  /** "3.25%". */
  percent(ratio: number | null): string | null;
  sessions(n: number): string;
  stores(n: number): string;
  /** "2025年11月11日 20:00" / "Nov 11, 2025, 20:00". */
  dateTime(ms: number | null): string | null;
  duration(ms: number | null): string | null;
  /** For chart tooltips. */
  units: ResultUnits;
}

/** Language-aware formatters for the results page, built on the review's (same units, same "not entered"). */
export function useResultFormats(): ResultFormats {
  const { t, i18n } = useTranslation();
  const f = useFormatters();
  const language = i18n.language;
  return useMemo(() => {
    const tenth = new Intl.NumberFormat(language, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    const counts = resultCounts(t, language);
    const percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 });
    const units: ResultUnits = {
      yuan: (fen) => formatYuan(fen) ?? '',
      people: counts.people,
      minutes: counts.minutes,
      percent: (ratio) => percent.format(ratio),
    };
    return {
      yuan: formatYuan,
      people: (n) => (n === null ? null : units.people(n)),
      count: f.count,
      explain: (ms) => units.minutes(explainMinutes(ms)),
      explainBare: (ms) => tenth.format(explainMinutes(ms)),
      percent: formatPercent,
      sessions: counts.sessions,
      stores: counts.stores,
      dateTime: (ms) => (ms === null ? null : f.dateTime(ms)),
      duration: f.duration,
      units,
    };
  }, [language, t, f]);
}
