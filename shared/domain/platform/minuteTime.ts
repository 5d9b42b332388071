/** A minute as a trend file writes it: with a date ("2026-12-06 20:01") or without ("20:01"). */
export interface ClockMinute {
  date: { year: number; month: number; day: number } | null;
  hour: number;
  minute: number;
}

const WITH_DATE = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[T\s]+(\d{1,2})[:：](\d{2})(?:[:：]\d{2}(?:\.\d+)?)?)?$/;
const TIME_ONLY = /^(\d{1,2})[:：](\d{2})(?:[:：]\d{2}(?:\.\d+)?)?$/;
/** Excel's day 0: a time-only XLSX cell reads as this date. */
const EXCEL_DAY_ZERO = '1899-12-30';

/**
 * Reads the trend file's time text; seconds are dropped (a row is the minute that starts there).
 * A date with no time is its midnight: an XLSX cell holding midnight reads as the bare date (00:00 alone as
 * Excel's day 0). Null when it is not a time.
 */
export function parseClockMinute(text: string): ClockMinute | null {
  const t = text.normalize('NFKC').trim();
  const timeOnly = TIME_ONLY.exec(t);
  if (timeOnly) return checked(null, Number(timeOnly[1]), Number(timeOnly[2]));
  const withDate = WITH_DATE.exec(t);
  if (!withDate) return null;
  const [year, month, day] = [Number(withDate[1]), Number(withDate[2]), Number(withDate[3])];
  const date = t.startsWith(EXCEL_DAY_ZERO) ? null : { year, month, day };
  if (date && !isRealDate(year, month, day)) return null;
  return checked(date, Number(withDate[4] ?? 0), Number(withDate[5] ?? 0));
}

/** An Excel serial number: days since 1899-12-30, a fraction alone being a time of day. */
export function clockMinuteFromSerial(serial: number): ClockMinute | null {
  if (!Number.isFinite(serial) || serial < 0) return null;
  const minutes = Math.round(serial * 24 * 60);
  const dayPart = Math.floor(minutes / 1440);
  const of = minutes % 1440;
  const hour = Math.floor(of / 60);
  const minute = of % 60;
  if (dayPart === 0) return { date: null, hour, minute };
  const d = new Date(Date.UTC(1899, 11, 30 + dayPart));
  return { date: { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() }, hour, minute };
}

function checked(date: ClockMinute['date'], hour: number, minute: number): ClockMinute | null {
  if (hour > 23 || minute > 59) return null;
  return { date, hour, minute };
}

function isRealDate(year: number, month: number, day: number): boolean {
  const d = new Date(year, month - 1, day);
  return d.getFullYear() === year && d.getMonth() === month - 1 && d.getDate() === day;
}

/**
 * Turns the file's minutes, in file order, into epoch ms in the computer's local time (the time the
 * platform's console showed). A time without a date takes the day that puts it nearest the row before it
 * (the first row: nearest the session's start), so a show across midnight (23:59 → 00:00) moves on a day,
 * a file listed newest first stays on its day, and a room opened just before a midnight start keeps the day before.
 */
export function createMinuteResolver(sessionStartMs: number): (minute: ClockMinute) => number {
  let anchor = sessionStartMs;
  return (m) => {
    if (m.date) {
      anchor = new Date(m.date.year, m.date.month - 1, m.date.day, m.hour, m.minute).getTime();
      return anchor;
    }
    const near = new Date(anchor);
    let best = Number.NaN;
    for (const shift of [-1, 0, 1]) {
      const at = new Date(near.getFullYear(), near.getMonth(), near.getDate() + shift, m.hour, m.minute).getTime();
      if (Number.isNaN(best) || Math.abs(at - anchor) < Math.abs(best - anchor)) best = at;
    }
    anchor = best;
    return best;
  };
}
