import type { ExportColumn } from './exportColumns';
import { guardFormula } from './formulaGuard';
import { formatFenAsYuan } from './price';

/** Exports show times as the merchant reads them: China time unless told otherwise. */
export const DEFAULT_EXPORT_TIME_ZONE = 'Asia/Shanghai';

const formatters = new Map<string, Intl.DateTimeFormat>();

/** "2024-11-11 20:00" in the given zone. */
export function formatDateTime(epochMs: number, timeZone: string): string {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, f);
  }
  const parts = Object.fromEntries(f.formatToParts(epochMs).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}

/**
 * One cell's value as text, for CSV. Text is formula-guarded; numbers are written as numbers
 * (a spreadsheet reads "-5" in a number column as minus five, which is what it is).
 */
export function cellAsText<T>(column: ExportColumn<T>, row: T, timeZone: string): string {
  const value = column.value(row);
  if (value === null) return '';
  switch (column.kind) {
    case 'text':
      return guardFormula(String(value));
    case 'yuan':
      return formatFenAsYuan(asInteger(value, column.header));
    case 'integer':
      return String(asInteger(value, column.header));
    case 'datetime':
      return formatDateTime(asInteger(value, column.header), timeZone);
  }
}

export function asInteger(value: string | number, header: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value))
    throw new TypeError(`Column "${header}" expects an integer, got ${JSON.stringify(value)}`);
  return value;
}
