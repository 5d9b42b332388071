/**
 * Date and time in the UI language, the date as the language writes it and the time 24-hour in every language:
 * "2025年11月11日 20:00" / "Nov 11, 2025, 20:00", never "8:00 PM".
 */
export const dateTimeFormat = (language: string): Intl.DateTimeFormat =>
  new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short', hourCycle: 'h23' });
