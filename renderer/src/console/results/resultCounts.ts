import type { TFunction } from 'i18next';

/** Counts said with their unit, as the results page reads them. */
export interface ResultCounts {
  /** "1 person", "1,234 people" / "1,234 人". */
  people(n: number): string;
  /** "12.5 min" / "12.5 分钟". */
  minutes(n: number): string;
  /** "1 session", "12 sessions" / "12 场". */
  sessions(n: number): string;
  /** "1 store", "3 stores" / "3 家门店". */
  stores(n: number): string;
}

/**
 * Counts grouped in the UI language; `count` picks English's singular or plural (Chinese has one form), `n` is the
 * grouped figure the text shows.
 */
export function resultCounts(t: TFunction, language: string): ResultCounts {
  const whole = new Intl.NumberFormat(language, { maximumFractionDigits: 0 });
  const tenth = new Intl.NumberFormat(language, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return {
    people: (n) => t('consoleResults.units.peopleCount', { count: n, n: whole.format(n) }),
    minutes: (n) => t('consoleResults.units.minutesCount', { n: tenth.format(n) }),
    sessions: (n) => t('consoleResults.units.sessionsCount', { count: n, n: whole.format(n) }),
    stores: (n) => t('consoleResults.units.storesCount', { count: n, n: whole.format(n) }),
  };
}
